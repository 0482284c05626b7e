import { BRIEF_STYLE, briefSection } from './brief';
import { escapeHtml } from './escape';
import type { Report } from './schema';
import { documentView, shorten, type SectionView } from './view';

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
    const v = documentView(doc);
    body.push(`<section><h2>${escapeHtml(v.source)}</h2>`);
    if (v.error) {
      body.push(`<p class="status-missing">${escapeHtml(v.headline)}</p></section>`);
      continue;
    }
    body.push(`<p class="meta">${escapeHtml(v.described!)}</p><p><strong>${escapeHtml(v.headline)}</strong></p>`);
    body.push(briefSection(doc));
    for (const s of v.sections) body.push(`<h3>${escapeHtml(s.title)}</h3>`, sectionHtml(s));
    body.push('</section>');
  }
  body.push('<footer>Hall Monitor flags risks for review; it is not legal advice.</footer>');
  return `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(title)}</title><style>${STYLE}</style></head><body>\n${body.join('\n')}\n</body></html>\n`;
}

function sectionHtml(s: SectionView): string {
  switch (s.id) {
    case 'summary':
      return s.notes.map((note) => `<p class="meta">Note: ${escapeHtml(note)}</p>`).join('');
    case 'data':
      return (
        '<table><tr><th>Data</th><th>Demand</th><th>Sensitivity</th><th>Values</th></tr>' +
        s.rows.map((row) => `<tr><td>${escapeHtml(row.title)}</td><td>${escapeHtml(row.demand)}</td><td>${row.sensitivity}</td><td>${row.count}</td></tr>`).join('') +
        '</table>'
      );
    case 'reidentification':
      return `<p><strong>${escapeHtml(s.level)}.</strong> ${escapeHtml(s.reason)}</p>`;
    case 'risks':
      return s.groups
        .map(
          (group) =>
            `<h4>${escapeHtml(group.severity.toUpperCase())} (${group.findings.length})</h4>` +
            group.findings
              .map(
                (f) =>
                  `<div class="finding ${f.severity}"><strong>${escapeHtml(f.title)}</strong> <code>${escapeHtml(f.category)}</code>` +
                  (f.where ? ` <span class="meta">${escapeHtml(f.where)}</span>` : '') +
                  (f.quote ? `<blockquote>${escapeHtml(shorten(f.quote, 600))}</blockquote>` : '') +
                  `<p><b>What:</b> ${escapeHtml(f.what)}<br><b>Why it matters:</b> ${escapeHtml(f.why)} <i>${escapeHtml(f.basis)}</i><br>` +
                  `<b>Ask for:</b> ${escapeHtml(f.ask)}</p></div>`,
              )
              .join(''),
        )
        .join('');
    case 'checklist':
      return (
        `<p>${escapeHtml(s.list)}</p><table><tr><th></th><th>Protection</th><th>Status</th><th>Law</th><th>Evidence</th></tr>` +
        s.items
          .map(
            (p) =>
              `<tr><td>${p.mark}</td><td>${escapeHtml(p.title)}</td><td class="status-${p.status}">${p.status}</td>` +
              `<td>${escapeHtml([p.law, p.deadline].filter(Boolean).join('; '))}</td><td>${escapeHtml(p.evidence ? shorten(p.evidence, 240) : '')}</td></tr>`,
          )
          .join('') +
        '</table>' +
        (s.caveats.length ? `<ul>${s.caveats.map((c) => `<li class="meta">Not checked: ${escapeHtml(c)}</li>`).join('')}</ul>` : '')
      );
    case 'deadlines':
      return `<ul>${s.items.map((o) => `<li><b>${escapeHtml(o.label)}:</b> ${escapeHtml(o.when)}${o.where ? ` (${escapeHtml(o.where)})` : ''}</li>`).join('')}</ul>`;
    case 'legal-basis':
      return `<p><strong>${escapeHtml(s.headline)}</strong></p><ul>${s.conditions.map((c) => `<li class="status-${c.met ? 'present' : 'missing'}">${c.met ? '✓' : '✗'} ${escapeHtml(c.text)}</li>`).join('')}</ul>`;
    case 'questions':
      return `<ol>${s.items.map((q) => `<li>${escapeHtml(q.ask)}</li>`).join('')}</ol>`;
  }
}
