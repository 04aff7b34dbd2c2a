/**
 * The assessment as Markdown (pure: same input, same bytes). A decision-maker reads the brief first: bottom
 * line, key judgments with numbered references, what would change the judgment, confidence, what followed the
 * incident, and the numbered Sources; everything carrying internal ids follows in the appendix for auditors
 * (ICD 203: key judgments first, every hypothesis reported, confidence apart from likelihood). Every
 * user-supplied string is escaped (docs/assessment.md "The report an analyst sends").
 */
import { briefOf, factorTitle, fmt2, fmtP, humanDate, lagText, matrixTable, MATRIX_LEGEND, METHOD_TEXT, ratingsUsedText, reportVersion, type ReportInput } from './report-model.js';
import { doubtNote } from './consequence-timeline.js';

/**
 * Escapes text for Markdown (CommonMark): HTML-significant characters as entities (a title holding `<script>`
 * stays text), Markdown punctuation backslash-escaped, line breaks folded into spaces.
 */
export const mdEsc = (s: string) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|#~!])/g, '\\$1')
    .replace(/\r?\n/g, ' ');
/** An escaped text whose "[n]" references stay references. */
const withRefs = (s: string) => mdEsc(s).replace(/\\\[(\d+)\\\]/g, '[$1]');
/** An internal id as code; a backtick inside gets a longer fence. */
const code = (s: string) => {
  const t = s.replace(/\r?\n/g, ' ');
  return t.includes('`') ? `\`\` ${t} \`\`` : `\`${t}\``;
};
/** A URL as an autolink (characters that would end it percent-encoded); anything else as escaped text. */
const link = (u: string) => (/^https?:\/\//i.test(u) ? `<${u.replace(/[\s<>]/g, (ch) => encodeURIComponent(ch))}>` : mdEsc(u));

export function markdownReport(r: ReportInput): string {
  const a = r.assessment;
  const c = r.case;
  const b = briefOf(r);
  const L: string[] = [];
  L.push(`# Assessment: ${mdEsc(c.title)}`, '');
  L.push(`**Incident:** ${mdEsc(humanDate(c.when.at))}${c.place?.name ? `, ${mdEsc(c.place.name)}` : ''}  `);
  L.push(`**Assessed:** ${mdEsc(humanDate(a.generated_at))}  `);
  if (a.as_of) L.push(`**As of:** ${mdEsc(a.as_of.statement)}  `);
  L.push(`**Author:** ${mdEsc(r.author ?? 'assay')}  `);
  L.push(`**Version:** ${mdEsc(reportVersion(a))}`, '');
  L.push('## Bottom line', '', withRefs(b.bottom_line), '');
  L.push('## Key judgments', '');
  b.judgments.forEach((k, i) => L.push(`${i + 1}. ${withRefs(k.text)}`, ''));
  L.push('## What would change the judgment', '');
  for (const w of b.what_would_change) L.push(`- ${withRefs(w)}`);
  if (b.weights?.length) {
    L.push('', '## How much each line of evidence weighs', '');
    for (const w of b.weights) L.push(`- ${withRefs(w.text)}`);
  }
  L.push('', `## Confidence: ${a.confidence}`, '');
  for (const f of a.confidence_factors) L.push(`- ${mdEsc(factorTitle(f.factor))} (${f.grade}): ${mdEsc(f.reason)}`);
  if (a.confidence_caution) L.push('', `**Caution:** ${mdEsc(a.confidence_caution.charAt(0).toUpperCase() + a.confidence_caution.slice(1))}`);
  if (b.consequences.length) {
    L.push('', '## What followed the incident', '');
    L.push('| when | after the incident | actor | action | kind | cites the incident | sources |', '|---|---|---|---|---|---|---|');
    L.push(`| ${mdEsc(humanDate(c.when.at))} | 0 h | - | **the incident** | - | - | - |`);
    for (const x of b.consequences)
      L.push(`| ${mdEsc(humanDate(x.at))} | ${lagText(x.lag_hours)} | ${mdEsc(x.actor)} | ${mdEsc(x.action)}${x.weighed ? ` *(${mdEsc(doubtNote(x))})*` : ''} | ${x.kind} | ${x.cites_incident ? 'yes' : 'no'} | ${x.refs.map((n) => `[${n}]`).join('')} |`);
  }
  L.push('', '## Hypotheses', '');
  L.push('| hypothesis | posterior | ICD 203 |', '|---|---|---|');
  for (const h of a.hypotheses) L.push(`| ${h.id === a.leading ? '**' : ''}${mdEsc(h.label)}${h.id === a.leading ? '**' : ''} | ${fmtP(h.posterior)} | ${mdEsc(h.words)} |`);
  L.push('', '## Sources', '');
  for (const x of b.sources)
    L.push(`${x.n}. ${mdEsc(x.title)}.${x.publisher ? ` ${mdEsc(x.publisher)}.` : ''}${x.date ? ` ${mdEsc(humanDate(x.date))}.` : ''} ${link(x.url)}${x.archive_url ? ` (archived: ${link(x.archive_url)})` : ''}`);

  // ---- the appendix for auditors: internal ids, the matrix and the engines' own words
  L.push('', '## Appendix for auditors', '');
  L.push(`Case ${code(c.id)}, ${mdEsc(c.when.at)}. Generated ${mdEsc(a.generated_at)} by assay (${mdEsc(a.method)}).`, '');
  L.push('### Key judgments as computed', '');
  a.key_judgments.forEach((k, i) => {
    L.push(`${i + 1}. ${mdEsc(k.text)}`);
    if (k.evidence.length) L.push(`   Evidence: ${k.evidence.map(code).join(', ')}.`);
  });
  if (a.lines?.length) {
    L.push('', '### Lines of evidence (items restating one source form one line)', '');
    L.push('| line | items | diagnostic | leader without it | shift | log ratio vs runner-up |', '|---|---|---|---|---|---|');
    for (const l of a.lines) L.push(`| ${code(l.group)} | ${l.items.map(code).join(', ')} | ${l.diagnostic ? 'yes' : 'no'} | ${fmtP(l.leader_posterior_without)} | ${(l.shift * 100).toFixed(1)} pts | ${fmt2(l.log_ratio_vs_runner_up)} |`);
  }
  L.push('', '### Sources by item', '');
  for (const x of b.sources) L.push(`- [${x.n}] cited by ${x.cited_by.map(code).join(', ') || '-'}`);
  L.push('', '### Hypotheses', '');
  L.push('| hypothesis | agent / actor / story | prior | posterior | ICD 203 | Heuer | weighted |', '|---|---|---|---|---|---|---|');
  for (const h of a.hypotheses)
    L.push(`| ${h.id === a.leading ? '**' : ''}${mdEsc(h.label)}${h.id === a.leading ? '**' : ''} (${code(h.id)}) | ${mdEsc(`${h.agent} / ${h.actor} / ${h.story}`)} | ${fmtP(h.prior)} | ${fmtP(h.posterior)} | ${mdEsc(h.words)} | ${h.inconsistency} | ${fmt2(h.weighted_inconsistency)} |`);
  L.push('', `Bayesian leader: ${code(a.leading)}. Heuer's leader: ${a.heuer_leading.map(code).join(', ')} (${a.methods_agree ? 'the methods agree' : 'the methods disagree'}).`, '');
  L.push('### Sensitivity', '');
  const s = a.sensitivity;
  L.push(s.pivotal.length ? `- Pivotal items (removing one changes the leader): ${s.pivotal.map(code).join(', ')}.` : '- No single item is pivotal.');
  const fc = s.fewest_changes;
  L.push(
    fc.steps === null
      ? `- No ${fc.max_steps} or fewer one-step rating changes change the leader.`
      : `- Fewest one-step rating changes that change the leader: ${fc.steps}, making ${code(fc.new_leader!)} lead: ${fc.changes.map((x) => `${code(x.item)} on ${code(x.hypothesis)} ${x.from} -> ${x.to}`).join('; ')}.`,
  );
  L.push(`- ${code(a.leading)} keeps the lead for any prior above ${fmtP(s.priors.leader_min_prior)} (other priors in proportion).`, '');
  L.push(`| posterior when its prior is | ${s.priors.grid.map((p) => `${+(p * 100).toFixed(1)}%`).join(' | ')} |`, `|---|${s.priors.grid.map(() => '---').join('|')}|`);
  for (const cv of s.priors.curves) L.push(`| ${code(cv.id)} | ${cv.posterior.map((p) => fmtP(p)).join(' | ')} |`);
  L.push('', `### Matrix (${(r.layout ?? 'hypotheses-as-rows').replace(/-/g, ' ')}; ${mdEsc(MATRIX_LEGEND)})`, '');
  const t = matrixTable(r);
  L.push(`| ${t.corner} | ${t.head.map(mdEsc).join(' | ')} |`, `|---|${t.head.map(() => '---').join('|')}|`);
  for (const row of t.rows) L.push(`| ${row.map(mdEsc).join(' | ')} |`);
  L.push('', '### Evidence', '');
  L.push('| # | item | origin | reliability | source group (n) | diagnosticity | pivotal |', '|---|---|---|---|---|---|---|');
  a.evidence.forEach((e, i) =>
    L.push(`| E${i + 1} | ${code(e.id)}: ${mdEsc(e.label)} | ${e.origin} | ${fmt2(e.reliability)}${e.weighed ? ` (${mdEsc(e.weighed)})` : ''} | ${mdEsc(e.source_group ?? '-')} (${e.group_size}) | ${fmt2(e.diagnosticity)} | ${e.pivotal ? 'yes' : 'no'} |`),
  );
  if (a.findings.length) {
    L.push('', '### Engine findings', '');
    for (const f of a.findings)
      L.push(`- **${mdEsc(f.label)}** (${mdEsc(f.engine)}, ${f.attribute}, reliability ${fmt2(f.reliability)}): ${mdEsc(f.explanation)}${f.evidence.length ? ` Evidence: ${f.evidence.map(code).join(', ')}.` : ''}`);
  }
  if (a.overrides.length) {
    L.push('', '### Analyst overrides', '');
    for (const o of a.overrides) L.push(`- ${mdEsc(o.at)} ${mdEsc(o.actor)}: ${code(o.item_id)} on ${code(o.hypothesis_id)} ${o.previous ?? '(engine)'} -> ${o.rating}: ${mdEsc(o.why)}`);
  }
  if (a.ratings_used) L.push('', '### Whose ratings', '', mdEsc(ratingsUsedText(a.ratings_used)));
  L.push('', '### Method', '', mdEsc(METHOD_TEXT));
  if (a.warnings.length) L.push('', '### Warnings', '', ...a.warnings.map((w) => `- ${mdEsc(w)}`));
  return L.join('\n') + '\n';
}
