import type { Report } from './schema';
import { basisLines, bySeverity, DEMAND_LABEL, OBLIGATION_LABEL, describeDocument, headline, protectionTitle, scanNotes, scheduleCount, shorten, STATUS_MARK } from './view';

export interface TextOptions {
  /** ANSI colours for a terminal. */
  color?: boolean;
}

const COLORS = { high: '\x1b[31m', medium: '\x1b[33m', low: '\x1b[36m', dim: '\x1b[2m', bold: '\x1b[1m', reset: '\x1b[0m' };

/** A terminal summary: each document's flags grouped by severity, each with quote, page, why and ask. */
export function renderText(report: Report, options: TextOptions = {}): string {
  const paint = (color: keyof typeof COLORS, text: string) => (options.color ? `${COLORS[color]}${text}${COLORS.reset}` : text);
  const lines: string[] = [];
  for (const doc of report.documents) {
    lines.push(paint('bold', `Hall Monitor: ${doc.source}`) + (doc.error ? '' : paint('dim', ` (${describeDocument(doc)})`)));
    lines.push(headline(doc));
    for (const note of scanNotes(doc)) lines.push(paint('dim', `Note: ${note}`));
    lines.push('');
    if (doc.error) continue;
    const schedule = doc.dataSchedule ?? [];
    if (schedule.length) {
      lines.push(paint('bold', 'Student data in this document'));
      for (const row of schedule) {
        const count = scheduleCount(row);
        lines.push(`  - ${row.title}: ${DEMAND_LABEL[row.demand]}${count ? ` (${count})` : ''}`);
      }
      lines.push('');
    }
    if (doc.reidentification)
      lines.push(paint('bold', `Re-identification risk: ${doc.reidentification.level}.`) + ` ${doc.reidentification.reason}`, '');
    for (const group of bySeverity(doc)) {
      lines.push(paint(group.severity, `${group.severity.toUpperCase()} (${group.findings.length})`));
      for (const f of group.findings) {
        lines.push(`  ${paint(group.severity, '●')} ${paint('bold', f.title)} [${f.category}]${f.where ? ` ${paint('dim', f.where)}` : ''}`);
        if (f.quote) lines.push(`    "${shorten(f.quote)}"`);
        lines.push(`    What: ${f.what}`, `    Why: ${f.why} (${f.basis})`, `    Ask: ${f.ask}`);
      }
      lines.push('');
    }
    const basis = basisLines(doc);
    if (basis) {
      lines.push(paint('bold', basis.headline));
      for (const c of basis.conditions) lines.push(`  ${c.met ? '✓' : '✗'} ${c.text}`);
      lines.push('');
    }
    if (doc.obligations?.length) {
      lines.push(paint('bold', 'Deadlines and duties'));
      for (const o of doc.obligations) lines.push(`  - ${OBLIGATION_LABEL[o.what]}: ${o.when}${o.page ? ` (page ${o.page})` : ''}`);
      lines.push('');
    }
    if (doc.protections?.length) {
      lines.push(paint('bold', 'Protections checklist'));
      for (const p of doc.protections) {
        const evidence = p.evidence[0] ? ` — "${shorten(p.evidence[0].quote, 120)}"` : '';
        lines.push(`  ${STATUS_MARK[p.status]} ${p.status.padEnd(12)} ${protectionTitle(p)}${evidence}`);
      }
      lines.push('');
    }
  }
  return lines.join('\n');
}
