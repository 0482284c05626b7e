import type { Report } from './schema';
import { documentView, shorten, type SectionView } from './view';

export interface TextOptions {
  /** ANSI colours for a terminal. */
  color?: boolean;
}

const COLORS = { high: '\x1b[31m', medium: '\x1b[33m', low: '\x1b[36m', dim: '\x1b[2m', bold: '\x1b[1m', reset: '\x1b[0m' };
type Paint = (color: keyof typeof COLORS, text: string) => string;

/** A terminal summary: each document's sections, its flags grouped by severity with quote, page, why and ask. */
export function renderText(report: Report, options: TextOptions = {}): string {
  const paint: Paint = (color, text) => (options.color ? `${COLORS[color]}${text}${COLORS.reset}` : text);
  const lines: string[] = [];
  for (const doc of report.documents) {
    const v = documentView(doc);
    lines.push(paint('bold', `Hall Monitor: ${v.source}`) + (v.described ? paint('dim', ` (${v.described})`) : ''), v.headline, '');
    for (const s of v.sections) lines.push(...sectionLines(s, paint), '');
  }
  return lines.join('\n');
}

function sectionLines(s: SectionView, paint: Paint): string[] {
  const title = paint('bold', s.title);
  switch (s.id) {
    case 'summary':
      return [title, ...s.notes.map((note) => paint('dim', `Note: ${note}`))];
    case 'data':
      return [title, ...s.rows.map((row) => `  - ${row.title}: ${row.demand}${row.count ? ` (${row.count})` : ''}`)];
    case 'reidentification':
      return [`${title} ${paint('bold', `${s.level}.`)} ${s.reason}`];
    case 'risks':
      return [
        title + (s.of ? paint('dim', ` (the most serious of ${s.of})`) : ''),
        ...s.groups.flatMap((group) => [
          paint(group.severity, `${group.severity.toUpperCase()} (${group.findings.length})`),
          ...group.findings.flatMap((f) => [
            `  ${paint(group.severity, '●')} ${paint('bold', f.title)} [${f.category}]${f.where ? ` ${paint('dim', f.where)}` : ''}`,
            ...(f.quote ? [`    "${shorten(f.quote)}"`] : []),
            `    What: ${f.what}`,
            `    Why: ${f.why} (${f.basis})`,
            `    Ask: ${f.ask}`,
          ]),
        ]),
      ];
    case 'checklist':
      return [
        title,
        `  ${s.list}`,
        ...s.items.flatMap((p) => [
          `  ${p.mark} ${p.status.padEnd(12)} ${p.title}${p.evidence ? ` — "${shorten(p.evidence, 120)}"` : ''}`,
          ...(p.law || p.deadline ? [paint('dim', `      ${[p.law, p.deadline].filter(Boolean).join('; ')}`)] : []),
        ]),
        ...s.caveats.map((c) => paint('dim', `  Not checked: ${c}`)),
      ];
    case 'deadlines':
      return [title, ...s.items.map((o) => `  - ${o.label}: ${o.when}${o.where ? ` (${o.where})` : ''}`)];
    case 'legal-basis':
      return [title, `  ${s.headline}`, ...s.conditions.map((c) => `  ${c.met ? '✓' : '✗'} ${c.text}`)];
    case 'questions':
      return [title, ...s.items.map((q, i) => `  ${i + 1}. ${q.ask}`)];
  }
}
