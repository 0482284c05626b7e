// The real Bolt app against the stand-in taught the ways real Slack differs from a tidy one: file_shared for
// the bot's own uploads, external files, shares that lag, uploads inside threads, 404s and 5xx that clear,
// retried events, limits on views, and an outage of the WebSocket URL endpoint.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createBot, type Bot } from '../../bot/bot';
import type { BotConfig } from '../../bot/config';
import { fileStore, type BotStore } from '../../bot/settings';
import { APP_TOKEN, botConfig, eventEnvelope, postSigned, SlackStandIn, signedHeaders, TEAM, type HostedFile } from './slack-stand-in';

const SSN = '512-44-8830';
const CHANNEL = 'C0BEHAVE';
const MOU = readFileSync(new URL('../../examples/hamden-style-mou.md', import.meta.url));
const SHORT_BACKOFF = { retries: 4, minTimeout: 20, maxTimeout: 100 };

const slack = new SlackStandIn();
const logged: string[] = [];
const logger = {
  debug: () => undefined,
  info: (...parts: unknown[]) => void logged.push(parts.join(' ')),
  warn: (...parts: unknown[]) => void logged.push(parts.join(' ')),
  error: (...parts: unknown[]) => void logged.push(parts.join(' ')),
  setLevel: () => undefined,
  getLevel: () => 'info' as never,
  setName: () => undefined,
};
let bot: Bot;
let store: BotStore;
let events: string;
let nextId = 0;

async function startBot(overrides: Partial<BotConfig> = {}): Promise<{ bot: Bot; store: BotStore; port?: number }> {
  const config = botConfig(slack, { maxBytes: 512 * 1024, admins: ['U0CLERK'], ...overrides });
  const botStore = await fileStore(config.settingsFile);
  const started = createBot(config, botStore, { retryConfig: { retries: 2, minTimeout: 10, maxTimeout: 50 }, backoff: SHORT_BACKOFF, logger });
  return { bot: started, store: botStore, port: await started.start() };
}

function hostFile(name: string, bytes: Uint8Array, extra: Partial<HostedFile> = {}): HostedFile {
  const n = ++nextId;
  const file: HostedFile = { id: `FB${String(n).padStart(4, '0')}`, name, bytes, channel: CHANNEL, ts: `1765000000.${String(n).padStart(6, '0')}`, ...extra };
  slack.host(file);
  return file;
}

const fileShared = (file: HostedFile) =>
  eventEnvelope({ type: 'file_shared', file_id: file.id, user_id: 'U0STAFF', channel_id: file.channel, event_ts: file.ts }, `EvB${++nextId}`);
const fileShareMessage = (file: HostedFile) =>
  eventEnvelope(
    { type: 'message', subtype: 'file_share', channel: file.channel, user: 'U0STAFF', ts: file.ts, ...(file.thread ? { thread_ts: file.thread } : {}), text: '', files: [{ id: file.id, name: file.name }] },
    `EvB${++nextId}`,
  );
const postsIn = (thread: string) => slack.callsTo('chat.postMessage').filter((c) => c.args.thread_ts === thread);
const settle = () => new Promise((resolve) => setTimeout(resolve, 800));

async function oneAnswer(thread: string): Promise<string> {
  await vi.waitFor(() => expect(postsIn(thread).length).toBeGreaterThan(0), { timeout: 20_000, interval: 50 });
  await settle();
  expect(postsIn(thread)).toHaveLength(1);
  const { args } = postsIn(thread)[0]!;
  return `${args.text}\n${args.blocks ?? ''}`;
}

