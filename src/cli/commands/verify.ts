import fs from 'node:fs';
import type { Command } from 'commander';
import { emit, globals, setExitCode, warn, withWorkspace } from '../context.js';
import { verifyBundle, verifyWorkspace, type BundleReport, type VerifyReport } from '../../app/custody.js';
import { badInput } from '../../core/errors.js';
import { capabilities } from '../../app/workspace.js';

function human(r: VerifyReport): string {
  const lines = [
    r.ok ? `OK: custody log of ${r.size} entries verifies (root ${r.root})` : `FAILED: ${r.problems.length} integrity problem(s)`,
    `  checked ${r.checked.entries} entries, ${r.checked.checkpoints} checkpoints (${r.checked.signatures} signatures), ${r.checked.blobs} blobs (${r.checked.bytes} bytes), ${r.checked.anchors} anchors`,
    ...r.compared.map((c) => `  compared with the checkpoint of size ${c.size} held in ${c.source}: ${c.ok ? 'consistent' : 'NOT consistent'}`),
  ];
  for (const p of r.problems) lines.push(`  ${p.kind}: ${p.where}: ${p.message}`);
  return lines.join('\n');
}

function humanBundle(r: BundleReport): string {
  const lines = [r.ok ? `OK: bundle verifies (checkpoint ${r.origin}, size ${r.size}, root ${r.root}; signed by ${r.signers.join(', ')})` : `FAILED: ${r.problems.length} problem(s)`, `  checked ${r.checked.entries} entries, ${r.checked.files} files`];
  for (const p of r.problems) lines.push(`  ${p.kind}: ${p.where}: ${p.message}`);
  return lines.join('\n');
}

export function registerVerify(program: Command): void {
  program
    .command('verify')
    .description('re-hash every blob, recompute the custody log, check every checkpoint and signature; exit 3 on any integrity failure')
    .option('--bundle <file>', "verify a partner's verification bundle instead of this workspace")
    .option('--files <dir>', 'with --bundle: folder holding the files, to re-hash them')
    .option('--trust <key-name...>', 'with --bundle: key names to accept (else trust on first use, with a warning)')
    .option('--no-blobs', 'skip re-hashing blobs (log and signatures only)')
    .option('--checkpoint <file...>', 'also compare the log with checkpoints held elsewhere: a signed note (`assay log checkpoint --out`, an anchor export), a partner\'s verification bundle, or a folder of .note files')
    .option('--accept-witness', 'the analyst accepts the current head as the last checkpoint seen, after a witness file was lost or replaced (the log must otherwise verify)')
    .action(async (opts, cmd: Command) => {
      if (!opts.bundle && (opts.files !== undefined || opts.trust !== undefined)) throw badInput(`${opts.files !== undefined ? '--files' : '--trust'} only applies with --bundle <file> (a partner's verification bundle)`, opts.files !== undefined ? '--files' : '--trust');
      // (session 32, review) the workspace's options are not silently dropped with --bundle: a bundle is verified on its own, and
      // an 'OK' must not read as a comparison with checkpoints that was never made
      if (opts.bundle) {
        const dropped = opts.checkpoint !== undefined ? '--checkpoint' : opts.acceptWitness ? '--accept-witness' : opts.blobs === false ? '--no-blobs' : null;
        if (dropped) throw badInput(`${dropped} applies to this workspace's log, not with --bundle <file> (a bundle's files are re-hashed with --files <dir>)`, dropped);
      }
      if (opts.bundle) {
        if (!fs.existsSync(opts.bundle)) throw badInput('no such file', opts.bundle);
        if (opts.files && !fs.existsSync(opts.files)) throw badInput('no such folder', opts.files);
        const r = verifyBundle(capabilities, opts.bundle, { filesDir: opts.files, trust: opts.trust });
        if (!globals(cmd).json) for (const w of r.warnings) warn(w);
        emit(cmd, r, () => humanBundle(r));
        setExitCode(r.ok ? 0 : 3);
        return;
      }
      await withWorkspace(cmd, async (ws) => {
        const r = await verifyWorkspace(ws, { blobs: opts.blobs, checkpoints: opts.checkpoint, acceptWitness: !!opts.acceptWitness });
        for (const n of r.recovered) warn(`pending: ${n}`);
        if (!globals(cmd).json) for (const w of r.warnings) warn(w);
        emit(cmd, r, () => human(r));
        setExitCode(r.ok ? 0 : 3);
      });
    });
}
