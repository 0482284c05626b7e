import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createBot, type Bot } from '../../bot/bot';
import type { BotConfig } from '../../bot/config';
import { fileStore } from '../../bot/settings';
import { scanFile, SEVERITIES, type DocumentReport } from '../../core/index';
import { strFromU8, unzipSync } from 'fflate';
import { docxFile, encryptedPdf, ownerLockedPdf, pdfFile, xlsxFile } from '../fixtures/files';
import { pdfAnnotations } from '../fixtures/readers';
import { imagePdf, pageImages } from '../fixtures/scans';
import { APP_TOKEN, BOT_TOKEN, botConfig, eventEnvelope, SlackStandIn, signedHeaders, TEAM, type HostedFile } from './slack-stand-in';

const SSN = '512-44-8830';
const ADMIN = 'U0ADMIN';
const BIRTHDATE = '04/17/2012';
const CHANNEL = 'C0BOARD';
const MAX_BYTES = 512 * 1024;

const slack = new SlackStandIn();
let bot: Bot;
let events: string;
let eventCount = 0;
const config = (overrides: Partial<BotConfig> = {}) => botConfig(slack, { maxBytes: MAX_BYTES, ...overrides });

async function post(payload: unknown, headers: Record<string, string> = {}): Promise<Response> {
  const body = JSON.stringify(payload);
  return fetch(events, { method: 'POST', headers: { 'content-type': 'application/json', ...signedHeaders(body), ...headers }, body });
}

function fileShared(file: HostedFile): Record<string, unknown> {
  return eventEnvelope({ type: 'file_shared', file_id: file.id, user_id: 'U0STAFF', channel_id: file.channel, event_ts: file.ts }, `Ev${++eventCount}`);
}

function fileShareMessage(file: HostedFile): Record<string, unknown> {
  return eventEnvelope(
    { type: 'message', subtype: 'file_share', channel: file.channel, user: 'U0STAFF', ts: file.ts, text: '', files: [{ id: file.id, name: file.name }] },
    `Ev${++eventCount}`,
  );
}

let nextFile = 0;
function hostFile(name: string, bytes: Uint8Array, extra: Partial<HostedFile> = {}): HostedFile {
  const file: HostedFile = { id: `F${String(++nextFile).padStart(4, '0')}`, name, bytes, channel: CHANNEL, ts: `1764000000.${String(nextFile).padStart(6, '0')}`, ...extra };
  slack.host(file);
  return file;
}

const repliesTo = (file: HostedFile) => slack.callsTo('chat.postMessage').filter((c) => c.args.thread_ts === file.ts);
const replyText = (file: HostedFile) => repliesTo(file).map((c) => `${c.args.text}\n${c.args.blocks ?? ''}`).join('\n');
async function oneReply(file: HostedFile): Promise<string> {
  await vi.waitFor(() => expect(repliesTo(file)).toHaveLength(1), { timeout: 30_000, interval: 100 });
  return replyText(file);
}
const countsLine = (doc: DocumentReport) => SEVERITIES.filter((s) => doc.summary.bySeverity[s]).map((s) => `${doc.summary.bySeverity[s]} ${s}`).join(' · ');

beforeAll(async () => {
  await slack.start();
  const c = config();
  bot = createBot(c, await fileStore(c.settingsFile), { retryConfig: { retries: 2, minTimeout: 10, maxTimeout: 50 } });
  const port = await bot.start();
  events = `http://127.0.0.1:${port}/slack/events`;
});

afterAll(async () => {
  await bot?.stop();
  await slack.stop();
});

