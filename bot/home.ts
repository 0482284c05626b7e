import type { types } from '@slack/bolt';
import { section, SECTION_MAX } from './blocks';
import type { ChannelSettings } from './settings';

// Slack caps a view at 100 blocks; the channel list gets what the fixed blocks leave, a few to spare.
const VIEW_BLOCKS_MAX = 100;
const CHANNEL_SECTIONS_MAX = VIEW_BLOCKS_MAX - 10;
const DEFAULTS_LINE = 'Every other channel I am in: files watched, every flag posted, message warnings off, marked-up copies off.';

/** App Home: what the bot does, the channels with settings of their own, and how to change them. */
export function homeView(channels: Record<string, ChannelSettings>, describe: (s: ChannelSettings) => string): types.HomeView {
  const rows = Object.entries(channels).map(([id, s]) => `• <#${id}>: ${describe(s)}`);
  return {
    type: 'home',
    blocks: [
      { type: 'header', text: { type: 'plain_text', text: 'Hall Monitor' } },
      section(
        'I read agreements, rosters and spreadsheets posted in channels I am invited to, and answer in the thread with the student-data risks I find: ' +
          'the data a file holds or asks for, risky clauses with quotes and pages, and missing protections. Personal values are always masked, ' +
          'and I keep no copy of any file.',
      ),
      { type: 'divider' },
      ...(rows.length ? channelSections(rows) : [section(`*Settings*\nEvery channel I am in: files watched, every flag posted, message warnings off, marked-up copies off.`)]),
      { type: 'context', elements: [{ type: 'mrkdwn', text: 'Change a channel with `/hallmonitor help` there. Hall Monitor is not legal advice.' }] },
    ],
  };
}

/** The channel list split into sections under Slack's 3,000 characters each; past the view's budget, a count of the rest. */
function channelSections(rows: string[]): types.KnownBlock[] {
  const pages: string[][] = [[]];
  let length = 0;
  for (const row of rows) {
    if (length + row.length + 1 > SECTION_MAX - 100 && pages.at(-1)!.length) {
      pages.push([]);
      length = 0;
    }
    pages.at(-1)!.push(row);
    length += row.length + 1;
  }
  const shown = pages.slice(0, CHANNEL_SECTIONS_MAX);
  const hidden = rows.length - shown.flat().length;
  const texts = shown.map((page) => page.join('\n'));
  texts[0] = `*Channels with their own settings*\n${texts[0]}`;
  const last = hidden ? `…and ${hidden} more channels; \`/hallmonitor settings\` in a channel shows its own.\n${DEFAULTS_LINE}` : DEFAULTS_LINE;
  return [...texts.map(section), { type: 'context', elements: [{ type: 'mrkdwn', text: last }] }];
}
