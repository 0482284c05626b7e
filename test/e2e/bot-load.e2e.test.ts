// Two bot instances in HTTP mode behind one address, sharing one real Redis, as a district would run them:
// 200 files across 10 channels, each delivered twice (file_shared and its file_share message) to whichever
// instance the balancer picks, some retried by Slack, some inside threads, some with lagging shares, through
// 429s and a 60-second Slack outage in the middle.
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createBot, type Bot } from '../../bot/bot';
import { redisStore } from '../../bot/redis-store';
import { testRedis } from './redis';
import { botConfig, eventEnvelope, postSigned, SlackStandIn, type HostedFile } from './slack-stand-in';

const FILES = 200;
const CHANNELS = 10;
const OUTAGE_MS = 60_000;
const slack = new SlackStandIn();
const bots: Bot[] = [];
const answered: string[][] = [[], []];
let redis: Awaited<ReturnType<typeof testRedis>>;
let balancer: Server;
let address: string;

/** A round-robin balancer: one public address, the next instance for each request. */
async function startBalancer(targets: string[]): Promise<Server> {
  let next = 0;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      const target = targets[next++ % targets.length]!;
      const headers = Object.fromEntries(Object.entries(req.headers).filter(([k]) => k === 'content-type' || k.startsWith('x-slack-'))) as Record<string, string>;
      const response = await fetch(target, { method: 'POST', headers, body: Buffer.concat(chunks) });
      res.writeHead(response.status).end(await response.text());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

function instanceLogger(i: number) {
  const record = (...parts: unknown[]) => void answered[i]!.push(parts.join(' '));
  return { debug: () => undefined, info: record, warn: record, error: record, setLevel: () => undefined, getLevel: () => 'info' as never, setName: () => undefined };
}

beforeAll(async () => {
  redis = await testRedis();
  await slack.start();
  const prefix = `hallmonitor-load-${randomUUID()}:`;
  const targets: string[] = [];
  for (const i of [0, 1]) {
    const config = botConfig(slack, { topRisks: 3, attachReport: false, concurrency: 1 });
    // Web API calls and Slack's lag both outlast the outage: about 80 s of retries with waits up to 5 s.
    const bot = createBot(config, await redisStore(redis.url, prefix), {
      retryConfig: { retries: 20, minTimeout: 200, maxTimeout: 5_000, factor: 2 },
      backoff: { retries: 20, minTimeout: 200, maxTimeout: 5_000 },
      logger: instanceLogger(i),
    });
    bots.push(bot);
    targets.push(`http://127.0.0.1:${await bot.start()}/slack/events`);
  }
  balancer = await startBalancer(targets);
  address = `http://127.0.0.1:${(balancer.address() as AddressInfo).port}/slack/events`;
}, 60_000);

afterAll(async () => {
  for (const bot of bots) await bot.stop();
  await new Promise((resolve) => balancer?.close(resolve));
  await slack.stop();
  await redis?.stop();
});

describe('two bot instances on one Redis under load', () => {
  it(`answers ${FILES} files across ${CHANNELS} channels exactly once each, in the right threads, through retries, 429s and a 60 s outage`, async () => {
    const rssBefore = process.memoryUsage().rss;
    slack.rateLimitNext = 20;
    const files: HostedFile[] = Array.from({ length: FILES }, (_, i) => {
      const file: HostedFile = {
        id: `FL${String(i).padStart(4, '0')}`,
        name: `minutes-${i}.txt`,
        bytes: new TextEncoder().encode(`Meeting ${i}. The District will provide student names and birthdates to the Provider, which may share the data with its affiliates.`),
        channel: `C${String(i % CHANNELS).padStart(3, '0')}`,
        ts: `1764000000.${String(i).padStart(6, '0')}`,
        // every third file is a reply inside a thread; every seventh has a share files.info lists late
        ...(i % 3 === 0 ? { thread: `1763999999.${String(i).padStart(6, '0')}` } : {}),
        ...(i % 7 === 0 ? { shareLagCalls: 2 } : {}),
      };
      slack.host(file);
      return file;
    });
    const threadOf = (f: HostedFile) => f.thread ?? f.ts;
    const deliver = (f: HostedFile) => [
      postSigned(address, eventEnvelope({ type: 'file_shared', file_id: f.id, user_id: 'U1', channel_id: f.channel, event_ts: f.ts }, `Ev-a-${f.id}`)),
      postSigned(address, eventEnvelope({ type: 'message', subtype: 'file_share', channel: f.channel, user: 'U1', ts: f.ts, ...(f.thread ? { thread_ts: f.thread } : {}), text: '', files: [{ id: f.id, name: f.name }] }, `Ev-b-${f.id}`)),
      // Slack retries some deliveries (it timed out waiting): the retry may reach the other instance
      ...(Number(f.id.slice(2)) % 5 === 0 ? [postSigned(address, eventEnvelope({ type: 'file_shared', file_id: f.id, user_id: 'U1', channel_id: f.channel, event_ts: f.ts }, `Ev-a-${f.id}`), { num: 1, reason: 'http_timeout' })] : []),
    ];
    // Ten uploads a second. Halfway, Slack goes down for a minute: the API and downloads answer 503, and
    // no events arrive (Slack holds them), then the rest come.
    for (let i = 0; i < files.length; i += 10) {
      if (i === FILES / 2) {
        slack.outage = true;
        await new Promise((resolve) => setTimeout(resolve, OUTAGE_MS));
        slack.outage = false;
      }
      const statuses = await Promise.all(files.slice(i, i + 10).flatMap(deliver));
      expect(new Set(statuses.map((r) => r.status))).toEqual(new Set([200]));
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const repliesTo = (f: HostedFile) => slack.posted.filter((p) => p.args.channel === f.channel && p.args.thread_ts === threadOf(f) && String(p.args.text).includes(`${f.name}:`));
    await vi.waitFor(() => expect(files.filter((f) => repliesTo(f).length === 0).map((f) => f.id)).toEqual([]), { timeout: 240_000, interval: 500 });
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    for (const file of files) expect(repliesTo(file), file.id).toHaveLength(1);
    // exactly one reply per file, none top-level, none under a thread reply's own ts
    expect(slack.posted).toHaveLength(FILES);
    expect(slack.posted.filter((p) => !p.args.thread_ts)).toEqual([]);
    expect(slack.rateLimitNext).toBe(0);
    // both instances answered files, and neither logged a failure it did not recover from
    for (const log of answered) expect(log.filter((line) => /^file FL\d+ in C\d+: \d+ flag/.test(line)).length).toBeGreaterThan(20);
    expect(answered.flat().filter((line) => line.includes('failed:'))).toEqual([]);
    expect((process.memoryUsage().rss - rssBefore) / 2 ** 20).toBeLessThan(400);
  }, 420_000);
});
