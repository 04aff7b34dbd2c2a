/**
 * `assay agents` (agent differential from accounts) and `assay munitions` (munition compatibility and the
 * casualty-pattern check). Both read JSON from FILE or - (stdin); `assay agents --text "..."` takes one account.
 * Neither needs a workspace. See docs/agent-differential.md for the input and output shapes.
 */
import fs from 'node:fs';
import type { Command } from 'commander';
import { emit, warn, emitList, globals, warnAll } from '../context.js';
import { badInput } from '../../core/errors.js';
import { differential, loadAgentKb, loadMunitionKb, munitionCompatibility } from '../../app/agents.js';
import { capabilities } from '../../app/workspace.js';
import { parseAgentsInput, parseJsonText } from '../../core/agents/agents-input.js';
import { parseMunitionsInput } from '../../core/munitions/munitions-input.js';
import { parseAgentsBatch } from '../../core/agents/agents-batch-input.js';
import { undeterminedStatement } from '../../core/agents/agent-finding.js';
import { batchChars, CHARS_A_WORKER, differentialBatch, threadsFor, threadsThatPay } from '../../app/agents-pool.js';
import type { DifferentialResult, Role } from '../../core/agents/agent-differential.js';
import type { MunitionResult } from '../../core/munitions/munition-compatibility.js';

const ROLES = ['witness', 'medic', 'official', 'journalist', 'other'];

function readInput(file: string): { text: string; name: string } {
  if (file === '-') return { text: fs.readFileSync(0, 'utf8'), name: '<stdin>' };
  try {
    return { text: fs.readFileSync(file, 'utf8'), name: file };
  } catch (e) {
    throw badInput(`cannot read file: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, file);
  }
}

function num(v: string | undefined, name: string, lo: number, hi: number): number | undefined {
  if (v === undefined) return undefined;
  const x = Number(v);
  if (!Number.isFinite(x) || x < lo || x > hi) throw badInput(`${name} must be a number from ${lo} to ${hi}, got "${v}"`, `--${name}`);
  return x;
}

const pct = (p: number) => `${(p * 100).toFixed(p < 0.1 ? 1 : 0)}%`;

/**
 * `assay agents --batch FILE`: every incident validated first (nothing is printed when one is bad), then run on worker
 * threads; one line an incident in input order: under --json the JSON line {"index","id","result"} (the result byte for
 * byte what `assay agents FILE --json` computes, on one line), else "index id: determination".
 */
async function runBatch(file: string, opts: { threads?: string; threshold?: string; wordEvidence?: boolean }, cmd: Command): Promise<void> {
  const g = globals(cmd);
  const kb = loadAgentKb(capabilities.knowledge);
  const threads = num(opts.threads, 'threads', 1, 256);
  if (threads !== undefined && !Number.isInteger(threads)) throw badInput(`threads must be a whole number, got "${opts.threads}"`, '--threads');
  const threshold = num(opts.threshold, 'threshold', 0.01, 0.99);
  const { text, name } = readInput(file);
  const { incidents, warnings } = parseAgentsBatch(text, name, {
    features: new Set(kb.features.map((f) => f.id)),
    priorIds: new Set([...kb.agents.map((a) => a.id), ...kb.classes.map((c) => c.id)]),
  });
  warnAll(warnings);
  for (const x of incidents) {
    if (threshold !== undefined) x.context.threshold = threshold;
    if (opts.wordEvidence !== undefined) x.context.wordEvidence = opts.wordEvidence;
  }
  const t0 = performance.now();
  // in-process unless asked: on the 2-core machine this was measured on, a worker cost more than it gave (docs §7.00039);
  // when asked, only the workers the batch's size pays for (a worker per million characters of accounts, §7.00050-speedpool)
  const n = threadsThatPay(incidents, threads ?? 1);
  const results = await differentialBatch(capabilities.knowledge, incidents, { threads: n, mode: 'json' });
  const lines = results.map((r, i) => {
    const x = incidents[i];
    if (g.json) return `{"index":${i},"id":${JSON.stringify(x.id)},"result":${r}}`;
    return `${i} ${x.id ?? `(line ${x.line})`}: ${(JSON.parse(r) as DifferentialResult).determination.words}`;
  });
  process.stdout.write(lines.join('\n') + '\n');
  if (!g.json && !g.quiet) {
    const accounts = incidents.reduce((s, x) => s + x.accounts.length, 0);
    const capped = threads !== undefined && n < threadsFor(incidents.length, threads) ? `; ${threads} asked, a worker pays from ${CHARS_A_WORKER.toLocaleString('en')} characters of accounts and this batch has ${batchChars(incidents).toLocaleString('en')}` : '';
    process.stderr.write(`${incidents.length} incidents (${accounts} accounts) on ${n === 1 ? '1 thread (in-process' : `${n} threads (this one and ${n - 1} worker${n > 2 ? 's' : ''}`}${capped}) in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
  }
}