async function form(body: Record<string, string>): Promise<void> {
  const encoded = new URLSearchParams(body).toString();
  const response = await fetch(events, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', ...signedHeaders(encoded) }, body: encoded });
  expect(response.status).toBe(200);
}

/** A signed slash command; resolves with what the bot sent to its response_url. */
async function command(channel: string, text: string, user: string): Promise<string> {
  const id = `cmd-${++nextId}`;
  await form({ command: '/hallmonitor', text, team_id: TEAM, channel_id: channel, user_id: user, response_url: `http://127.0.0.1:${slack.port}/respond/${id}`, trigger_id: id });
  return responseTo(id);
}

async function shortcut(channel: string, message: Record<string, unknown>): Promise<string> {
  const id = `sc-${++nextId}`;
  const payload = {
    type: 'message_action', callback_id: 'scan_with_hallmonitor', trigger_id: id, team: { id: TEAM, domain: 'standin' }, channel: { id: channel, name: 'board' },
    user: { id: 'U0STAFF', name: 'staff' }, message_ts: message.ts, message: { type: 'message', user: 'U0STAFF', ...message }, response_url: `http://127.0.0.1:${slack.port}/respond/${id}`,
  };
  await form({ payload: JSON.stringify(payload) });
  return responseTo(id);
}

async function responseTo(id: string): Promise<string> {
  await vi.waitFor(() => expect(slack.responses.some((r) => r.url === `/respond/${id}`)).toBe(true), { timeout: 10_000, interval: 50 });
  return slack.responses.find((r) => r.url === `/respond/${id}`)!.body;
}

beforeAll(async () => {
  await slack.start();
  const started = await startBot();
  ({ bot, store } = started);
  events = `http://127.0.0.1:${started.port}/slack/events`;
  slack.deliver = async (envelope) => void (await postSigned(events, envelope));
});

afterAll(async () => {
  await bot?.stop();
  await slack.stop();
});

describe('1. its own uploads', () => {
  it('never scans the reports it attached, though file_shared fires for them', async () => {
    const file = hostFile('mou.md', MOU);
    await postSigned(events, fileShared(file));
    await vi.waitFor(() => expect(slack.callsTo('files.completeUploadExternal').some((c) => c.args.thread_ts === file.ts)).toBe(true), { timeout: 20_000 });
    await vi.waitFor(() => expect([...slack.files.values()].filter((f) => f.user === 'U0BOT').length).toBeGreaterThanOrEqual(2), { timeout: 5_000 });
    await settle();
    const ownIds = [...slack.files.values()].filter((f) => f.user === 'U0BOT').map((f) => f.id);
    expect(slack.callsTo('files.info').filter((c) => ownIds.includes(String(c.args.file)))).toEqual([]);
    expect(postsIn(file.ts)).toHaveLength(1);
    expect(slack.callsTo('files.completeUploadExternal')).toHaveLength(1);
  });
});

describe('2. only Slack gets the token', () => {
  let drive: Server;
  const seen: { authorization?: string }[] = [];
  beforeAll(async () => {
    drive = createServer((req, res) => {
      seen.push({ authorization: req.headers.authorization });
      res.writeHead(200, { 'content-type': 'text/plain' }).end(`A shared doc. SSN ${SSN}.`);
    });
    await new Promise<void>((resolve) => drive.listen(0, '127.0.0.1', resolve));
  });
  afterAll(() => new Promise((resolve) => drive.close(resolve)));

  it('answers an external file in its thread without fetching it, and sends the token nowhere but Slack', async () => {
    // `localhost` is another host than the stand-in's 127.0.0.1, as drive.google.com is to files.slack.com
    const file = hostFile('Budget plan', new Uint8Array(), { externalUrl: `http://localhost:${(drive.address() as AddressInfo).port}/document/d/1x` });
    await postSigned(events, fileShared(file));
    const answer = await oneAnswer(file.ts);
    expect(answer).toContain('stored outside Slack');
    expect(answer).toContain('Upload the file itself');
    expect(seen).toEqual([]);
  });
});

describe('3. Slack outages', () => {
  it('reconnects Socket Mode after its WebSocket URL endpoint was down, and answers what comes next', async () => {
    const { bot: socketBot } = await startBot({ appToken: APP_TOKEN, signingSecret: undefined });
    try {
      await vi.waitFor(() => expect(slack.socketConnections).toBeGreaterThan(0), { timeout: 10_000 });
      const connections = slack.socketConnections;
      const opened = slack.callsTo('apps.connections.open').length;
      slack.startSocketOutage();
      // several failed attempts: the bot keeps trying, with growing waits, and its process stays up
      await vi.waitFor(() => expect(slack.callsTo('apps.connections.open').length).toBeGreaterThanOrEqual(opened + 4), { timeout: 20_000 });
      slack.endSocketOutage();
      await vi.waitFor(() => expect(slack.socketConnections).toBe(connections + 1), { timeout: 20_000 });
      const file = hostFile('after-outage.md', MOU);
      slack.sendOverSocket(fileShared(file), 'env-after-outage');
      expect(await oneAnswer(file.ts)).toContain('Recipient owns the data');
      expect(logged.some((line) => /reconnect attempt \d+ failed: slack_webapi_http_error/.test(line))).toBe(true);
    } finally {
      await socketBot.stop();
    }
  });

  it('answers a health check', async () => {
    const response = await fetch(events.replace('/slack/events', '/healthz'));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, slack: 'http' });
  });
});

