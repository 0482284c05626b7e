import type { types } from '@slack/bolt';
import { documentView, scanNotes, severityRank, shorten, type DocumentReport, type DocumentView, type SectionView, type Severity } from '../core/index';

// Slack caps a section's text at 3,000 characters, a header at 150 and a message at 50 blocks.
export const SECTION_MAX = 2900;
export const MESSAGE_BLOCKS_MAX = 50;
const SEVERITY_ICON: Record<Severity, string> = { high: ':red_circle:', medium: ':large_orange_circle:', low: ':large_blue_circle:' };

/** Slack's mrkdwn treats &, < and > as control characters (`<!channel>`), in blocks and in the `text` fallback alike. */
export const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
// Cut to Slack's limit but keep the line breaks the layout depends on.
const clip = (text: string) => (text.length > SECTION_MAX ? `${text.slice(0, SECTION_MAX - 1)}…` : text);
export const section = (text: string): types.KnownBlock => ({ type: 'section', text: { type: 'mrkdwn', text: clip(text) } });

export interface Reply {
  text: string;
  blocks: types.KnownBlock[];
}

/**
 * The thread reply a union rep reads on a phone: the report's sections in their order, with the top risks
 * and their masked quotes, and the checklist with the state law it used. Quotes come from the report,
 * where values are masked.
 */
export function summaryReply(doc: DocumentReport, options: { topRisks: number; minSeverity?: Severity }): Reply {
  if (doc.error) return unreadableReply(doc);
  const min = options.minSeverity ?? 'low';
  const shown = { ...doc, findings: doc.findings.filter((f) => severityRank(f.severity) >= severityRank(min)) };
  // Whatever HALLMONITOR_TOP_RISKS says, the risks get only the blocks the rest of the message leaves
  // (less their divider and title).
  const room = MESSAGE_BLOCKS_MAX - replyBlocks(documentView(shown, { topRisks: 0 })).length - 2;
  const v = documentView(shown, { topRisks: Math.max(0, Math.min(options.topRisks, room)) });
  return { text: escape(v.headline), blocks: replyBlocks(v) };
}

function replyBlocks(v: DocumentView): types.KnownBlock[] {
  const blocks: types.KnownBlock[] = [{ type: 'header', text: { type: 'plain_text', text: shorten(`Hall Monitor: ${v.source}`, 150), emoji: true } }];
  for (const s of v.sections) {
    const body = sectionBlocks(s, v);
    if (!body.length) continue;
    if (s.id !== 'summary') blocks.push({ type: 'divider' });
    blocks.push(...body);
  }
  blocks.push({
    type: 'context',
    elements: [{ type: 'mrkdwn', text: 'Personal values are masked. The full report is attached below. Not legal advice. `/hallmonitor help` for settings.' }],
  });
  return blocks;
}

function sectionBlocks(s: SectionView, v: DocumentView): types.KnownBlock[] {
  const title = `*${escape(s.title)}*`;
  switch (s.id) {
    case 'summary':
      return [section(`${title}: *${s.counts.map((c) => `${c.count} ${c.severity}`).join(' · ') || 'no flags'}* (${escape(v.described ?? '')})`), ...(s.notes.length ? [notesBlock(s.notes)] : [])];
    case 'data':
      return [section(`${title}: ${s.rows.map((row) => `${escape(row.title)} (${row.demand})`).join(', ')}`)];
    case 'reidentification':
      return [section(`${title} ${escape(s.level)}`)];
    case 'risks': {
      const findings = s.groups.flatMap((g) => g.findings);
      if (!findings.length) return [];
      return [
        section(`${title}: the ${findings.length === 1 ? 'top one' : `top ${findings.length}`}${s.of ? ` of ${s.of}` : ''}`),
        ...findings.map((f) =>
          section(
            `${SEVERITY_ICON[f.severity]} *${escape(f.title)}*${f.where ? ` (${escape(f.where)})` : ''}: ${escape(f.what)}${f.quote ? `\n>${escape(shorten(f.quote, 300))}` : ''}\n` +
              `_Why:_ ${escape(f.why)} (${escape(f.basis)})\n_Ask for:_ ${escape(f.ask)}`,
          ),
        ),
      ];
    }
    case 'checklist':
      return [
        section(
          `${title}\n_${escape(s.list)}_\n` +
            s.items.map((p) => `${p.mark} ${escape(p.title)}: ${p.status}${p.law || p.deadline ? ` (${escape([p.law, p.deadline].filter(Boolean).join('; '))})` : ''}`).join('\n'),
        ),
      ];
    case 'deadlines':
      return [section(`${title}\n${s.items.map((o) => `• ${escape(o.label)}: ${escape(o.when)}${o.where ? ` (${o.where})` : ''}`).join('\n')}`)];
    case 'legal-basis':
      return [section(`${title}: ${escape(s.headline)}`)];
    case 'questions':
      return [section(`${title}\n${s.items.map((q, i) => `${i + 1}. ${escape(q.ask)}`).join('\n')}`)];
  }
}

export function unreadableReply(doc: DocumentReport): Reply {
  return warningReply(`Could not read ${doc.source}: ${doc.error!.message}`);
}

/** A plain warning in the thread: the file could not be read, and why. */
export function warningReply(said: string): Reply {
  const text = escape(said);
  return { text, blocks: [section(`:warning: ${text}`)] };
}

export function quietReply(doc: DocumentReport): Reply {
  const text = escape(`No student-data flags in ${doc.source}.`);
  const notes = scanNotes(doc);
  return { text, blocks: [{ type: 'context', elements: [{ type: 'mrkdwn', text: `:white_check_mark: ${text}` }] }, ...(notes.length ? [notesBlock(notes)] : [])] };
}

/** Said while a scanned file is read, then edited into the answer. */
export function readingScanReply(source: string, pages: number): Reply {
  const text = escape(`Reading a scanned document (${pages} page${pages === 1 ? '' : 's'}) with OCR: ${source}…`);
  return { text, blocks: [{ type: 'context', elements: [{ type: 'mrkdwn', text: `:hourglass_flowing_sand: ${text}` }] }] };
}

function notesBlock(notes: string[]): types.KnownBlock {
  return { type: 'context', elements: notes.map((note) => ({ type: 'mrkdwn' as const, text: `:page_facing_up: ${escape(note)}` })) };
}
