import type { types } from '@slack/bolt';
import { SEVERITIES, severityRank, type DocumentReport, type Severity } from '../core/index';
import { topRisks } from '../core/report/brief';
import { basisLines, DEMAND_LABEL, describeDocument, headline, protectionTitle, scanNotes, shorten, STATUS_MARK, view } from '../core/report/view';

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
 * The thread reply a union rep reads on a phone: counts, the data the file holds or asks for, the top
 * risks with their masked quotes, the checklist. Quotes come from the report, where values are masked.
 */
export function summaryReply(doc: DocumentReport, options: { topRisks: number; minSeverity?: Severity }): Reply {
  if (doc.error) return unreadableReply(doc);
  const min = options.minSeverity ?? 'low';
  const shown = { ...doc, findings: doc.findings.filter((f) => severityRank(f.severity) >= severityRank(min)) };
  const counts = SEVERITIES.filter((s) => doc.summary.bySeverity[s]).map((s) => `${doc.summary.bySeverity[s]} ${s}`);
  const blocks: types.KnownBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: shorten(`Hall Monitor: ${doc.source}`, 150), emoji: true } },
    section(
      `*${counts.join(' · ') || 'no flags'}* (${escape(describeDocument(doc))})` +
        (doc.reidentification ? `\n*Can students be identified?* ${doc.reidentification.level}` : ''),
    ),
  ];
  const notes = scanNotes(doc);
  if (notes.length) blocks.push(notesBlock(notes));
  const schedule = doc.dataSchedule?.filter((row) => row.demand !== 'prohibited') ?? [];
  if (schedule.length)
    blocks.push(section(`*Student data:* ${schedule.map((row) => `${escape(row.title)} (${DEMAND_LABEL[row.demand]})`).join(', ')}`));
  const basis = basisLines(doc);
  if (basis) blocks.push(section(escape(basis.headline)));

  // Whatever HALLMONITOR_TOP_RISKS says, the risks get only the blocks the rest of the message leaves.
  const tail = (doc.protections?.length ? 2 : 0) + 1;
  const room = MESSAGE_BLOCKS_MAX - blocks.length - tail - 2;
  const risks = topRisks(shown, Math.max(0, Math.min(options.topRisks, room)));
  if (risks.length) {
    blocks.push({ type: 'divider' }, section(`*Top ${risks.length === 1 ? 'risk' : `${risks.length} risks`}*`));
    for (const f of risks) {
      const v = view(f);
      const quote = f.quote ? `\n>${escape(shorten(f.quote, 300))}` : '';
      blocks.push(
        section(
          `${SEVERITY_ICON[f.severity]} *${escape(v.title)}*${f.page ? ` (page ${f.page})` : ''}: ${escape(v.what)}${quote}\n` +
            `_Why:_ ${escape(v.why)} (${escape(v.basis)})\n_Ask for:_ ${escape(v.ask)}`,
        ),
      );
    }
  }
  if (doc.protections?.length)
    blocks.push(
      { type: 'divider' },
      section(`*Protections checklist*\n${doc.protections.map((p) => `${STATUS_MARK[p.status]} ${escape(protectionTitle(p))}: ${p.status}`).join('\n')}`),
    );
  blocks.push({
    type: 'context',
    elements: [{ type: 'mrkdwn', text: 'Personal values are masked. The full report is attached below. Not legal advice. `/hallmonitor help` for settings.' }],
  });
  return { text: escape(headline(doc)), blocks };
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
