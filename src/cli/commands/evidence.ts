import type { Command } from 'commander';
import { emit, globals, warn, withWorkspace, emitList } from '../context.js';
import { addEvidence, deriveEvidence, listEvidence, type AddOptions } from '../../app/evidence.js';
import { recoverCustody } from '../../app/custody.js';
import { registerLog } from './log.js';
import { registerVerify } from './verify.js';

function capture(opts: Record<string, string | undefined>): Omit<AddOptions, 'caseId'> {
  return {
    collector: opts.collector,
    source_url: opts.sourceUrl,
    captured_at: opts.capturedAt,
    capture_tool: opts.captureTool,
    persona: opts.persona,
    notes: opts.notes,
    title: opts.title,
  };
}

const captureOptions = (c: Command) =>
  c
    .option('--collector <name>', 'who captured it (Berkeley Protocol capture record)')
    .option('--source-url <url>', 'where it was found online')
    .option('--captured-at <iso>', 'when it was captured (ISO 8601, UTC)')
    .option('--capture-tool <tool>', 'the tool and version used to capture it')
    .option('--persona <name>', 'the online persona (account) used to access it')
    .option('--notes <text>', 'capture notes')
    .option('--title <text>', 'a short title');

export function registerEvidence(program: Command): void {
  const ev = program.command('evidence').description('the evidence locker: content-addressed originals, capture records, custody log');

  captureOptions(
    ev
      .command('add')
      .description('store files as evidence of a case (hash, store, log); prints {sha256, index} per file')
      .argument('<file...>', 'files to add')
      .requiredOption('--case <id>', 'the case the files belong to'),
  )
    .option('--no-fsync', 'do not flush to disk before logging (faster; safe against crashes of assay, not of the machine)')
    .addHelpText('after', '\nExample:\n  assay evidence add clip.mp4 --case aleppo-2018-11-24 --collector "J. Doe" --source-url https://t.me/x/1 --captured-at 2018-11-24T21:00:00Z')
    .action(async (files: string[], opts, cmd: Command) => {
      await withWorkspace(cmd, async (ws) => {
        for (const n of await recoverCustody(ws)) warn(`recovered: ${n}`);
        const r = await addEvidence(ws, files, { caseId: opts.case, fsync: opts.fsync, onWarning: warn, ...capture(opts) });
        emit(
          cmd,
          r.map((x) => ({ sha256: x.sha256, index: x.index })),
          () => r.map((x) => `${x.sha256}  entry ${x.index}  ${x.media_type}  ${x.file}${x.added ? '' : '  (already in the case)'}`).join('\n'),
        );
      });
    });

  captureOptions(
    ev
      .command('derive')
      .description('store a derivative (frame, crop, transcript, working copy) linked to its parent by hash')
      .argument('<file>', 'the derived file')
      .requiredOption('--case <id>', 'case id')
      .requiredOption('--parent <sha256>', 'hash of the evidence it was derived from')
      .option('--relation <what>', 'how it was derived: frame, crop, transcript, translation, working-copy, ...', 'derivative'),
  ).action(async (file: string, opts, cmd: Command) => {
    await withWorkspace(cmd, async (ws) => {
      for (const n of await recoverCustody(ws)) warn(`recovered: ${n}`);
      const r = await deriveEvidence(ws, file, { caseId: opts.case, parent: opts.parent, relation: opts.relation, onWarning: warn, ...capture(opts) });
      emit(cmd, { sha256: r.sha256, index: r.index, parent_sha256: opts.parent }, () => `${r.sha256}  entry ${r.index}  derived (${opts.relation}) from ${opts.parent}`);
    });
  });

  ev.command('list')
    .description("a case's evidence: hash, media type, size, capture record, log entry, derivatives")
    .requiredOption('--case <id>', 'case id')
    .action(async (opts, cmd: Command) => {
      await withWorkspace(cmd, async (ws) => {
        const items = await listEvidence(ws, opts.case);
        emitList(cmd, items, () =>
          items.length
            ? items.map((e) => `${e.sha256.slice(0, 16)}  ${e.index === null ? 'not logged' : 'entry ' + e.index}  ${e.in_locker ? 'stored' : 'not in locker'}  ${e.media_type}  ${e.size} B  ${e.file ?? ''}${e.parent_sha256 ? `  (from ${e.parent_sha256.slice(0, 12)})` : ''}`).join('\n')
            : `no evidence in case ${opts.case}`,
        );
      });
    });
  void globals;
}

/** The custody commands (evidence, log, verify), registered together from src/cli/commands/index.ts. */
export function registerCustodyCommands(program: Command): void {
  registerEvidence(program);
  registerLog(program);
  registerVerify(program);
}