describe('Slack bot over HTTP against the stand-in', () => {
  const agreementLines = [
    'DATA SHARING AGREEMENT between the Lakeview School District (the "District") and Brightpath Analytics LLC ("Provider").',
    'The Provider shall own all data it receives under this Agreement.',
    `Student: Ana Ruiz, SSN ${SSN}, DOB ${BIRTHDATE}, grade 6.`,
  ];
  const files = {
    pdf: async () => hostFile('agreement.pdf', await pdfFile([agreementLines])),
    docx: async () => hostFile('agreement.docx', await docxFile(agreementLines)),
    xlsx: async () => hostFile('roster.xlsx', await xlsxFile([['Student Name', 'DOB', 'SSN'], ['Ana Ruiz', BIRTHDATE, SSN], ['Ben Ode', '11/30/2011', '402-11-7305']])),
    csv: async () => hostFile('roster.csv', readFileSync(new URL('../../examples/roster.csv', import.meta.url))),
    text: async () => hostFile('mou.md', readFileSync(new URL('../../examples/hamden-style-mou.md', import.meta.url))),
  };

  it.each(Object.keys(files) as (keyof typeof files)[])('answers a %s upload in its thread with the same counts as the CLI, values masked', async (kind) => {
    const file = await files[kind]();
    const response = await post(fileShared(file));
    expect(response.status).toBe(200);
    const reply = await oneReply(file);
    const cli = await scanFile(file.bytes, file.name);
    expect(cli.error).toBeUndefined();
    expect(reply).toContain(countsLine(cli));
    expect(reply).toContain(`Hall Monitor: ${file.name}`);
    const download = slack.callsTo('files.info').find((c) => c.args.file === file.id);
    expect(download?.token).toBe(BOT_TOKEN);
  });

  it('says at once that it is reading a scanned upload, then edits that message into the answer', { timeout: 120_000 }, async () => {
    const scanned = await imagePdf(await pageImages(await pdfFile([agreementLines.slice(0, 2), agreementLines.slice(2)])));
    const file = hostFile('signed-agreement.pdf', scanned);
    await post(fileShared(file));
    const reading = await oneReply(file);
    expect(reading).toContain('Reading a scanned document (2 pages) with OCR: signed-agreement.pdf');
    await vi.waitFor(() => expect(slack.callsTo('chat.update').filter((c) => c.args.channel === CHANNEL && String(c.args.text).includes(file.name))).toHaveLength(1), { timeout: 90_000, interval: 200 });
    const update = slack.callsTo('chat.update').find((c) => String(c.args.text).includes(file.name))!;
    // the edit lands on the message the bot posted, and is the full answer
    const answer = JSON.parse(String(update.args.blocks)) as { text?: { text: string }; elements?: { text: string }[] }[];
    const text = answer.map((b) => b.text?.text ?? b.elements?.map((e) => e.text).join(' ') ?? '').join('\n');
    expect(update.args.ts).toBe(slack.posted.find((p) => p.args.thread_ts === file.ts)!.ts);
    expect(text).toMatch(/Pages 1-2 were scanned images, read with OCR \(confidence \d+%\)/);
    expect(text).toContain('Recipient owns the data');
    expect(text).toContain('Birthdates');
    expect(repliesTo(file)).toHaveLength(1);
  });

  it('attaches the full report, Markdown and board brief, in the thread', () => {
    const mou = slack.callsTo('files.completeUploadExternal').filter((c) => String(c.args.files).includes('mou-hallmonitor.md'));
    expect(mou).toHaveLength(1);
    expect(slack.uploads.find((u) => u.name === 'mou-hallmonitor.md')?.body).toContain('Recipient owns the data');
    expect(slack.uploads.find((u) => u.name === 'mou-board-brief.html')?.body).toContain('Questions to ask');
  });

  it('never sends a raw SSN or birthdate to Slack', () => {
    const sent = JSON.stringify(slack.calls.filter((c) => c.method !== 'files.info')) + slack.uploads.map((u) => u.body).join('\n');
    for (const value of [SSN, BIRTHDATE, '402-11-7305', '402117305']) expect(sent).not.toContain(value);
  });

  it.each([
    ['an encrypted PDF', () => hostFile('locked.pdf', encryptedPdf()), /password-protected/],
    ['a corrupt PDF', () => hostFile('broken.pdf', new TextEncoder().encode('%PDF-1.7\n this is not a pdf')), /looks damaged/],
    ['a file over the size limit', () => hostFile('huge.txt', new Uint8Array(MAX_BYTES + 10).fill(65)), /larger than the limit of 512 KB/],
    ['a file Slack under-reports, caught while downloading', () => hostFile('sneaky.txt', new Uint8Array(MAX_BYTES + 10).fill(66), { size: 100 }), /larger than the limit/],
  ])('explains %s in plain words instead of staying silent', async (_, make, reason) => {
    const file = make();
    await post(fileShared(file));
    expect(await oneReply(file)).toMatch(reason);
  });

  it('answers one upload once, though Slack sends two events and retries', async () => {
    const file = hostFile('notes.txt', new TextEncoder().encode(`Please file the SSN ${SSN} for the new student.`));
    const responses = await Promise.all([post(fileShared(file)), post(fileShareMessage(file)), post(fileShared(file), { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' })]);
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200]);
    await oneReply(file);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(repliesTo(file)).toHaveLength(1);
  });

  it('waits out a 429 from Slack and still posts exactly once', async () => {
    slack.rateLimitNext = 1;
    const file = hostFile('later.txt', new TextEncoder().encode('The District will provide student names and birthdates to the Provider.'));
    await post(fileShareMessage(file));
    await oneReply(file);
    expect(slack.rateLimitNext).toBe(0);
  });

  it('rejects a request with a bad signature and calls nothing', async () => {
    const before = slack.calls.length;
    const body = JSON.stringify(fileShared(hostFile('x.txt', new TextEncoder().encode('hello'))));
    const response = await fetch(events, { method: 'POST', headers: { 'content-type': 'application/json', ...signedHeaders(body, 'wrong-secret') }, body });
    expect(response.status).toBe(401);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(slack.calls.length).toBe(before);
  });

  it('scans pasted text with /hallmonitor and answers only the poster, masked', async () => {
    const answer = await command('cmd1', CHANNEL, `Student SSN: ${SSN}, date of birth ${BIRTHDATE}`);
    expect(answer).toContain('ephemeral');
    expect(answer).toContain('***-**-8830');
    expect(answer).not.toContain(SSN);
  });
});

/** Posts a signed slash command, as Slack does, and returns what the bot sent to its response_url. */
async function command(id: string, channel: string, text: string, user = ADMIN): Promise<string> {
  const form = new URLSearchParams({
    command: '/hallmonitor',
    text,
    team_id: TEAM,
    channel_id: channel,
    user_id: user,
    response_url: `http://127.0.0.1:${slack.port}/respond/${id}`,
    trigger_id: `t-${id}`,
  }).toString();
  const response = await fetch(events, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', ...signedHeaders(form) }, body: form });
  expect(response.status).toBe(200);
  await vi.waitFor(() => expect(slack.responses.some((r) => r.url === `/respond/${id}`)).toBe(true), { timeout: 10_000 });
  return slack.responses.find((r) => r.url === `/respond/${id}`)!.body;
}

describe('message warnings, the message shortcut and App Home', () => {
  const WATCHED = 'C0MSGSON';
  const message = (channel: string, ts: string, text: string) =>
    eventEnvelope({ type: 'message', channel, channel_type: 'channel', user: 'U0TEACHER', ts, text }, `Ev${++eventCount}`);
  const warningsIn = (channel: string) => slack.callsTo('chat.postEphemeral').filter((c) => c.args.channel === channel);

  it('warns only the poster, with values masked, and only in channels that opted in', async () => {
    expect(await command('msg-on', WATCHED, 'messages on')).toContain('message warnings on');
    const pasted = `Can someone update the roster? Maya Chen, SSN ${SSN}, born ${BIRTHDATE}`;
    await post(message(CHANNEL, '1764000100.000001', pasted));
    await post(message(WATCHED, '1764000100.000002', pasted));
    await post(message(WATCHED, '1764000100.000003', 'The board meets on Tuesday at 7 in the library.'));
    await vi.waitFor(() => expect(warningsIn(WATCHED)).toHaveLength(1), { timeout: 10_000 });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(warningsIn(WATCHED)).toHaveLength(1);
    expect(warningsIn(CHANNEL)).toHaveLength(0);
    const warning = warningsIn(WATCHED)[0]!.args;
    expect(warning.user).toBe('U0TEACHER');
    expect(String(warning.text)).toContain('***-**-8830');
    expect(JSON.stringify(warning)).not.toContain(SSN);
    expect(JSON.stringify(warning)).not.toContain(BIRTHDATE);
  });

  it('scans the files of a message when someone uses "Scan with Hall Monitor"', async () => {
    const file = hostFile('forwarded.md', readFileSync(new URL('../../examples/hamden-style-mou.md', import.meta.url)));
    const payload = {
      type: 'message_action',
      callback_id: 'scan_with_hallmonitor',
      trigger_id: 'shortcut-1',
      team: { id: TEAM, domain: 'standin' },
      channel: { id: CHANNEL, name: 'board' },
      user: { id: 'U0STAFF', name: 'staff' },
      message_ts: file.ts,
      message: { type: 'message', ts: file.ts, user: 'U0STAFF', text: 'the MOU', files: [{ id: file.id, name: file.name }] },
      response_url: `http://127.0.0.1:${slack.port}/respond/shortcut-1`,
    };
    const form = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
    const response = await fetch(events, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', ...signedHeaders(form) }, body: form });
    expect(response.status).toBe(200);
    expect(await oneReply(file)).toContain('Recipient owns the data');
  });

  it('shows what it does and each channel\'s own settings in App Home', async () => {
    await post(eventEnvelope({ type: 'app_home_opened', user: 'U0STAFF', channel: 'D0HOME', tab: 'home', event_ts: '1764000200.000001' }, `Ev${++eventCount}`));
    await vi.waitFor(() => expect(slack.callsTo('views.publish')).toHaveLength(1), { timeout: 10_000 });
    const published = slack.callsTo('views.publish')[0]!.args;
    expect(published.user_id).toBe('U0STAFF');
    const view = String(published.view);
    expect(view).toContain('I read agreements, rosters and spreadsheets');
    expect(view).toContain(`<#${WATCHED}>: watching files on, posting every flag, message warnings on`);
  });
});

describe('/hallmonitor attach annotated: the marked-up copy in the thread', () => {
  const MARKUP = 'C0MARKUP';
  const lines = [
    'DATA SHARING AGREEMENT between the Lakeview School District (the "District") and Brightpath Analytics LLC ("Provider").',
    'The Provider shall own all data it receives under this Agreement.',
    'The District will send each student\'s name, date of birth and grade.',
  ];
  // A page that holds a student's values: a copy of it would post them into Slack.
  const withValues = [...lines, `Student: Ana Ruiz, SSN ${SSN}, DOB ${BIRTHDATE}, grade 6.`];
  // A file name about one student: the uploaded copy's name must not carry it.
  const PERSONAL = `Maya Chen SSN ${SSN} agreement`;
  const uploadsIn = (thread: string) => {
    const ids = slack.callsTo('files.completeUploadExternal').filter((c) => c.args.thread_ts === thread).flatMap((c) => (JSON.parse(String(c.args.files)) as { id: string }[]).map((f) => f.id));
    return [...slack.files.values()].filter((f) => ids.includes(f.id));
  };
  async function markedUpCopy(file: HostedFile): Promise<HostedFile> {
    await post(fileShared(file));
    await vi.waitFor(() => expect(uploadsIn(file.ts).some((f) => f.name.includes('-marked-up.'))).toBe(true), { timeout: 30_000, interval: 100 });
    return uploadsIn(file.ts).find((f) => f.name.includes('-marked-up.'))!;
  }

  it('is off until an admin turns it on, and the settings say so', async () => {
    expect(await command('markup-settings', MARKUP, 'settings')).toContain('marked-up copies off');
    expect(await command('markup-staff', MARKUP, 'attach annotated on', 'U0STAFF')).toContain('Only workspace admins');
    expect(await command('markup-on', MARKUP, 'attach annotated on')).toContain('marked-up copies on');
    expect(await command('markup-help', MARKUP, 'help')).toContain('/hallmonitor attach annotated on|off');
  });

  it('uploads a PDF with a highlight and note per flag, under a masked name', async () => {
    const file = hostFile(`${PERSONAL}.pdf`, await pdfFile([lines]), { channel: MARKUP });
    const copy = await markedUpCopy(file);
    expect(copy.name).toMatch(/-marked-up\.pdf$/);
    for (const part of [SSN, 'Maya', 'Chen']) expect(copy.name).not.toContain(part);
    const { annotations } = await pdfAnnotations(copy.bytes);
    const highlights = annotations.filter((a) => a.subtype === 'Highlight');
    const report = await scanFile(file.bytes, file.name);
    expect(highlights.length).toBeGreaterThanOrEqual(report.findings.filter((f) => f.span).length);
    expect(highlights.map((h) => h.contents).join('\n')).toContain('Recipient owns the data');
    expect(annotations.find((a) => a.subtype === 'Text')?.contents).toContain('Hall Monitor review');
    const comment = slack.callsTo('files.completeUploadExternal').find((c) => c.args.thread_ts === file.ts)!.args.initial_comment;
    expect(comment).toContain('Marked-up copy');
  });

  it('uploads a Word file with one comment per flag', async () => {
    const file = hostFile('agreement.docx', await docxFile(lines), { channel: MARKUP });
    const copy = await markedUpCopy(file);
    expect(copy.name).toBe('agreement-marked-up.docx');
    const comments = strFromU8(unzipSync(copy.bytes)['word/comments.xml']!);
    expect(comments).toContain('Recipient owns the data');
  });

  it('keeps a file that holds personal values off Slack, and says why in the thread', async () => {
    for (const file of [
      hostFile('roster-letter.pdf', await pdfFile([withValues]), { channel: MARKUP }),
      hostFile('roster-letter.docx', await docxFile(withValues), { channel: MARKUP }),
    ]) {
      await post(fileShared(file));
      await vi.waitFor(() => expect(replyText(file)).toContain(`No marked-up copy of ${file.name}`), { timeout: 30_000, interval: 100 });
      expect(replyText(file)).toMatch(/personal values?, which a copy of its pages would post into Slack/);
      expect(uploadsIn(file.ts).map((f) => f.name).join(' ')).not.toContain('marked-up');
      expect(uploadsIn(file.ts).some((f) => f.name.endsWith('-hallmonitor.md'))).toBe(true);
    }
  });

  it('says in the thread why a PDF it read could not be marked up', async () => {
    const file = hostFile('owner-locked.pdf', ownerLockedPdf(lines), { channel: MARKUP });
    await post(fileShared(file));
    await vi.waitFor(() => expect(replyText(file)).toContain('No marked-up copy of owner-locked.pdf'), { timeout: 30_000, interval: 100 });
    expect(replyText(file)).toMatch(/password-protected or encrypted/);
    expect(uploadsIn(file.ts).some((f) => f.name.includes('marked-up'))).toBe(false);
  });

  it('uploads no copy of a file that is neither PDF nor Word, nor in a channel that has it off', async () => {
    const text = hostFile('notes.md', readFileSync(new URL('../../examples/hamden-style-mou.md', import.meta.url)), { channel: MARKUP });
    const off = hostFile('agreement.pdf', await pdfFile([lines]));
    await post(fileShared(text));
    await post(fileShared(off));
    for (const file of [text, off]) await vi.waitFor(() => expect(uploadsIn(file.ts).length).toBeGreaterThan(0), { timeout: 30_000, interval: 100 });
    for (const file of [text, off]) expect(uploadsIn(file.ts).map((f) => f.name).join(' ')).not.toContain('marked-up');
  });
});

describe('Slack bot in Socket Mode against the stand-in', () => {
  it('connects with the app token, acknowledges the envelope and answers in the thread', async () => {
    const c = config({ appToken: APP_TOKEN, signingSecret: undefined });
    const socketBot = createBot(c, await fileStore(c.settingsFile), { retryConfig: { retries: 0 } });
    await socketBot.start();
    try {
      const file = hostFile('socket-mou.md', readFileSync(new URL('../../examples/hamden-style-mou.md', import.meta.url)));
      slack.sendOverSocket(fileShared(file), 'env-1');
      const reply = await oneReply(file);
      expect(reply).toContain('Recipient owns the data');
      expect(slack.acks).toContainEqual({ envelope_id: 'env-1', payload: {} });
      expect(slack.callsTo('apps.connections.open').at(-1)?.token).toBe(APP_TOKEN);
    } finally {
      await socketBot.stop();
    }
  });
});
