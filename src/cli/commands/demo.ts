import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { emit, warn, withWorkspace } from '../context.js';
import { importBundle, listCases } from '../../app/cases.js';
import { examplesDir } from '../../app/paths.js';
import { assessTarget } from '../../app/assess.js';

/** The main job on the embedded default: import the bundled real cases into a local SQLite workspace and show them. */
export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('import the bundled example cases into the workspace and show them (what `npm start` runs)')
    .action(async (_opts, cmd: Command) => {
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
        // each example's key judgments (issue 6: `npm start` prints them)
        const assessments: { case_id: string; title: string; leading: string; confidence: string; key_judgments: { text: string }[] }[] = [];
        for (const i of imported) {
          const a = (await assessTarget(ws, i.case_id)).assessment;
          assessments.push({ case_id: a.case_id, title: a.title, leading: a.leading, confidence: a.confidence, key_judgments: a.key_judgments });
        }
        emit(cmd, { imported, cases, assessments }, () =>
          [
            `imported ${dirs.length} example case(s) into ${ws.store.dialect === 'sqlite' ? cmd.optsWithGlobals().db ?? ws.config.sqlitePath : 'PostgreSQL'}`,
            '',
            ...cases.map((c) => `${c.occurred_at.slice(0, 10)}  ${c.id.padEnd(34)} ${c.title}`),
            ...assessments.flatMap((a) => ['', `Key judgments: ${a.title}`, ...a.key_judgments.map((k, n) => `${n + 1}. ${k.text}`)]),
            '',
            'next: assay cases show <id>, assay assess <id> --format html --out report.html',
          ].join('\n'),
        );
      });
    });
}
