import { BRIEF_STYLE, briefSection } from './brief';
import { escapeHtml } from './escape';
import type { Report } from './schema';
import { basisLines, bySeverity, DEMAND_LABEL, OBLIGATION_LABEL, describeDocument, headline, protectionTitle, scheduleCount, shorten, STATUS_MARK } from './view';

export { escapeHtml };

const STYLE = `body{font:15px/1.5 system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}
h1{font-size:1.5rem}h2{margin-top:2.5rem;border-bottom:2px solid #ddd}h3{margin-top:1.5rem}
.finding{border-left:5px solid #999;padding:.25rem .75rem;margin:.75rem 0;break-inside:avoid}
.high{border-color:#c62828}.medium{border-color:#ef6c00}.low{border-color:#1565c0}
blockquote{margin:.25rem 0;padding:.25rem .5rem;background:#f6f6f6;font-style:italic}
table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top}
.status-missing,.status-contradicted{color:#c62828;font-weight:600}.status-weak{color:#ef6c00;font-weight:600}.status-present{color:#2e7d32}
.meta{color:#555}footer{margin-top:3rem;color:#555;font-size:.85rem}@media print{body{margin:0}}
${BRIEF_STYLE}.brief{border:1px solid #ccc;padding:.5rem 1rem;margin:1rem 0}`;

/** One self-contained, printable page: no scripts, no external resources, every value escaped. */
export function renderHtml(report: Report, title = 'Hall Monitor report'): string {
  const body: string[] = [`<h1>${escapeHtml(title)}</h1>`];
  for (const doc of report.documents) {
    body.push(`<section><h2>${escapeHtml(doc.source)}</h2>`);
    if (doc.error) {
      body.push(`<p class="status-missing">${escapeHtml(headline(doc))}</p></section>`);
      continue;
    }
    body.push(`<p class="meta">${escapeHtml(describeDocument(doc))}</p><p><strong>${escapeHtml(headline(doc))}</strong></p>`);
    body.push(briefSection(doc));
    const schedule = doc.dataSchedule ?? [];
    if (schedule.length) {
      body.push('<h3>Student data</h3><table><tr><th>Data</th><th>Demand</th><th>Sensitivity</th><th>Values</th></tr>');
      for (const row of schedule)
        body.push(
          `<tr><td>${escapeHtml(row.title)}</td><td>${escapeHtml(DEMAND_LABEL[row.demand])}</td><td>${row.sensitivity}</td><td>${scheduleCount(row)}</td></tr>`,
        );
      body.push('</table>');
    }
    if (doc.reidentification)
      body.push(`<p><strong>Re-identification risk: ${doc.reidentification.level}.</strong> ${escapeHtml(doc.reidentification.reason)}</p>`);
    for (const group of bySeverity(doc)) {
      body.push(`<h3>${escapeHtml(group.severity.toUpperCase())} (${group.findings.length})</h3>`);
      for (const f of group.findings)
        body.push(
          `<div class="finding ${f.severity}"><strong>${escapeHtml(f.title)}</strong> <code>${escapeHtml(f.category)}</code>` +
            (f.where ? ` <span class="meta">${escapeHtml(f.where)}</span>` : '') +
            (f.quote ? `<blockquote>${escapeHtml(shorten(f.quote, 600))}</blockquote>` : '') +
            `<p><b>What:</b> ${escapeHtml(f.what)}<br><b>Why it matters:</b> ${escapeHtml(f.why)} <i>${escapeHtml(f.basis)}</i><br>` +
            `<b>Ask for:</b> ${escapeHtml(f.ask)}</p></div>`,
        );
    }
    const basis = basisLines(doc);
    if (basis)
      body.push(
        `<h3>${escapeHtml(basis.headline)}</h3><ul>${basis.conditions.map((c) => `<li class="status-${c.met ? 'present' : 'missing'}">${c.met ? '✓' : '✗'} ${escapeHtml(c.text)}</li>`).join('')}</ul>`,
      );
    if (doc.obligations?.length)
      body.push(
        `<h3>Deadlines and duties</h3><ul>${doc.obligations.map((o) => `<li><b>${OBLIGATION_LABEL[o.what]}:</b> ${escapeHtml(o.when)}${o.page ? ` (page ${o.page})` : ''}</li>`).join('')}</ul>`,
      );
    if (doc.protections?.length) {
      body.push('<h3>Protections checklist</h3><table><tr><th></th><th>Protection</th><th>Status</th><th>Evidence</th></tr>');
      for (const p of doc.protections)
        body.push(
          `<tr><td>${STATUS_MARK[p.status]}</td><td>${escapeHtml(protectionTitle(p))}</td><td class="status-${p.status}">${p.status}</td>` +
            `<td>${escapeHtml(p.evidence[0] ? shorten(p.evidence[0].quote, 240) : '')}</td></tr>`,
        );
      body.push('</table>');
    }
    body.push('</section>');
  }
  body.push('<footer>Hall Monitor flags risks for review; it is not legal advice.</footer>');
  return `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(title)}</title><style>${STYLE}</style></head><body>\n${body.join('\n')}\n</body></html>\n`;
}