describe('4. the right thread, exactly once', () => {
  it('waits for files.info to list a lagging share instead of answering top-level', async () => {
    const file = hostFile('lagging.md', MOU, { shareLagCalls: 3 });
    const before = slack.callsTo('chat.postMessage').filter((c) => !c.args.thread_ts).length;
    await postSigned(events, fileShared(file));
    expect(await oneAnswer(file.ts)).toContain('Recipient owns the data');
    expect(slack.callsTo('chat.postMessage').filter((c) => !c.args.thread_ts)).toHaveLength(before);
    expect(slack.callsTo('files.completeUploadExternal').find((c) => String(c.args.files).includes('lagging'))?.args.thread_ts).toBe(file.ts);
  });

  it('answers an upload inside a thread under that thread, not under the reply', async () => {
    const file = hostFile('in-thread.md', MOU, { thread: '1765000000.999999' });
    await postSigned(events, fileShared(file));
    expect(await oneAnswer(file.thread!)).toContain('Recipient owns the data');
    expect(postsIn(file.ts)).toEqual([]);
  });

  it('keeps its claim when the report upload fails after the reply, so the file_share message posts nothing more', async () => {
    slack.refuseUploads = 1;
    const file = hostFile('upload-fails.md', MOU);
    const uploadsBefore = slack.callsTo('files.getUploadURLExternal').length;
    await postSigned(events, fileShared(file));
    await vi.waitFor(() => expect(postsIn(file.ts)).toHaveLength(1), { timeout: 20_000 });
    await vi.waitFor(() => expect(slack.callsTo('files.getUploadURLExternal').length).toBeGreaterThan(uploadsBefore), { timeout: 10_000 });
    await settle();
    await postSigned(events, fileShareMessage(file));
    await oneAnswer(file.ts);
  });

  it('tries again while Slack says file_not_found, and while the download answers 404 and 503', async () => {
    const file = hostFile('not-yet.md', MOU, { notFoundCalls: 2, downloadFailures: [404, 503] });
    await postSigned(events, fileShared(file));
    expect(await oneAnswer(file.ts)).toContain('Recipient owns the data');
  });

  it('says in the thread why a file it never finds could not be read', async () => {
    const file = hostFile('gone.md', MOU, { notFoundCalls: 1000 });
    await postSigned(events, fileShareMessage(file));
    expect(await oneAnswer(file.ts)).toContain('could not read gone.md: Slack answered file_not_found');
  });

  it('warns about a pasted SSN once, though Slack retries the event', async () => {
    expect(await command(CHANNEL, 'messages on', 'U0ADMIN')).toContain('message warnings on');
    const envelope = eventEnvelope({ type: 'message', channel: CHANNEL, channel_type: 'channel', user: 'U0TEACHER', ts: '1765000100.000001', text: `New student SSN ${SSN}` }, 'EvRetried');
    await postSigned(events, envelope);
    await postSigned(events, envelope, { num: 1, reason: 'http_timeout' });
    await vi.waitFor(() => expect(slack.callsTo('chat.postEphemeral').filter((c) => c.args.user === 'U0TEACHER')).toHaveLength(1), { timeout: 10_000 });
    await settle();
    expect(slack.callsTo('chat.postEphemeral').filter((c) => c.args.user === 'U0TEACHER')).toHaveLength(1);
  });
});

describe('5. the message shortcut always answers', () => {
  it('says when the message has no files', async () => {
    expect(await shortcut(CHANNEL, { ts: '1765000200.000001', text: 'no files here' })).toContain('no files for Hall Monitor to scan');
  });

  it('says when the file was already scanned', async () => {
    const file = hostFile('scanned-before.md', MOU);
    await postSigned(events, fileShared(file));
    await oneAnswer(file.ts);
    expect(await shortcut(CHANNEL, { ts: file.ts, files: [{ id: file.id }] })).toContain('already scanned: the answer is in this message');
    await settle();
    expect(postsIn(file.ts)).toHaveLength(1);
  });

  it('scans on request where watching is off, and says so', async () => {
    const quiet = 'C0NOWATCH';
    expect(await command(quiet, 'watch off', 'U0ADMIN')).toContain('watching files off');
    const file = hostFile('asked-for.md', MOU, { channel: quiet });
    await postSigned(events, fileShared(file));
    await settle();
    expect(postsIn(file.ts)).toEqual([]);
    const said = await shortcut(quiet, { ts: file.ts, files: [{ id: file.id }] });
    expect(said).toContain('ephemeral');
    expect(said).toContain('Scanning the file');
    expect(await oneAnswer(file.ts)).toContain('Recipient owns the data');
  });
});

