// Two bot processes (`npm run bot`) in HTTP mode behind one address, sharing one real Redis, as a district would run them:
// 200 files across 10 channels, each delivered twice (file_shared and its file_share message) to whichever
// instance the balancer picks, some retried by Slack, some inside threads, some with lagging shares, through
// 429s and a 60-second Slack outage in the middle.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { freePort, testRedis } from './redis';
import { BOT_TOKEN, eventEnvelope, postSigned, SIGNING_SECRET, SlackStandIn, type HostedFile } from './slack-stand-in';

const FILES = 200;
const CHANNELS = 10;
const OUTAGE_MS = 60_000;
const ROOT = resolve(import.meta.dirname, '../..');
const slack = new SlackStandIn();
const bots: ChildProcess[] = [];
const logs: string[][] = [[], []];
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

/** `npm run bot` as production runs it: its own process, configured by its environment alone. */
async function startBot(i: number, redisUrl: string): Promise<string> {
  const port = await freePort();
  const env = {
    ...process.env, SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: slack.apiUrl, PORT: String(port), HOST: '127.0.0.1',
    HALLMONITOR_REDIS_URL: redisUrl, HALLMONITOR_TOP_RISKS: '3', HALLMONITOR_ATTACH_REPORT: 'off', HALLMONITOR_CONCURRENCY: '1',
  };
  const bot = spawn(process.execPath, [resolve(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'bot/app.ts'], { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'pipe'] });
  bots.push(bot);
  bot.stderr!.on('data', (chunk: Buffer) => logs[i]!.push(...String(chunk).split('\n').filter(Boolean)));
  await vi.waitFor(() => expect(logs[i]!.join('\n')).toContain(`listening on port ${port}`), { timeout: 60_000, interval: 200 });
  return `http://127.0.0.1:${port}/slack/events`;
}

beforeAll(async () => {
  redis = await testRedis();
  await slack.start();
  // a database of this test's own, emptied: no claim left from an earlier run
  const url = `${redis.url}/7`;
  const client = new Redis(url);
  await client.flushdb();
  await client.quit();
  const targets = await Promise.all([0, 1].map((i) => startBot(i, url)));
  balancer = await startBalancer(targets);
  address = `http://127.0.0.1:${(balancer.address() as AddressInfo).port}/slack/events`;
}, 120_000);

afterAll(async () => {
  await Promise.all(bots.map((bot) => new Promise((done) => (bot.once('exit', done), bot.kill('SIGTERM')))));
  await new Promise((done) => balancer?.close(done));
  await slack.stop();
  await redis?.stop();
});

describe('two bot processes on one Redis under load', () => {
  it(`answers ${FILES} files across ${CHANNELS} channels exactly once each, in the right threads, through retries, 429s and a 60 s outage`, async () => {
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
    // the bots' own retries wait up to 30 s between tries, so the last answers come some time after Slack is back
    await vi.waitFor(() => expect(files.filter((f) => repliesTo(f).length === 0).map((f) => f.id)).toEqual([]), { timeout: 240_000, interval: 500 });
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    for (const file of files) expect(repliesTo(file), file.id).toHaveLength(1);
    // exactly one reply per file, none top-level, none under a thread reply's own ts
    expect(slack.posted).toHaveLength(FILES);
    expect(slack.posted.filter((p) => !p.args.thread_ts)).toEqual([]);
    expect(slack.rateLimitNext).toBe(0);
    // both processes answered files, and neither logged a failure it did not recover from
    for (const log of logs) expect(log.filter((line) => /info: file FL\d+ in C\d+: \d+ flag/.test(line)).length).toBeGreaterThan(20);
    expect(logs.flat().filter((line) => line.includes('failed:'))).toEqual([]);
    expect(bots.map((bot) => bot.exitCode)).toEqual([null, null]);
  }, 420_000);
});
