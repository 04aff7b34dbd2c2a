import type { Command } from 'commander';
import { actorOf } from '../../app/custody.js';
import { emit, withWorkspace, emitList } from '../context.js';
import { scoreMatrixFile } from '../../app/assess.js';
import { capabilities } from '../../app/workspace.js';
import { ratingHistory, setRating } from '../../app/ratings.js';

const pct = (p: number) => `${(p * 100).toFixed(1)}%`;

/** `assay hypotheses score FILE`, `assay hypotheses rate ...`, `assay hypotheses history ...`. */
export function registerHypotheses(program: Command): void {
  const h = program.command('hypotheses').description('score ACH matrices and rate cells of a case matrix');
  h.command('score')
    .description('score a standalone matrix (JSON or YAML): Heuer and weighted inconsistency, Bayesian posterior, diagnosticity, sensitivity')
    .argument('<file>', 'matrix file: {hypotheses, evidence, likelihoods}')
    .action(async (file: string, _opts, cmd: Command) => {
      const r = scoreMatrixFile(capabilities, file);
      emit(cmd, r, () =>
        [
          ...r.hypotheses.map((x) => `${x.id === r.leading ? '*' : ' '} ${x.id.padEnd(28)} posterior ${pct(x.posterior).padStart(6)}  ${x.words.padEnd(30)} Heuer ${x.inconsistency}  weighted ${x.weighted_inconsistency.toFixed(2)}`),
          '',
          `leading: ${r.tie ? `tie between ${r.tied.join(', ')} (${r.leading} is only listed first)` : r.leading} (Heuer: ${r.heuer_leading.join(', ')}; ${r.methods_agree ? 'methods agree' : 'methods disagree'})`,
          `pivotal items: ${r.sensitivity.pivotal.join(', ') || 'none'}`,
          `fewest one-step rating changes to change the leader: ${r.sensitivity.fewest_changes.steps ?? `more than ${r.sensitivity.fewest_changes.max_steps}`}`,
          `confidence: ${r.confidence}`,
          ...r.confidence_reasons.map((x) => `  - ${x}`),
          ...r.warnings.map((w) => `warning: ${w}`),
        ].join('\n'),
      );
    });
  h.command('rate')
    .description("set one cell of a case's matrix (analyst item or engine-filled cell); logged with who, when, why, old and new value")
    .argument('<case>', 'case id')
    .argument('<item>', 'matrix item id, or an engine row id from `assay assess <case> --json`')
    .argument('<hypothesis>', 'hypothesis id')
    .argument('<rating>', 'CC, C, N, I, II, NA, or "clear" to remove the override')
    .requiredOption('--why <text>', '(required) the reason, kept in the cell history')
    .option('--actor <name>', 'who rates (default: $ASSAY_USER, else the login name, as in the custody log)')
    .action(async (caseId: string, item: string, hyp: string, rating: string, opts, cmd: Command) => {
      await withWorkspace(cmd, async (ws) => {
        const r = await setRating(ws, caseId, item, hyp, rating === 'clear' ? null : rating, { actor: opts.actor ?? actorOf(ws), why: opts.why });
        emit(cmd, r, () => `${r.item_id} / ${r.hypothesis_id}: ${r.old_rating ?? '-'} -> ${r.new_rating ?? '(cleared)'} (#${r.seq}, ${r.by}, ${r.at})`);
      });
    });
  h.command('history')
    .description("a case's matrix rating history, oldest first")
    .argument('<case>', 'case id')
    .option('--item <id>', 'one item')
    .option('--hypothesis <id>', 'one hypothesis')
    .action(async (caseId: string, opts, cmd: Command) => {
      await withWorkspace(cmd, async (ws) => {
        const r = await ratingHistory(ws, caseId, opts.item, opts.hypothesis);
        emitList(cmd, r, () => r.map((c) => `${c.at} ${c.by}: ${c.item_id} / ${c.hypothesis_id} ${c.old_rating ?? '-'} -> ${c.new_rating ?? '(cleared)'}: ${c.why}`).join('\n') || 'no changes');
      });
    });
}
