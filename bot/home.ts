import type { types } from '@slack/bolt';
import type { ChannelSettings } from './settings';

/** App Home: what the bot does, the channels with settings of their own, and how to change them. */
export function homeView(channels: Record<string, ChannelSettings>, describe: (s: ChannelSettings) => string): types.HomeView {
  const rows = Object.entries(channels).map(([id, s]) => `• <#${id}>: ${describe(s)}`);
  return {
    type: 'home',
    blocks: [
      { type: 'header', text: { type: 'plain_text', text: 'Hall Monitor' } },
      {
        type: 'section',
        text: {
          type: 'mrkdwn',
          text:
            'I read agreements, rosters and spreadsheets posted in channels I am invited to, and answer in the thread with the student-data risks I find: ' +
            'the data a file holds or asks for, risky clauses with quotes and pages, and missing protections. Personal values are always masked, ' +
            'and I keep no copy of any file.',
        },
      },
      { type: 'divider' },
      {
        type: 'section',
        text: {
          type: 'mrkdwn',
          text: rows.length
            ? `*Channels with their own settings*\n${rows.join('\n')}\nEvery other channel I am in: files watched, every flag posted, message warnings off.`
            : '*Settings*\nEvery channel I am in: files watched, every flag posted, message warnings off.',
        },
      },
      { type: 'context', elements: [{ type: 'mrkdwn', text: 'Change a channel with `/hallmonitor help` there. Hall Monitor is not legal advice.' }] },
    ],
  };
}
