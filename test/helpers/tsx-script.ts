/** A TypeScript script run as its own process through tsx (several may run at once): exit status and what it printed. */
import { spawn } from 'node:child_process';

export interface ScriptRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export const runTsxScript = (args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}) =>
  new Promise<ScriptRun>((resolve, reject) => {
    const p = spawn(process.execPath, ['--import', 'tsx', ...args], { cwd: options.cwd, env: options.env ?? process.env });
    let stdout = '';
    let stderr = '';
    p.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    p.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    p.on('error', reject);
    p.on('close', (status) => resolve({ status, stdout, stderr }));
  });
