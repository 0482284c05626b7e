import type { Report } from './schema';
import { documentView, shorten, type SectionView } from './view';

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ');
const quote = (text: string) => `> ${shorten(text, 600).replace(/([\\`*_[\]<>])/g, '\\$1')}`;
const capital = (text: string) => `${text[0]!.toUpperCase()}${text.slice(1)}`;

/** A Markdown report for pasting into an email, a ticket or a board packet. */
export function renderMarkdown(report: Report): string {
  const out: string[] = ['# Hall Monitor report', ''];
  for (const doc of report.documents) {
    const v = documentView(doc);
    out.push(`## ${cell(v.source)}`, '');
    if (v.error) {
      out.push(`**Could not read this file** (${v.error.code}): ${v.error.message}`, '');
      continue;
    }
    out.push(`*${v.described}.* ${v.headline}`, '');
    for (const s of v.sections) out.push(`### ${s.title}`, '', ...sectionLines(s), '');
  }
  out.push('---', '*Hall Monitor flags risks for review; it is not legal advice.*', '');
  return out.join('\n');
}

function sectionLines(s: SectionView): string[] {
  switch (s.id) {
    case 'summary':
      return s.notes.map((note) => `> **Note:** ${note}\n`);
    case 'data':
      return ['| Data | Demand | Sensitivity | Values |', '|---|---|---|---|', ...s.rows.map((row) => `| ${cell(row.title)} | ${row.demand} | ${row.sensitivity} | ${row.count} |`)];
    case 'reidentification':
      return [`**${capital(s.level)}.** ${cell(s.reason)}`];
    case 'risks':
      return s.groups.flatMap((group) => [
        `#### ${capital(group.severity)} (${group.findings.length})`,
        '',
        ...group.findings.flatMap((f) => [
          `**${f.title}** \`${f.category}\`${f.where ? ` (${f.where})` : ''}`,
          '',
          ...(f.quote ? [quote(f.quote), ''] : []),
          `- **What:** ${f.what}`,
          `- **Why it matters:** ${f.why} *${f.basis}*`,
          `- **Ask for:** ${f.ask}`,
          '',
        ]),
      ]);
    case 'checklist':
      return [
        s.list,
        '',
        '| | Protection | Status | Law | Evidence |',
        '|---|---|---|---|---|',
        ...s.items.map((p) => `| ${p.mark} | ${cell(p.title)} | ${p.status} | ${cell([p.law, p.deadline].filter(Boolean).join('; '))} | ${cell(p.evidence ? shorten(p.evidence, 160) : '')} |`),
        ...(s.caveats.length ? ['', ...s.caveats.map((c) => `- *Not checked:* ${c}`)] : []),
      ];
    case 'deadlines':
      return s.items.map((o) => `- **${o.label}:** ${o.when}${o.where ? ` (${o.where})` : ''}`);
    case 'legal-basis':
      return [`**${s.headline}**`, '', ...s.conditions.map((c) => `- ${c.met ? '✓' : '✗'} ${c.text}`)];
    case 'questions':
      return s.items.map((q, i) => `${i + 1}. ${q.ask}`);
  }
}