describe('6. personal values in file names, and escaping', () => {
  it('masks a file name everywhere the bot writes it, and escapes it in the text fallback', async () => {
    const file = hostFile('<!channel> Maya Chen SSN 512-44-8830.md', MOU);
    await postSigned(events, fileShared(file));
    const answer = await oneAnswer(file.ts);
    await vi.waitFor(() => expect(slack.callsTo('files.completeUploadExternal').some((c) => c.args.thread_ts === file.ts)).toBe(true), { timeout: 10_000 });
    expect(answer).toContain('M*** C*** SSN ***-**-8830');
    const reply = postsIn(file.ts)[0]!.args;
    expect(String(reply.text)).toContain('&lt;!channel&gt;');
    expect(String(reply.text)).not.toContain('<!channel>');
    // Slack parses mentions in `text` and in mrkdwn; a plain_text header shows them as typed
    const blocks = JSON.parse(String(reply.blocks)) as { type: string; text?: { type: string; text: string } }[];
    for (const mrkdwn of [String(reply.text), ...blocks.filter((b) => b.text?.type === 'mrkdwn').map((b) => b.text!.text)]) expect(mrkdwn).not.toContain('<!channel>');
    const said = JSON.stringify(slack.calls.filter((c) => c.method !== 'files.info').map((c) => c.args));
    // the attached reports are files, where Slack parses no mentions; they hold no personal value either
    for (const value of [SSN, 'Maya Chen', 'Maya']) expect(said + JSON.stringify(slack.uploads)).not.toContain(value);
  });
});

describe('7. Slack limits', () => {
  it('keeps App Home under Slack\'s limits with 400 channels configured', async () => {
    for (let i = 0; i < 400; i++) await store.set(TEAM, `C${String(i).padStart(8, '0')}`, { quiet: true });
    await postSigned(events, eventEnvelope({ type: 'app_home_opened', user: 'U0STAFF', channel: 'D0HOME', tab: 'home', event_ts: '1765000300.000001' }, 'EvHome'));
    await vi.waitFor(() => expect(slack.callsTo('views.publish')).toHaveLength(1), { timeout: 10_000 });
    expect(slack.rejected).toEqual([]);
    const view = String(slack.callsTo('views.publish')[0]!.args.view);
    expect(view).toContain('<#C00000000>: watching files on');
    expect(view).toContain('<#C00000399>: watching files on');
  });
});

describe('8. logs name the Slack error and what to do', () => {
  it('logs missing_scope with the scope to add, and says in the thread that the file could not be read', async () => {
    const file = hostFile('no-scope.md', MOU, { refuse: 'missing_scope' });
    await postSigned(events, fileShareMessage(file));
    expect(await oneAnswer(file.ts)).toContain('could not read no-scope.md');
    expect(logged).toContainEqual(`file ${file.id} in ${CHANNEL} failed: missing_scope: add files:read in the app's OAuth & Permissions page, then reinstall the app`);
  });
});

describe('9. who may change settings', () => {
  it('refuses a channel member, says who can, and lets HALLMONITOR_ADMINS and workspace admins', async () => {
    const channel = 'C0GUARDED';
    const refused = await command(channel, 'watch off', 'U0STAFF');
    expect(refused).toContain('Only workspace admins and <@U0CLERK> can change');
    expect((await store.get(TEAM, channel)).watch).toBe(true);
    expect(await command(channel, 'messages on', 'U0CLERK')).toContain('message warnings on');
    expect(await command(channel, 'min high', 'U0ADMIN')).toContain('posting high flags and above');
    expect(await command(channel, 'settings', 'U0STAFF')).toContain('watching files on, posting high flags and above, message warnings on');
  });
});

describe('10. a channel chooses its state law', () => {
  it('sets the state with /hallmonitor state NY, refuses an unknown one with the list, and checks the next file under it', async () => {
    const channel = 'C0NEWYORK';
    expect(await command(channel, 'state NY', 'U0STAFF')).toContain('Only workspace admins');
    expect(await command(channel, 'state Atlantis', 'U0ADMIN')).toContain('No checklist for the state \\"Atlantis\\". Choose one of CA (California)');
    expect(await command(channel, 'state ny', 'U0ADMIN')).toContain('state law New York');
    expect((await store.get(TEAM, channel)).state).toBe('NY');
    const file = hostFile('vendor-dpa.md', readFileSync(new URL('../fixtures/states/ny.md', import.meta.url)), { channel });
    await postSigned(events, fileShared(file));
    const answer = await oneAnswer(file.ts);
    expect(answer).toContain('Checked against federal law and New York');
    expect(answer).toContain('New York Parents');
    expect(await command(channel, 'state off', 'U0ADMIN')).toContain('state law none (federal only)');
  });
});
