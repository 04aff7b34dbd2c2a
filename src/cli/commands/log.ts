import { writeOut } from '../../app/assess.js';
import fs from 'node:fs';
import type { Command } from 'commander';
import { emit, withWorkspace, emitList } from '../context.js';
import { attachAnchor, caseHistory, encryptKeys, exportAnchor, exportVerificationBundle, logEntries, logRoot, proveConsistency, proveInclusion, signCheckpoint } from '../../app/custody.js';
import { badInput, notFound } from '../../core/errors.js';
import { baselineContent } from '../../app/custody-baseline.js';
import type { Workspace } from '../../app/workspace.js';

function int(v: string | undefined, name: string): number | undefined {
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v)) throw badInput(`must be a whole number, got "${v}"`, name);
  return Number(v);
}

/** Like `evidence list`: an unknown case is a mistake (exit 2), not an empty history. */
async function needCase(ws: Workspace, id: string): Promise<void> {
  if (!(await ws.store.getCase(id))) throw notFound(`no case "${id}" (see \`assay cases list\`)`, '--case');
}

export function registerLog(program: Command): void {
  const log = program.command('log').description('the custody log: root, entries, inclusion and consistency proofs, checkpoints, anchoring');

  log.command('root')
    .description('tree size and root hash (hex)')
    .action(async (_o, cmd: Command) => {
      await withWorkspace(cmd, async (ws) => {
        const r = await logRoot(ws);
        emit(cmd, { size: r.size, root: r.root }, () => `size ${r.size}\nroot ${r.root}`);
      });
    });

  log.command('entries')
    .description('every entry: leaf (base64 of the exact bytes hashed) and leaf_hash (hex)')
    .option('--case <id>', 'only entries naming this case')
    .action(async (opts, cmd: Command) => {
      await withWorkspace(cmd, async (ws) => {
        if (opts.case !== undefined) await needCase(ws, opts.case);
        const e = await logEntries(ws, { caseId: opts.case });
        emitList(cmd, e, () => e.map((x) => `${x.index}\t${x.leaf_hash}\t${Buffer.from(x.leaf, 'base64').toString('utf8')}`).join('\n') || 'the log is empty');
      });
    });

  log.command('history')
    .description("a case's custody history, decoded (who, when, what, why)")
    .requiredOption('--case <id>', 'case id')
    .action(async (opts, cmd: Command) => {
      await withWorkspace(cmd, async (ws) => {
        await needCase(ws, opts.case);
        const h = await caseHistory(ws, opts.case);
        emitList(cmd, h, () => h.map(({ index, entry: e }) => `${index}\t${e.at}\t${e.actor}\t${e.type}${e.sha256 ? ' ' + String(e.sha256).slice(0, 16) : ''}${e.sample_id ? ' ' + e.sample_id : ''}${e.why ? ` (${e.why})` : ''}`).join('\n') || `no custody events for case ${opts.case}`);
      });
    });

  log.command('prove')
    .description('RFC 9162 inclusion proof of an entry')
    .requiredOption('--index <i>', 'entry index')
    .option('--size <n>', 'tree size (default: the whole log)')
    .action(async (opts, cmd: Command) => {
      await withWorkspace(cmd, async (ws) => {
        const p = await proveInclusion(ws, int(opts.index, '--index')!, int(opts.size, '--size'));
        emit(cmd, p, () => `entry ${p.index} in tree of ${p.size}, root ${p.root}\n${p.proof.join('\n')}`);
      });
    });

  log.command('consistency')
    .description('RFC 9162 consistency proof between two tree sizes')
    .requiredOption('--from <m>', 'the earlier size')
    .option('--to <n>', 'the later size (default: the whole log)')
    .action(async (opts, cmd: Command) => {
      await withWorkspace(cmd, async (ws) => {
        const p = await proveConsistency(ws, int(opts.from, '--from')!, int(opts.to, '--to'));
        emit(cmd, p, () => `tree ${p.from} is a prefix of tree ${p.to}:\n${p.proof.join('\n')}`);
      });
    });

  log.command('checkpoint')
    .description('sign a checkpoint over the current head (workspace and user Ed25519 keys)')
    .option('--out <file>', 'also write the signed note to a file, to keep elsewhere (`assay verify --checkpoint <file>` compares the log with it)')
    .action(async (o, cmd: Command) => {
      await withWorkspace(cmd, async (ws) => {
        const c = await signCheckpoint(ws);
        if (o.out) writeOut(o.out, c.note);
        emit(cmd, { id: c.id, size: c.size, root: c.root, at: c.at, note: c.note, ...(o.out ? { out: o.out } : {}) }, () => c.note);
      });
    });

  log.command('encrypt-keys')
    .description("encrypt this workspace's signing key and your user key with a passphrase (ASSAY_KEY_PASSPHRASE, else asked); verify keeps working with the public keys alone")
    .action(async (_o, cmd: Command) => {
      await withWorkspace(cmd, async (ws) => {
        const r = await encryptKeys(ws);
        emit(cmd, r, () =>
          [...r.encrypted.map((f) => `encrypted ${f}`), ...r.already.map((f) => `already encrypted: ${f}`), ...(r.encrypted.length + r.already.length ? [] : ['no signing key yet: new keys are created encrypted while ASSAY_KEY_PASSPHRASE is set'])].join('\n') +
            (r.encrypted.length ? '\ncommands that sign now need the passphrase: ASSAY_KEY_PASSPHRASE, or typed when asked' : ''),
        );
      });
    });

  log.command('baseline')
    .description('accept case content stored before this workspace logged it (a workspace from an older version): logs each never-logged record, report and rating as it stands, signed; refuses if anything else fails verify')
    .requiredOption('--why <text>', 'why this content is accepted (kept in the log)')
    .action(async (o, cmd: Command) => {
      await withWorkspace(cmd, async (ws) => {
        const r = await baselineContent(ws, { why: o.why });
        emit(cmd, r, () =>
          !r.cases.length
            ? 'nothing to accept: every stored record, report and rating is logged'
            : [
                ...r.cases.map((c) => `case ${c.case_id}: accepted ${c.records} record(s), ${c.reports} report(s), ${c.ratings} rating change(s) (entry ${c.index})`),
                ...(r.skipped.length ? [`not accepted (changed meanwhile; its writer logged it): ${r.skipped.join(', ')}`] : []),
                `signed checkpoint ${r.checkpoint!.id} over ${r.checkpoint!.size} entries; \`assay verify\` should now pass`,
              ].join('\n'),
        );
      });
    });

  log.command('export-bundle')
    .description('write a verification bundle for a partner: hashes, inclusion proofs, signed checkpoint, keys; no files')
    .requiredOption('--out <file>', 'bundle file to write (JSON)')
    .option('--case <id>', "only this case's entries (and the keys)")
    .action(async (opts, cmd: Command) => {
      await withWorkspace(cmd, async (ws) => {
        const b = await exportVerificationBundle(ws, { caseId: opts.case });
        fs.writeFileSync(opts.out, JSON.stringify(b, null, 1) + '\n');
        const r = { file: opts.out, size: b.size, root: b.root, entries: b.entries.length, files: b.files.length };
        emit(cmd, r, () => `wrote ${opts.out}: ${b.entries.length} entries with proofs, ${b.files.length} file hashes, checkpoint of ${b.size} (root ${b.root})\npartner: assay verify --bundle ${opts.out} --files <folder with the files>`);
      });
    });

  const anchor = log.command('anchor').description('anchor a checkpoint outside the workspace (OpenTimestamps, RFC 3161)');
  anchor
    .command('export')
    .description('write the current checkpoint, its SHA-256 and an RFC 3161 request (.tsq) for a connected machine')
    .requiredOption('--out <dir>', 'folder to write')
    .action(async (opts, cmd: Command) => {
      await withWorkspace(cmd, async (ws) => {
        const r = await exportAnchor(ws, opts.out);
        emit(cmd, r, () => `checkpoint ${r.checkpoint} (size ${r.size}) sha256 ${r.sha256}\nwrote ${r.files.join(', ')}`);
      });
    });
  anchor
    .command('attach')
    .description('store an OpenTimestamps (.ots) or RFC 3161 (.tsr) receipt after checking it names the checkpoint')
    .argument('<file>', 'the receipt')
    .option('--checkpoint <id>', 'checkpoint id (default: the one the receipt names)')
    .action(async (file: string, opts, cmd: Command) => {
      await withWorkspace(cmd, async (ws) => {
        const r = await attachAnchor(ws, file, int(opts.checkpoint, '--checkpoint'));
        emit(cmd, r, () => (r.already ? `already attached: this ${r.kind} receipt is anchor ${r.anchor} of checkpoint ${r.checkpoint} (log entry ${r.index}); nothing added` : `attached ${r.kind} receipt to checkpoint ${r.checkpoint} (anchor ${r.anchor}, log entry ${r.index})`));
      });
    });
}