function renderAgents(r: DifferentialResult): string {
  const out: string[] = [];
  out.push(`Determination: ${r.determination.words}`);
  // how close the top two are when the leader is below the threshold (agent-finding.ts)
  const margin = undeterminedStatement(r);
  if (margin) out.push(margin);
  if (r.determination.note) out.push(`  (${r.determination.note})`);
  out.push('', 'Classes:  ' + r.classes.map((c) => `${c.id} ${pct(c.probability)}`).join('  '));
  // the calibrated chances (model.class_calibration), in the posterior's order; they decide nothing
  if (r.calibrated) out.push('Calibrated: ' + r.classes.map((c) => `${c.id} ${pct(r.calibrated![c.id])}`).join('  ') + '  (chance of being right, measured on development accounts)');
  out.push('Agents:   ' + r.agents.slice(0, 6).map((a) => `${a.id} ${pct(a.probability)}`).join('  '));
  if (r.features.length) {
    out.push('', 'Features found:');
    for (const f of r.features) out.push(`  [${f.report}] ${f.present ? '+' : '-'} ${f.id.padEnd(26)} ${f.evidence === 'coded' ? '(coded)' : `"${f.evidence}"`}`);
  } else out.push('', 'No features found in the text.');
  if (r.contributions.length) {
    // (session 26, agdev) the evidence of the accounts' signs and scene apart from a prior from the setting (a base rate of where it
    // happened: contributions[].basis 'setting') and from a class the accounts name (a claim: basis 'named'), so that a reader sees
    // what is a prior
    const row = (c: (typeof r.contributions)[number]) =>
      `  ${(c.llr >= 0 ? '+' : '') + c.llr.toFixed(2)}  [${c.report}] ${c.syndrome ? `${c.syndrome} syndrome` : c.feature} ${c.observation}${c.accounts !== undefined ? ` (by none of ${c.accounts} accounts that described the casualties)` : ''}${c.phrase && c.phrase !== 'coded' ? ` "${c.phrase.split(' | ')[0]}"` : ''}`;
    const evidence = r.contributions.filter((c) => !c.basis);
    const named = r.contributions.filter((c) => c.basis === 'named');
    const setting = r.contributions.filter((c) => c.basis === 'setting');
    out.push('', `What moved it most (log-likelihood ratio, ${r.classes[0].id} over ${r.classes[1].id}):`);
    if (named.length || setting.length) out.push('  Evidence from signs and scene:');
    for (const c of evidence.slice(0, 8)) out.push(row(c));
    if (!evidence.length) out.push('  (none: no sign or scene of this incident moved it)');
    if (named.length) {
      out.push('  Class named in the accounts (a claim, weighed below signs):');
      for (const c of named.slice(0, 4)) out.push(row(c));
    }
    if (setting.length) {
      out.push('  Prior from setting (a base rate of where it happened, not evidence about this incident):');
      for (const c of setting.slice(0, 4)) out.push(row(c));
    }
    if (named.length || setting.length) {
      const sum = (xs: typeof evidence) => { const x = xs.reduce((a, c) => a + c.llr, 0); return (x >= 0 ? '+' : '') + x.toFixed(2); };
      out.push(`  Sum: evidence from signs and scene ${sum(evidence)}${named.length ? `, class named ${sum(named)}` : ''}${setting.length ? `, prior from setting ${sum(setting)}` : ''}`);
    }
  }
  if (r.words) {
    const shift = Object.entries(r.words.shift).sort((a, b) => b[1] - a[1]);
    out.push('', `Word evidence (--word-evidence; learned, not cited: ${r.words.source}${r.words.kept < 1 ? `; ${pct(r.words.kept)} of it kept under the one-account cap` : ''}):`);
    out.push('  class log-factor: ' + shift.map(([k, v]) => `${k} ${(v >= 0 ? '+' : '') + v.toFixed(2)}`).join('  '));
    out.push('  words: ' + r.words.inputs.map((x) => `"${x.words}" ${x.favours} +${x.weight.toFixed(2)}`).join(', '));
  }
  const weak = r.reports.filter((x) => x.reliability < 0.5);
  if (weak.length) out.push('', `Discounted (reliability < 0.5): reports ${weak.map((x) => x.report).join(', ')}`);
  return out.join('\n');
}

