import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { emit, warn, withWorkspace } from '../context.js';
import { importBundle, listCases } from '../../app/cases.js';
import { examplesDir } from '../../app/paths.js';
import { assessTarget } from '../../app/assess.js';
import type { Workspace } from '../../app/workspace.js';
import { startServer } from '../../http/server.js';
import { badInput } from '../../core/errors.js';

/** Serves the workbench on loopback (reads open, writes need a token) until Ctrl-C. */
async function serveUntilInterrupted(ws: Workspace, portOpt?: string): Promise<void> {
  if (portOpt !== undefined && !/^\d+$/.test(portOpt)) throw badInput(`must be a port number, got "${portOpt}"`, '--port');
  const host = '127.0.0.1';
  const wanted = portOpt !== undefined ? Number(portOpt) : ws.config.port;
  const srv = await startServer({ ws, host, port: wanted, anonymousRead: true }).catch((e: NodeJS.ErrnoException) => {
    if (e.code !== 'EADDRINUSE' || portOpt !== undefined) throw e;
    process.stderr.write(`port ${wanted} is taken; using a free one\n`);
    return startServer({ ws, host, port: 0, anonymousRead: true });
  });
  process.stdout.write(`\nThe workbench is at ${srv.url}  (Ctrl-C to stop; writes need a token: assay users add --name N --role analyst)\n`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
  await srv.close();
}

/** The main job on the embedded default: import the bundled real cases into a local SQLite workspace and show them. */
export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('import the bundled example cases, print their key judgments and serve the workbench (what `npm start` runs)')
    .option('--no-serve', 'print the key judgments and exit, without serving the web UI')
    .option('--port <n>', 'port for the web UI (default 4820 or $ASSAY_PORT; a free one if that is taken)')
    .action(async (opts: { serve: boolean; port?: string }, cmd: Command) => {
      await withWorkspace(cmd, async (ws) => {
        const dirs = fs
          .readdirSync(examplesDir, { withFileTypes: true })
          .filter((d) => d.isDirectory() && fs.existsSync(path.join(examplesDir, d.name, 'case.yaml')))
          .map((d) => path.join(examplesDir, d.name));
        const imported = [];
        for (const dir of dirs) {
          const r = await importBundle(ws, dir);
          for (const w of r.warnings) warn(w);
          imported.push({ case_id: r.case_id, created: r.created });
        }
        const cases = await listCases(ws);
        // each example's bottom line and key judgments in the report's words (no internal ids; docs/assessment.md
        // "The report an analyst sends"), so `npm start` shows what the assessment says
        const assessments: { case_id: string; title: string; leading: string; confidence: string; bottom_line: string; key_judgments: { text: string }[] }[] = [];
        for (const i of imported) {
          const a = (await assessTarget(ws, i.case_id)).assessment;
          const b = a.brief!;
          assessments.push({ case_id: a.case_id, title: a.title, leading: a.leading, confidence: a.confidence, bottom_line: b.bottom_line, key_judgments: b.judgments.map((k) => ({ text: k.text })) });
        }
        const noRefs = (t: string) => t.replace(/ ?(\[\d+\])+/g, '');
        emit(cmd, { imported, cases, assessments }, () =>
          [
            `imported ${dirs.length} example case(s) into ${ws.store.dialect === 'sqlite' ? cmd.optsWithGlobals().db ?? ws.config.sqlitePath : 'PostgreSQL'}`,
            '',
            ...cases.map((c) => `${c.occurred_at.slice(0, 10)}  ${c.id.padEnd(34)} ${c.title}`),
            ...assessments.flatMap((a) => ['', `Bottom line: ${a.title}`, noRefs(a.bottom_line), `  key judgments and sources: assay assess ${a.case_id}`]),
            '',
            'next: assay cases show <id>, assay assess <id> --format html --out report.html',
          ].join('\n'),
        );
        if (opts.serve) await serveUntilInterrupted(ws, opts.port);
      }, { create: true });
    });
}
