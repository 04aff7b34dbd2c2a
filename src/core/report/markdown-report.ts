/**
 * The assessment as Markdown (pure: same input, same bytes). Sections follow ICD 203's standards: key
 * judgments first, every hypothesis reported, confidence apart from likelihood, what would change the
 * judgment, the evidence with its reliability and sources, and the method.
 */
import { fmt2, fmtP, matrixTable, MATRIX_LEGEND, METHOD_TEXT, type ReportInput } from './report-model.js';

const mdEsc = (s: string) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

export function markdownReport(r: ReportInput): string {
  const a = r.assessment;
  const c = r.case;
  const L: string[] = [];
  const hyp = new Map(a.hypotheses.map((h) => [h.id, h]));
  L.push(`# Assessment: ${c.title}`, '');
  L.push(`Case \`${c.id}\`, ${c.when.at}${c.place?.name ? `, ${c.place.name}` : ''}. Generated ${a.generated_at} by assay (${a.method}).`, '');
  L.push('## Key judgments', '');
  a.key_judgments.forEach((k, i) => {
    L.push(`${i + 1}. ${k.text}`);
    if (k.evidence.length) L.push(`   Evidence: ${k.evidence.map((e) => `\`${e}\``).join(', ')}.`);
  });
  L.push('', '## Hypotheses', '');
  L.push('| hypothesis | agent / actor / story | prior | posterior | ICD 203 | Heuer | weighted |', '|---|---|---|---|---|---|---|');
  for (const h of a.hypotheses)
    L.push(`| ${h.id === a.leading ? '**' : ''}${mdEsc(h.label)}${h.id === a.leading ? '**' : ''} (\`${h.id}\`) | ${h.agent} / ${h.actor} / ${h.story} | ${fmtP(h.prior)} | ${fmtP(h.posterior)} | ${h.words} | ${h.inconsistency} | ${fmt2(h.weighted_inconsistency)} |`);
  L.push('', `Bayesian leader: \`${a.leading}\`. Heuer's leader: ${a.heuer_leading.map((x) => `\`${x}\``).join(', ')} (${a.methods_agree ? 'the methods agree' : 'the methods disagree'}).`, '');
  L.push(`## Confidence: ${a.confidence}`, '');
  for (const f of a.confidence_factors) L.push(`- ${f.factor} (${f.grade}): ${f.reason}`);
  L.push('', '## What would change the judgment', '');
  const s = a.sensitivity;
  L.push(s.pivotal.length ? `- Pivotal items (removing one changes the leader): ${s.pivotal.map((x) => `\`${x}\``).join(', ')}.` : '- No single item is pivotal.');
  const fc = s.fewest_changes;
  L.push(
    fc.steps === null
      ? `- No ${fc.max_steps} or fewer one-step rating changes change the leader.`
      : `- Fewest one-step rating changes that change the leader: ${fc.steps}, making \`${fc.new_leader}\` lead: ${fc.changes.map((x) => `\`${x.item}\` on \`${x.hypothesis}\` ${x.from} -> ${x.to}`).join('; ')}.`,
  );
  L.push(`- \`${a.leading}\` keeps the lead for any prior above ${fmtP(s.priors.leader_min_prior)} (other priors in proportion).`, '');
  L.push(`| posterior when its prior is | ${s.priors.grid.map((p) => `${+(p * 100).toFixed(1)}%`).join(' | ')} |`, `|---|${s.priors.grid.map(() => '---').join('|')}|`);
  for (const cv of s.priors.curves) L.push(`| \`${cv.id}\` | ${cv.posterior.map((p) => fmtP(p)).join(' | ')} |`);
  L.push('', `## Matrix (${(r.layout ?? 'hypotheses-as-rows').replace(/-/g, ' ')}; ${MATRIX_LEGEND})`, '');
  const t = matrixTable(r);
  L.push(`| ${t.corner} | ${t.head.join(' | ')} |`, `|---|${t.head.map(() => '---').join('|')}|`);
  for (const row of t.rows) L.push(`| ${row.map(mdEsc).join(' | ')} |`);
  L.push('', '## Evidence', '');
  L.push('| # | item | origin | reliability | source group (n) | diagnosticity | pivotal |', '|---|---|---|---|---|---|---|');
  a.evidence.forEach((e, i) =>
    L.push(`| E${i + 1} | \`${e.id}\`: ${mdEsc(e.label)} | ${e.origin} | ${fmt2(e.reliability)} | ${e.source_group ?? '-'} (${e.group_size}) | ${fmt2(e.diagnosticity)} | ${e.pivotal ? 'yes' : 'no'} |`),
  );
  if (a.findings.length) {
    L.push('', '## Engine findings', '');
    for (const f of a.findings)
      L.push(`- **${mdEsc(f.label)}** (${f.engine}, ${f.attribute}, reliability ${fmt2(f.reliability)}): ${mdEsc(f.explanation)}${f.evidence.length ? ` Evidence: ${f.evidence.map((x) => `\`${x}\``).join(', ')}.` : ''}`);
  }
  if (a.overrides.length) {
    L.push('', '## Analyst overrides', '');
    for (const o of a.overrides) L.push(`- ${o.at} ${o.actor}: \`${o.item_id}\` on \`${o.hypothesis_id}\` ${o.previous ?? '(engine)'} -> ${o.rating}: ${mdEsc(o.why)}`);
  }
  L.push('', '## Method', '');
  L.push(
    METHOD_TEXT,
  );
  if (a.warnings.length) L.push('', '## Warnings', '', ...a.warnings.map((w) => `- ${w}`));
  void hyp;
  return L.join('\n') + '\n';
}