/** The text output of `assay munitions` (exported for its test). */
export function renderMunitions(r: MunitionResult): string {
  const out: string[] = [r.summary, ''];
  for (const m of r.munitions) {
    out.push(`[${m.index}] ${m.description || m.deliveries[0]?.id || '(no description)'}: ${m.described ? m.deliveries.map((d) => `${d.id} ${pct(d.weight)}`).join(', ') : 'delivery not described'}; burster ${m.burster}, fill container ${m.fill_container}`);
    out.push('    ' + m.compatibility.slice(0, 5).map((c) => `${c.agent} ${c.score.toFixed(2)}`).join('  '));
  }
  if (r.casualties) {
    out.push('', `Casualty pattern (${r.casualties.munitions_count === null ? 'count not given, none assumed' : `${r.casualties.munitions_count} munition(s)`}, ${r.casualties.setting}, density ${r.casualties.density_per_km2}/km2):`);
    for (const c of r.casualties.checks.filter((x) => x.verdict !== 'not-applicable' || (r.casualties!.munitions_count === null && x.munitions_needed !== null)))
      out.push(`  ${c.agent.padEnd(18)} ${c.verdict.padEnd(14)} ${c.why}`);
  }
  if (r.poor.length) {
    out.push('', 'Why the poor fits are poor (likelihood relative to the best fit; each factor multiplies it, 1 = no effect):');
    for (const p of r.poor) {
      out.push(`  ${p.agent.padEnd(18)} ${p.likelihood.toFixed(2)}  ${p.factors.length ? p.factors.join('; ') : r.described ? 'low compatibility of the delivery read' : 'no delivery described'}`);
      for (const x of p.reasons) out.push(`      ${x.factor} x${Number(x.value.toFixed(2))}: ${x.says} (${x.why})`);
      if (!p.reasons.length) out.push('      no single factor is 0.3 or less: several moderate ones together, against the best fit');
    }
  }
  out.push('', 'Likelihood by agent (1 = best fit): ' + r.agents.map((a) => `${a.id} ${a.likelihood.toFixed(2)}`).join('  '));
  return out.join('\n');
}

