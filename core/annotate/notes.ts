import type { Finding } from '../finding';
import type { DocumentReport } from '../report/schema';
import { basisLines, DEMAND_LABEL, headline, protectionTitle, scanNotes, shorten, STATUS_MARK, topRisks, view } from '../report/view';

// The words a marked-up copy carries, in plain text: a PDF note and a Word comment hold no markup. Quotes
// come from the report, so personal values in them are masked unless the scan ran with showValues.

const QUESTIONS = 10;

/** The note on one flagged passage: what it is, why it matters (and the law behind it), what to ask for. */
export function findingNote(finding: Finding): string[] {
  const v = view(finding);
  const lines = [`${v.title} (${v.severity})`, v.what, `Why: ${v.why} (${v.basis})`, `Ask: ${v.ask}`];
  if (finding.quote && finding.kind === 'pii' && finding.mode === 'value') lines.push(`Found: "${shorten(finding.quote, 200)}"`);
  return lines;
}

/** The document-level note: the headline, the student data, the checklist and the questions to ask. */
export function summaryNote(doc: DocumentReport): string[] {
  const lines = [`Hall Monitor review. ${headline(doc)}`, ...scanNotes(doc)];
  const schedule = doc.dataSchedule?.filter((row) => row.demand !== 'prohibited') ?? [];
  if (schedule.length) lines.push(`Student data: ${schedule.map((row) => `${row.title} (${DEMAND_LABEL[row.demand]})`).join('; ')}.`);
  if (doc.reidentification) lines.push(`Re-identification risk: ${doc.reidentification.level}.`);
  const basis = basisLines(doc);
  if (basis) lines.push(basis.headline);
  if (doc.protections?.length) {
    lines.push('Protections checklist:');
    for (const p of doc.protections) lines.push(`${STATUS_MARK[p.status]} ${protectionTitle(p)}: ${p.status}`);
  }
  const risks = topRisks(doc, QUESTIONS);
  if (risks.length) {
    lines.push('Questions to ask:');
    risks.forEach((f, i) => lines.push(`${i + 1}. ${f.ask}`));
  }
  lines.push('Hall Monitor flags risks for review by people; it is not legal advice.');
  return lines;
}
