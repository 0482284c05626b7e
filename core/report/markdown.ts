import type { Report } from './schema';
import { basisLines, bySeverity, DEMAND_LABEL, OBLIGATION_LABEL, describeDocument, headline, protectionTitle, scanNotes, scheduleCount, shorten, STATUS_MARK } from './view';

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ');
const quote = (text: string) => `> ${shorten(text, 600).replace(/([\\`*_[\]<>])/g, '\\$1')}`;

/** A Markdown report for pasting into an email, a ticket or a board packet. */
export function renderMarkdown(report: Report): string {
  const out: string[] = ['# Hall Monitor report', ''];
  for (const doc of report.documents) {
    out.push(`## ${cell(doc.source)}`, '');
    if (doc.error) {
      out.push(`**Could not read this file** (${doc.error.code}): ${doc.error.message}`, '');
      continue;
    }
    out.push(`*${describeDocument(doc)}.* ${headline(doc)}`, '');
    for (const note of scanNotes(doc)) out.push(`> **Note:** ${note}`, '');
    const schedule = doc.dataSchedule ?? [];
    if (schedule.length) {
      out.push('### Student data', '', '| Data | Demand | Sensitivity | Values |', '|---|---|---|---|');
      for (const row of schedule) out.push(`| ${cell(row.title)} | ${DEMAND_LABEL[row.demand]} | ${row.sensitivity} | ${scheduleCount(row)} |`);
      out.push('');
    }
    if (doc.reidentification) out.push(`**Re-identification risk: ${doc.reidentification.level}.** ${cell(doc.reidentification.reason)}`, '');
    for (const group of bySeverity(doc)) {
      out.push(`### ${group.severity[0]!.toUpperCase()}${group.severity.slice(1)} (${group.findings.length})`, '');
      for (const f of group.findings) {
        out.push(`#### ${f.title} \`${f.category}\`${f.where ? ` (${f.where})` : ''}`, '');
        if (f.quote) out.push(quote(f.quote), '');
        out.push(`- **What:** ${f.what}`, `- **Why it matters:** ${f.why} *${f.basis}*`, `- **Ask for:** ${f.ask}`, '');
      }
    }
    const basis = basisLines(doc);
    if (basis) out.push(`**${basis.headline}**`, '', ...basis.conditions.map((c) => `- ${c.met ? '✓' : '✗'} ${c.text}`), '');
    if (doc.obligations?.length)
      out.push('### Deadlines and duties', '', ...doc.obligations.map((o) => `- **${OBLIGATION_LABEL[o.what]}:** ${o.when}${o.page ? ` (page ${o.page})` : ''}`), '');
    if (doc.protections?.length) {
      out.push('### Protections checklist', '', '| | Protection | Status | Evidence |', '|---|---|---|---|');
      for (const p of doc.protections)
        out.push(`| ${STATUS_MARK[p.status]} | ${cell(protectionTitle(p))} | ${p.status} | ${cell(p.evidence[0] ? shorten(p.evidence[0].quote, 160) : '')} |`);
      out.push('');
    }
  }
  out.push('---', '*Hall Monitor flags risks for review; it is not legal advice.*', '');
  return out.join('\n');
}
