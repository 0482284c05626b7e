import type { Finding } from '../finding';
import { escapeHtml } from './escape';
import type { DocumentReport, Report } from './schema';
import { basisLines, DEMAND_LABEL, headline, protectionTitle, scanNotes, shorten, STATUS_MARK, view } from './view';

const TOP_RISKS = 5;
// Contract terms first: they are what a vote can still change; then missing protections, then the data itself.
const KIND_ORDER: Finding['kind'][] = ['clause', 'missing', 'pii'];

export const BRIEF_STYLE = `.brief{font-size:10.5pt;line-height:1.4}.brief h2{font-size:1.2rem;margin:0 0 .3rem;border:0}
.brief h3{font-size:1rem;margin:.8rem 0 .3rem}.brief ol,.brief ul{margin:.2rem 0;padding-left:1.3rem}.brief li{margin:.15rem 0}
.brief .quote{font-style:italic;color:#333}.brief .cite{color:#555;font-size:.9em}.brief .checklist{columns:2;list-style:none;padding:0}
.brief .notice{border:1px solid #999;padding:.3rem .5rem;font-size:.9em}`;

/** The risks a board should hear about first: high before low, contract terms before data fields. */
export function topRisks(doc: DocumentReport, count = TOP_RISKS): Finding[] {
  const rank = (f: Finding) => ['high', 'medium', 'low'].indexOf(f.severity) * 10 + KIND_ORDER.indexOf(f.kind);
  const seen = new Set<string>();
  return [...doc.findings]
    .sort((a, b) => rank(a) - rank(b))
    .filter((f) => !seen.has(f.category) && seen.add(f.category))
    .slice(0, count);
}

/** One printable page per document, in plain language: what data, the top risks, the checklist, and what to ask. */
export function briefSection(doc: DocumentReport): string {
  if (doc.error) return `<section class="brief"><h2>${escapeHtml(doc.source)}</h2><p>${escapeHtml(headline(doc))}</p></section>`;
  const out = [`<section class="brief"><h2>Board brief: ${escapeHtml(doc.source)}</h2>`, `<p><strong>${escapeHtml(headline(doc))}</strong></p>`];
  for (const note of scanNotes(doc)) out.push(`<p class="notice">${escapeHtml(note)}</p>`);
  const schedule = doc.dataSchedule?.filter((row) => row.demand !== 'prohibited') ?? [];
  if (schedule.length)
    out.push(
      `<h3>What student data it shares</h3><p>${schedule.map((row) => `${escapeHtml(row.title)} (${DEMAND_LABEL[row.demand]})`).join('; ')}.</p>`,
    );
  if (doc.reidentification && doc.reidentification.level !== 'low')
    out.push(`<p><strong>Can students be identified? ${escapeHtml(doc.reidentification.level)}.</strong> ${escapeHtml(shorten(doc.reidentification.reason, 420))}</p>`);
  const basis = basisLines(doc);
  if (basis) out.push(`<p>${escapeHtml(basis.headline)}</p>`);

  const risks = topRisks(doc);
  if (risks.length) {
    out.push('<h3>Top risks</h3><ol>');
    for (const f of risks) {
      const v = view(f);
      out.push(
        `<li><strong>${escapeHtml(v.title)}</strong>${f.page ? ` (page ${f.page})` : ''}: ${escapeHtml(v.what)}` +
          (f.quote && f.kind !== 'pii' ? ` <span class="quote">"${escapeHtml(shorten(f.quote, 200))}"</span>` : '') +
          ` <span class="cite">${escapeHtml(v.basis)}</span></li>`,
      );
    }
    out.push('</ol>');
  }
  if (doc.protections?.length)
    out.push(
      `<h3>Protections checklist</h3><ul class="checklist">${doc.protections
        .map((p) => `<li class="status-${p.status}">${STATUS_MARK[p.status]} ${escapeHtml(protectionTitle(p))}${p.status === 'present' ? '' : ` (${p.status})`}</li>`)
        .join('')}</ul>`,
    );
  if (risks.length) {
    out.push('<h3>Questions to ask before voting</h3><ol>');
    risks.forEach((f, i) => out.push(`<li>${escapeHtml(f.ask)} <span class="cite">(risk ${i + 1}; ${escapeHtml(f.basis)})</span></li>`));
    out.push('</ol>');
  }
  out.push('<p class="notice">Hall Monitor flags risks for review by people. This brief is not legal advice.</p></section>');
  return out.join('\n');
}

/** `--format brief`: the board brief alone, one page per document, ready to print. */
export function renderBrief(report: Report): string {
  const sections = report.documents.map(briefSection).join('\n<div style="break-after:page"></div>\n');
  return `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Hall Monitor board brief</title><style>body{font-family:system-ui,sans-serif;max-width:50rem;margin:1.5rem auto;padding:0 1rem;color:#1b1b1b}
@page{margin:1.4cm}@media print{body{margin:0}}.status-missing,.status-contradicted{color:#c62828}.status-weak{color:#ef6c00}.status-present{color:#2e7d32}
${BRIEF_STYLE}</style></head><body>\n${sections}\n</body></html>\n`;
}