export function registerAgents(program: Command): void {
  program
    .command('agents')
    .description('agent differential: which agents fit the signs, odours and clouds described (JSON from FILE or -)')
    .argument('[file]', 'JSON {"reports":[...],"context":{...}}, or - for stdin')
    .option('--text <text>', 'one account given directly')
    .option('--role <role>', `role for --text (${ROLES.join('|')})`)
    .option('--reliability <r>', 'reliability 0-1 for --text')
    .option('--threshold <p>', 'probability the leading class must reach for a determination (default 0.8)')
    .option('--batch <file>', 'many incidents, one JSON {"id"?, "reports":[...], "context"?} a line (or a JSON array of them); one result a line, in input order')
    .option('--threads <n>', 'threads for --batch, this one and n-1 workers (default 1: in-process, no workers; at most one per incident, and one worker per million characters of accounts)')
    .option('--list-features', 'list the feature ids and their labels')
    .option('--word-evidence', 'also weigh the words of the accounts by the learned table knowledge/agent-word-layer.json (the default is the KB\'s: ASSAY_WORD_EVIDENCE=on|off, else src/app/agents.ts WORD_EVIDENCE_DEFAULT; docs/agent-differential.md 7.00014, 7.00054-agfit)')
    .option('--no-word-evidence', 'never weigh the words of the accounts (the differential of signs, scenes and cited likelihoods alone)')
    .action(async (file: string | undefined, opts, cmd: Command) => {
      const kb = loadAgentKb(capabilities.knowledge);
      if (opts.listFeatures) {
        const list = kb.features.map((f) => ({ id: f.id, label: f.label, topic: f.topic, group: f.group ?? null }));
        emitList(cmd, list, () => list.map((f) => `${f.id.padEnd(26)} ${f.topic.padEnd(9)} ${f.label}`).join('\n'));
        return;
      }
      if (opts.batch !== undefined) {
        if (file || opts.text !== undefined) throw badInput('give --batch FILE alone, without FILE or --text', '--batch');
        return runBatch(opts.batch, opts, cmd);
      }
      if (opts.threads !== undefined) throw badInput('--threads goes with --batch FILE', '--threads');
      let input: ReturnType<typeof parseAgentsInput>;
      if (opts.text !== undefined) {
        if (file) throw badInput('give either FILE or --text, not both', '--text');
        if (opts.role && !ROLES.includes(opts.role)) throw badInput(`role must be one of ${ROLES.join(', ')}`, '--role');
        if (!String(opts.text).trim()) throw badInput('the account is empty', '--text');
        input = { accounts: [{ text: opts.text, role: opts.role as Role | undefined, reliability: num(opts.reliability, 'reliability', 0, 1) }], context: {}, warnings: [] };
      } else {
        if (!file) throw badInput('give a JSON FILE, - for stdin, or --text "..."', 'assay agents');
        const { text, name } = readInput(file);
        input = parseAgentsInput(parseJsonText(text, name), name, {
          features: new Set(kb.features.map((f) => f.id)),
          priorIds: new Set([...kb.agents.map((a) => a.id), ...kb.classes.map((c) => c.id)]),
        });
        for (const w of input.warnings) warn(`${name}: ${w}`);
      }
      const threshold = num(opts.threshold, 'threshold', 0.01, 0.99);
      if (threshold !== undefined) input.context.threshold = threshold;
      if (opts.wordEvidence !== undefined) input.context.wordEvidence = opts.wordEvidence;
      const r = differential(input.accounts, input.context, kb);
      emit(cmd, r, () => renderAgents(r));
    });

  program
    .command('munitions')
    .description('munition compatibility: which agents the remnants could deliver, and the casualty-pattern check (JSON from FILE or -)')
    .argument('[file]', 'JSON {"munitions":[...],"casualties":{...},"context":{...}}, or - for stdin')
    .option('--list-deliveries', 'list the delivery ids')
    .action(async (file: string | undefined, opts, cmd: Command) => {
      const kb = loadMunitionKb(capabilities.knowledge);
      if (opts.listDeliveries) {
        const list = kb.deliveries.map((d) => ({ id: d.id, label: d.label, fill_kg: d.fill, calibre_mm: d.calibre }));
        emitList(cmd, list, () => list.map((d) => `${d.id.padEnd(24)} ${d.label} (fill ${d.fill_kg[0]}-${d.fill_kg[1]} kg)`).join('\n'));
        return;
      }
      if (!file) throw badInput('give a JSON FILE or - for stdin', 'assay munitions');
      const { text, name } = readInput(file);
      const input = parseMunitionsInput(parseJsonText(text, name), name, kb.deliveries.map((d) => d.id));
      for (const w of input.warnings) warn(`${name}: ${w}`);
      const r = munitionCompatibility(input, kb);
      emit(cmd, r, () => renderMunitions(r));
    });
}
