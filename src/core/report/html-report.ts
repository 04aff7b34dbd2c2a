/**
 * The assessment as one standalone HTML page: inline CSS, the charts as inline SVG, no scripts, no external
 * requests (so it opens offline and prints to PDF as is). Pure: same input, same bytes.
 */
import { briefOf, factorTitle, fmt2, fmtP, humanDate, lagText, matrixTable, MATRIX_LEGEND, METHOD_TEXT, ratingsUsedText, reportVersion, type ReportInput } from './report-model.js';
import { inconsistencyChart, posteriorChart } from './svg-charts.js';
import { doubtNote } from './consequence-timeline.js';

export const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
const code = (s: string) => `<code>${esc(s)}</code>`;
/** Escaped text whose "[n]" references link to the numbered source. */
const withRefs = (s: string) => esc(s).replace(/\[(\d+)\]/g, '<a class="ref" href="#source-$1">[$1]</a>');
/** An http(s) URL as a link (text and href escaped); anything else as text. */
const link = (u: string) => (/^https?:\/\//i.test(u) ? `<a href="${esc(u)}">${esc(u)}</a>` : esc(u));

const CSS = `
body{font:14px/1.45 Georgia,"Times New Roman",serif;color:#1b1b1b;max-width:60rem;margin:2rem auto;padding:0 1rem}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.2rem;border-bottom:1px solid #ccc;padding-bottom:.2rem;margin-top:1.8rem}
.meta{color:#555;font-size:.9rem}ol.kj li{margin:.4rem 0}.ev{color:#555;font-size:.85rem}
table{border-collapse:collapse;margin:.6rem 0;font:12px/1.3 Helvetica,Arial,sans-serif}
th,td{border:1px solid #ccc;padding:3px 6px;vertical-align:top;text-align:left}th{background:#f3f3f3}
td.r{text-align:center}td.CC,td.C{background:#e3f0e3}td.I{background:#f7e6d5}td.II{background:#f0cdb5}
.lead{font-weight:bold}code{font-size:.85em;background:#f5f5f5;padding:0 2px}figure{margin:1rem 0}svg{max-width:100%;height:auto}
.conf{border-left:4px solid #1f5f8b;padding:.3rem .8rem;background:#f6f9fb}
.bl{border:2px solid #1b1b1b;padding:.5rem .9rem;font-size:1.05rem}.tb{border-collapse:collapse;font:13px/1.4 Helvetica,Arial,sans-serif}
.tb th{background:none;border:0;padding:1px 8px 1px 0}.tb td{border:0;padding:1px 0}ol.src li{margin:.2rem 0;word-break:break-word}
a.ref{text-decoration:none}.appendix{border-top:3px double #999;margin-top:2.5rem}tr.incident td{font-weight:bold;background:#f6f6f6}
@media print{body{margin:0;max-width:none}h2{break-after:avoid}figure{break-inside:avoid}tr{break-inside:avoid}}
`.trim();

export function htmlReport(r: ReportInput): string {
  const a = r.assessment;
  const c = r.case;
  const H: string[] = [];
  H.push('<!DOCTYPE html>', '<html lang="en">', '<head>', '<meta charset="utf-8">', `<title>${esc(`Assessment: ${c.title}`)}</title>`, `<style>${CSS}</style>`, '</head>', '<body>');
  const b = briefOf(r);
  H.push(`<h1>Assessment: ${esc(c.title)}</h1>`);
  H.push(
    '<table class="tb">',
    `<tr><th>Incident</th><td>${esc(humanDate(c.when.at))}${c.place?.name ? `, ${esc(c.place.name)}` : ''}</td></tr>`,
    `<tr><th>Assessed</th><td>${esc(humanDate(a.generated_at))}</td></tr>`,
    ...(a.as_of ? [`<tr><th>As of</th><td>${esc(a.as_of.statement)}</td></tr>`] : []),
    `<tr><th>Author</th><td>${esc(r.author ?? 'assay')}</td></tr>`,
    `<tr><th>Version</th><td>${esc(reportVersion(a))}</td></tr>`,
    '</table>',
  );
  H.push('<h2 id="bottom-line">Bottom line</h2>', `<p class="bl">${withRefs(b.bottom_line)}</p>`);
  H.push('<h2 id="key-judgments">Key judgments</h2>', '<ol class="kj">');
  for (const k of b.judgments) H.push(`<li id="${esc(k.id)}">${withRefs(k.text)}</li>`);
  H.push('</ol>');
  H.push('<h2>What would change the judgment</h2>', '<ul>', ...b.what_would_change.map((w) => `<li>${withRefs(w)}</li>`), '</ul>');
  if (b.weights?.length) H.push('<h2 id="weights">How much each line of evidence weighs</h2>', '<ul>', ...b.weights.map((w) => `<li>${withRefs(w.text)}</li>`), '</ul>');
  H.push(`<h2>Confidence: ${esc(a.confidence)}</h2>`, '<div class="conf"><ul>');
  for (const f of a.confidence_factors) H.push(`<li><b>${esc(factorTitle(f.factor))}</b> (${esc(f.grade)}): ${esc(f.reason)}</li>`);
  H.push('</ul></div>');
  if (a.confidence_caution) H.push(`<p class="caution"><b>Caution:</b> ${esc(a.confidence_caution.charAt(0).toUpperCase() + a.confidence_caution.slice(1))}</p>`);
  if (b.consequences.length) {
    H.push('<h2 id="consequences">What followed the incident</h2>');
    H.push('<table class="timeline"><thead><tr><th>when</th><th>after the incident</th><th>actor</th><th>action</th><th>kind</th><th>cites the incident</th><th>sources</th></tr></thead><tbody>');
    H.push(`<tr class="incident"><td>${esc(humanDate(c.when.at))}</td><td>0 h</td><td></td><td>the incident</td><td></td><td></td><td></td></tr>`);
    for (const x of b.consequences)
      H.push(`<tr id="consequence-${esc(x.id)}"><td>${esc(humanDate(x.at))}</td><td>${esc(lagText(x.lag_hours))}</td><td>${esc(x.actor)}</td><td>${esc(x.action)}${x.weighed ? ` <i>(${esc(doubtNote(x))})</i>` : ''}</td><td>${esc(x.kind)}</td><td>${x.cites_incident ? 'yes' : 'no'}</td><td>${withRefs(x.refs.map((n) => `[${n}]`).join(''))}</td></tr>`);
    H.push('</tbody></table>');
  }
  H.push('<h2>Hypotheses</h2>', `<figure>${posteriorChart(a)}</figure>`);
  H.push('<table><thead><tr><th>hypothesis</th><th>posterior</th><th>ICD 203</th></tr></thead><tbody>');
  for (const h of a.hypotheses) H.push(`<tr${h.id === a.leading ? ' class="lead"' : ''}><td>${esc(h.label)}</td><td>${fmtP(h.posterior)}</td><td>${esc(h.words)}</td></tr>`);
  H.push('</tbody></table>');
  for (const ch of r.charts ?? []) H.push(`<figure>${ch.svg}<figcaption>${esc(ch.title)}</figcaption></figure>`);
  H.push('<h2 id="sources">Sources</h2>', '<ol class="src">');
  for (const x of b.sources)
    H.push(`<li id="source-${x.n}">${esc(x.title)}.${x.publisher ? ` ${esc(x.publisher)}.` : ''}${x.date ? ` ${esc(humanDate(x.date))}.` : ''} ${link(x.url)}${x.archive_url ? ` (archived: ${link(x.archive_url)})` : ''}</li>`);
  H.push('</ol>');

  // ---- the appendix for auditors: internal ids, the matrix and the engines' own words
  H.push('<section class="appendix">', '<h2 id="appendix">Appendix for auditors</h2>');
  H.push(`<p class="meta">Case ${code(c.id)}, ${esc(c.when.at)}. Generated ${esc(a.generated_at)} by assay (${esc(a.method)}).</p>`);
  H.push('<h3>Key judgments as computed</h3>', '<ol class="kj">');
  for (const k of a.key_judgments)
    H.push(`<li>${esc(k.text)}${k.evidence.length ? `<br><span class="ev">Evidence: ${k.evidence.map(code).join(', ')}</span>` : ''}</li>`);
  H.push('</ol>');
  if (a.lines?.length) {
    H.push('<h3>Lines of evidence (items restating one source form one line)</h3>', '<table><thead><tr><th>line</th><th>items</th><th>diagnostic</th><th>leader without it</th><th>shift</th><th>log ratio vs runner-up</th></tr></thead><tbody>');
    for (const l of a.lines)
      H.push(`<tr><td>${code(l.group)}</td><td>${l.items.map(code).join(', ')}</td><td>${l.diagnostic ? 'yes' : 'no'}</td><td>${fmtP(l.leader_posterior_without)}</td><td>${(l.shift * 100).toFixed(1)} pts</td><td>${fmt2(l.log_ratio_vs_runner_up)}</td></tr>`);
    H.push('</tbody></table>');
  }
  H.push('<h3>Sources by item</h3>', '<ul class="ev">');
  for (const x of b.sources) H.push(`<li>[${x.n}] cited by ${x.cited_by.map(code).join(', ') || '-'}</li>`);
  H.push('</ul>');
  H.push('<h3>Hypotheses</h3>', `<figure>${inconsistencyChart(a)}</figure>`);
  H.push('<table><thead><tr><th>hypothesis</th><th>agent / actor / story</th><th>prior</th><th>posterior</th><th>ICD 203</th><th>Heuer</th><th>weighted</th></tr></thead><tbody>');
  for (const h of a.hypotheses)
    H.push(`<tr${h.id === a.leading ? ' class="lead"' : ''}><td>${esc(h.label)} ${code(h.id)}</td><td>${esc(`${h.agent} / ${h.actor} / ${h.story}`)}</td><td>${fmtP(h.prior)}</td><td>${fmtP(h.posterior)}</td><td>${esc(h.words)}</td><td>${h.inconsistency}</td><td>${fmt2(h.weighted_inconsistency)}</td></tr>`);
  H.push('</tbody></table>');
  H.push(`<p>Bayesian leader: ${code(a.leading)}. Heuer's leader: ${a.heuer_leading.map(code).join(', ')} (${a.methods_agree ? 'the methods agree' : 'the methods disagree'}).</p>`);
  const s = a.sensitivity;
  const fc = s.fewest_changes;
  H.push('<h3>Sensitivity</h3>', '<ul>');
  H.push(`<li>${s.pivotal.length ? `Pivotal items (removing one changes the leader): ${s.pivotal.map(code).join(', ')}.` : 'No single item is pivotal.'}</li>`);
  H.push(
    `<li>${fc.steps === null ? `No ${fc.max_steps} or fewer one-step rating changes change the leader.` : `Fewest one-step rating changes that change the leader: ${fc.steps}, making ${code(fc.new_leader!)} lead: ${fc.changes.map((x) => `${code(x.item)} on ${code(x.hypothesis)} ${x.from} &rarr; ${x.to}`).join('; ')}.`}</li>`,
  );
  H.push(`<li>${code(a.leading)} keeps the lead for any prior above ${fmtP(s.priors.leader_min_prior)} (other priors in proportion).</li>`, '</ul>');
  H.push(`<table><thead><tr><th>posterior when its prior is</th>${s.priors.grid.map((p) => `<th>${+(p * 100).toFixed(1)}%</th>`).join('')}</tr></thead><tbody>`);
  for (const cv of s.priors.curves) H.push(`<tr><td>${code(cv.id)}</td>${cv.posterior.map((p) => `<td>${fmtP(p)}</td>`).join('')}</tr>`);
  H.push('</tbody></table>');
  const t = matrixTable(r);
  H.push(`<h3>Matrix (${esc((r.layout ?? 'hypotheses-as-rows').replace(/-/g, ' '))})</h3>`, `<p class="ev">${esc(MATRIX_LEGEND)}.</p>`);
  H.push(`<table><thead><tr><th>${esc(t.corner)}</th>${t.head.map((x) => `<th>${esc(x)}</th>`).join('')}</tr></thead><tbody>`);
  for (const row of t.rows) H.push(`<tr><td>${esc(row[0])}</td>${row.slice(1).map((v) => `<td class="r ${/^~?(CC|II|C|I|NA|N)/.exec(v)?.[1] ?? ''}">${esc(v)}</td>`).join('')}</tr>`);
  H.push('</tbody></table>');
  H.push('<h3>Evidence</h3>', '<table><thead><tr><th>#</th><th>item</th><th>origin</th><th>reliability</th><th>source group (n)</th><th>diagnosticity</th><th>pivotal</th></tr></thead><tbody>');
  a.evidence.forEach((e, i) =>
    H.push(`<tr><td>E${i + 1}</td><td>${code(e.id)} ${esc(e.label)}</td><td>${e.origin}</td><td>${fmt2(e.reliability)}${e.weighed ? ` (${esc(e.weighed)})` : ''}</td><td>${esc(e.source_group ?? '-')} (${e.group_size})</td><td>${fmt2(e.diagnosticity)}</td><td>${e.pivotal ? 'yes' : 'no'}</td></tr>`),
  );
  H.push('</tbody></table>');
  if (a.findings.length) {
    H.push('<h3>Engine findings</h3>', '<ul>');
    for (const f of a.findings)
      H.push(`<li><b>${esc(f.label)}</b> (${esc(f.engine)}, ${esc(f.attribute)}, reliability ${fmt2(f.reliability)}): ${esc(f.explanation)}${f.evidence.length ? ` <span class="ev">Evidence: ${f.evidence.map(code).join(', ')}</span>` : ''}</li>`);
    H.push('</ul>');
  }
  if (a.overrides.length) {
    H.push('<h3>Analyst overrides</h3>', '<ul>');
    for (const o of a.overrides) H.push(`<li>${esc(o.at)} ${esc(o.actor)}: ${code(o.item_id)} on ${code(o.hypothesis_id)} ${esc(o.previous ?? '(engine)')} &rarr; ${esc(o.rating)}: ${esc(o.why)}</li>`);
    H.push('</ul>');
  }
  if (a.ratings_used) H.push('<h3>Whose ratings</h3>', `<p>${esc(ratingsUsedText(a.ratings_used))}</p>`);
  H.push(
    '<h3>Method</h3>',
    `<p>${esc(METHOD_TEXT)}</p>`,
  );
  if (a.warnings.length) H.push('<h3>Warnings</h3>', '<ul>', ...a.warnings.map((w) => `<li>${esc(w)}</li>`), '</ul>');
  H.push('</section>', '</body>', '</html>');
  return H.join('\n') + '\n';
}
