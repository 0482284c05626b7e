import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createBot, type Bot } from '../../bot/bot';
import { fileStore } from '../../bot/settings';
import { botConfig, eventEnvelope, SlackStandIn, signedHeaders } from './slack-stand-in';

const FILES = 200;
const CHANNELS = 10;
const slack = new SlackStandIn();
let bot: Bot;
let events: string;

async function post(payload: unknown): Promise<number> {
  const body = JSON.stringify(payload);
  return (await fetch(events, { method: 'POST', headers: { 'content-type': 'application/json', ...signedHeaders(body) }, body })).status;
}

beforeAll(async () => {
  await slack.start();
  const config = botConfig(slack, { topRisks: 3, attachReport: false });
  bot = createBot(config, await fileStore(config.settingsFile), { retryConfig: { retries: 5, minTimeout: 50, maxTimeout: 200 } });
  events = `http://127.0.0.1:${await bot.start()}/slack/events`;
});

afterAll(async () => {
  await bot?.stop();
  await slack.stop();
});

describe('Slack bot under load', () => {
  it(`answers ${FILES} files across ${CHANNELS} channels exactly once each, through 429s, in bounded memory`, async () => {
    const rssBefore = process.memoryUsage().rss;
    slack.rateLimitNext = 5;
    const files = Array.from({ length: FILES }, (_, i) => {
      const file = {
        id: `FL${String(i).padStart(4, '0')}`,
        name: `minutes-${i}.txt`,
        bytes: new TextEncoder().encode(`Meeting ${i}. The District will provide student names and birthdates to the Provider, which may share the data with its affiliates.`),
        channel: `C${String(i % CHANNELS).padStart(3, '0')}`,
        ts: `1764000000.${String(i).padStart(6, '0')}`,
      };
      slack.host(file);
      return file;
    });
    // Each upload arrives twice, as Slack sends it: file_shared and a file_share message. Ten a second.
    for (let i = 0; i < files.length; i += 10) {
      const batch = files.slice(i, i + 10).flatMap((f) => [
        post(eventEnvelope({ type: 'file_shared', file_id: f.id, user_id: 'U1', channel_id: f.channel, event_ts: f.ts }, `Ev-a-${f.id}`)),
        post(eventEnvelope({ type: 'message', subtype: 'file_share', channel: f.channel, user: 'U1', ts: f.ts, text: '', files: [{ id: f.id }] }, `Ev-b-${f.id}`)),
      ]);
      expect(new Set(await Promise.all(batch))).toEqual(new Set([200]));
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await vi.waitFor(() => expect(slack.callsTo('chat.postMessage').filter((c) => c.args.thread_ts).length).toBeGreaterThanOrEqual(FILES), {
      timeout: 120_000,
      interval: 250,
    });
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const replies = slack.callsTo('chat.postMessage');
    for (const file of files) {
      const mine = replies.filter((c) => c.args.channel === file.channel && c.args.thread_ts === file.ts);
      // the 429-refused attempts are recorded too; exactly one attempt per file got through
      expect(mine.length - refusedFor(file.ts)).toBe(1);
    }
    expect(slack.rateLimitNext).toBe(0);
    expect((process.memoryUsage().rss - rssBefore) / 2 ** 20).toBeLessThan(300);
  }, 180_000);
});

function refusedFor(ts: string): number {
  return slack.refused.filter((c) => c.args.thread_ts === ts).length;
}
