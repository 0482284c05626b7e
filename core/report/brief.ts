import { escapeHtml } from './escape';
import type { DocumentReport, Report } from './schema';
import { documentView, shorten, type SectionView } from './view';

const TOP_RISKS = 5;

export const BRIEF_STYLE = `.brief{font-size:10.5pt;line-height:1.4}.brief h2{font-size:1.2rem;margin:0 0 .3rem;border:0}
.brief h3{font-size:1rem;margin:.8rem 0 .3rem}.brief ol,.brief ul{margin:.2rem 0;padding-left:1.3rem}.brief li{margin:.15rem 0}
.brief .quote{font-style:italic;color:#333}.brief .cite{color:#555;font-size:.9em}.brief .checklist{columns:2;list-style:none;padding:0}
.brief .notice{border:1px solid #999;padding:.3rem .5rem;font-size:.9em}`;

/** One printable page per document, in plain language: what data, the top risks, the checklist and its law, and what to ask. */
export function briefSection(doc: DocumentReport): string {
  const v = documentView(doc, { topRisks: TOP_RISKS });
  if (v.error) return `<section class="brief"><h2>${escapeHtml(v.source)}</h2><p>${escapeHtml(v.headline)}</p></section>`;
  const out = [`<section class="brief"><h2>Board brief: ${escapeHtml(v.source)}</h2>`];
  for (const s of v.sections) out.push(`<h3>${escapeHtml(s.title)}</h3>`, briefLines(s, v.headline));
  out.push('<p class="notice">Hall Monitor flags risks for review by people. This brief is not legal advice.</p></section>');
  return out.join('\n');
}

function briefLines(s: SectionView, headline: string): string {
  switch (s.id) {
    case 'summary':
      return [`<p><strong>${escapeHtml(headline)}</strong></p>`, ...s.notes.map((note) => `<p class="notice">${escapeHtml(note)}</p>`)].join('');
    case 'data':
      return `<p>${s.rows.map((row) => `${escapeHtml(row.title)} (${escapeHtml(row.demand)})`).join('; ')}.</p>`;
    case 'reidentification':
      return `<p><strong>${escapeHtml(s.level)}.</strong> ${escapeHtml(shorten(s.reason, 420))}</p>`;
    case 'risks':
      return `<ol>${s.groups
        .flatMap((g) => g.findings)
        .map(
          (f) =>
            `<li><strong>${escapeHtml(f.title)}</strong>${f.where ? ` (${escapeHtml(f.where)})` : ''}: ${escapeHtml(f.what)}` +
            (f.quote && f.kind !== 'pii' ? ` <span class="quote">"${escapeHtml(shorten(f.quote, 200))}"</span>` : '') +
            ` <span class="cite">${escapeHtml(f.basis)}</span></li>`,
        )
        .join('')}</ol>`;
    case 'checklist':
      return (
        `<p>${escapeHtml(s.list)}</p><ul class="checklist">${s.items
          .map((p) => `<li class="status-${p.status}">${p.mark} ${escapeHtml(p.title)}${p.status === 'present' ? '' : ` (${p.status})`}${p.law ? ` <span class="cite">${escapeHtml(p.law)}</span>` : ''}</li>`)
          .join('')}</ul>`
      );
    case 'deadlines':
      return `<ul>${s.items.map((o) => `<li><b>${escapeHtml(o.label)}:</b> ${escapeHtml(o.when)}${o.where ? ` (${escapeHtml(o.where)})` : ''}</li>`).join('')}</ul>`;
    case 'legal-basis':
      return `<p>${escapeHtml(s.headline)}</p>`;
    case 'questions':
      return `<ol>${s.items.map((q) => `<li>${escapeHtml(q.ask)} <span class="cite">(${escapeHtml(q.basis)})</span></li>`).join('')}</ol>`;
  }
}

/** `--format brief`: the board brief alone, one page per document, ready to print. */
export function renderBrief(report: Report): string {
  const sections = report.documents.map(briefSection).join('\n<div style="break-after:page"></div>\n');
  return `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Hall Monitor board brief</title><style>body{font-family:system-ui,sans-serif;max-width:50rem;margin:1.5rem auto;padding:0 1rem;color:#1b1b1b}
@page{margin:1.4cm}@media print{body{margin:0}}.status-missing,.status-contradicted{color:#c62828}.status-weak{color:#ef6c00}.status-present{color:#2e7d32}
${BRIEF_STYLE}</style></head><body>\n${sections}\n</body></html>\n`;
}
