import type { IncomingMessage, ServerResponse } from 'node:http';
import { App, LogLevel, SocketModeReceiver, subtype, type Context, type Logger } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import pRetry from 'p-retry';
import { findState, HallMonitorError, InternalError, OptionsError, parseOptions, renderBrief, renderMarkdown, scan, severityRank, STATES, toReport, TooLargeError, unreadable, type DocumentReport, type OcrProgress, type Severity } from '../core/index';
import { escape, quietReply, readingScanReply, summaryReply, unreadableReply, warningReply, type Reply } from './blocks';
import type { BotConfig } from './config';
import { DownloadError, downloadPrivate, formatBytes, isSlackFileUrl } from './download';
import { maskFileName } from './file-name';
import { homeView } from './home';
import { ScanPool, type ScanOutcome } from '../workers/scan-pool';
import type { BotStore, ChannelSettings } from './settings';
import { describeError, errorCode, isTransient } from './slack-errors';
import { superviseSocket, type Backoff } from './socket-supervisor';

// Slack delivers one upload twice (file_shared and a file_share message) and retries slow answers:
// one claim per channel and file (and one per message event), kept long enough to outlast the retries.
const CLAIM_TTL_MS = 60 * 60 * 1000;
const SEVERITY_WORDS: readonly Severity[] = ['high', 'medium', 'low'];
// Web API calls ride out a Slack outage of a few minutes (5xx, refused connections): 1, 2, 4 ... 30 s.
const DEFAULT_RETRY = { retries: 10, factor: 2, maxTimeout: 30_000 };
// Slack can lag behind its own events (files.info without the share yet, file_not_found, a 404 download),
// and a download in an outage answers 5xx: 1, 2, 4, 8, then 15 s waits, about 75 s in all.
const DEFAULT_BACKOFF: Backoff = { retries: 8, minTimeout: 1000, maxTimeout: 15_000 };

export interface Bot {
  app: App;
  /** Resolves with the HTTP port in HTTP mode. */
  start(): Promise<number | undefined>;
  stop(): Promise<void>;
}

export interface BotOptions {
  /** Web API retry policy; tests make it short. */
  retryConfig?: { retries: number; minTimeout?: number; maxTimeout?: number; factor?: number };
  /** Waits while Slack catches up with an upload, and between Socket Mode reconnects; tests make them short. */
  backoff?: Backoff;
  logger?: Logger;
}

/** A file upload to answer, and the thread its answer belongs in. */
interface Upload {
  team: string;
  channel: string;
  fileId: string;
  thread: string;
  /** The name the event gave, for a reply when files.info fails. */
  name?: string;
  /** files.info's answer, when the caller already has it. */
  file?: SlackFile;
}

type SlackFile = NonNullable<Awaited<ReturnType<WebClient['files']['info']>>['file']>;

class ShareNotListedError extends HallMonitorError {
  constructor() {
    super('share_not_listed', 'files.info does not list the share yet');
  }
}

export function createBot(config: BotConfig, store: BotStore, options: BotOptions = {}): Bot {
  const logger = options.logger ?? safeLogger();
  const backoff = options.backoff ?? DEFAULT_BACKOFF;
  const scanner = new ScanPool(config.concurrency, { timeoutMs: config.scanTimeoutMs, memoryMb: config.scanMemoryMb });
  const clientOptions = { ...(config.apiUrl ? { slackApiUrl: config.apiUrl } : {}), retryConfig: options.retryConfig ?? DEFAULT_RETRY };
  const health = {
    path: '/healthz',
    method: 'GET',
    handler: (_req: IncomingMessage, res: ServerResponse) => {
      const up = !socket || socket.connected;
      res.writeHead(up ? 200 : 503, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ ok: up, slack: config.appToken ? (up ? 'connected' : 'reconnecting') : 'http' }));
    },
  };
  // Socket Mode's own reconnect is off: superviseSocket reconnects for as long as Slack is merely unreachable.
  const receiver = config.appToken
    ? new SocketModeReceiver({ appToken: config.appToken, logger, autoReconnectEnabled: false, customRoutes: [health], installerOptions: { clientOptions: { ...clientOptions, retryConfig: { retries: 0 } }, port: config.port } })
    : undefined;
  const app = new App({
    token: config.botToken,
    ...(receiver ? { receiver } : { signingSecret: config.signingSecret!, customRoutes: [health] }),
    logger,
    logLevel: LogLevel.INFO,
    deferInitialization: true,
    clientOptions,
  });
  const socket = receiver ? superviseSocket(receiver.client, backoff, logger) : undefined;

  const retrying = <T>(what: () => Promise<T>, retryable: (error: unknown) => boolean) =>
    pRetry(what, { ...backoff, shouldRetry: ({ error }) => retryable(error) });

  /** files.info, tried again while Slack says file_not_found or is down. */
  const fileInfo = async (client: WebClient, fileId: string) =>
    retrying(async () => {
      const { file } = await client.files.info({ file: fileId });
      if (!file) throw new InternalError(fileId);
      return file;
    }, isTransient);

  const isOwn = (user: string | undefined, context: Context) => user !== undefined && (user === context.botUserId || user === context.botId);

  /** Takes the claim for one upload; false when another delivery (or another instance) already has it. */
  const claimUpload = (upload: Pick<Upload, 'channel' | 'fileId'>) => store.claim(`file:${upload.channel}:${upload.fileId}`, CLAIM_TTL_MS);

  async function answerUpload(client: WebClient, upload: Upload, settings: ChannelSettings): Promise<void> {
    const { channel, fileId, thread } = upload;
    let posted = false;
    const post = async (reply: Reply) => {
      await client.chat.postMessage({ channel, thread_ts: thread, ...reply, unfurl_links: false, unfurl_media: false });
      posted = true;
    };
    let name = upload.name ? maskFileName(upload.name) : 'this file';
    try {
      const file = upload.file ?? (await fileInfo(client, fileId));
      name = maskFileName(file.name ?? file.title ?? fileId);
      const url = file.url_private_download;
      if (file.is_external || !url || !isSlackFileUrl(url, config.apiUrl)) {
        await post(warningReply(`${name} is stored outside Slack${file.external_type ? ` (${file.external_type})` : ''}, so Hall Monitor can't read it from here. Upload the file itself to this thread to have it read.`));
        logger.info(`file ${fileId} in ${channel}: external, not downloaded`);
        return;
      }
      // A scan takes a second or more a page: say so at once, then edit that message into the answer.
      let reading: Promise<string | undefined> | undefined;
      const onOcrProgress = ({ read, total }: OcrProgress) => {
        if (read === 0 && !reading)
          reading = client.chat.postMessage({ channel, thread_ts: thread, ...readingScanReply(name, total) }).then(
            (message) => ((posted = true), message.ts),
            () => undefined,
          );
      };
      const outcome = await read(name, file.size, url, settings, onOcrProgress);
      const { report } = outcome;
      const readingTs = await reading;
      const reply = replyFor(report, settings) ?? (readingTs ? quietReply(report) : undefined);
      if (reply && readingTs) await client.chat.update({ channel, ts: readingTs, ...reply });
      else if (reply) await post(reply);
      if (reply) await attachFiles(client, channel, thread, outcome);
      logger.info(`file ${fileId} in ${channel}: ${report.error ? `unreadable (${report.error.code})` : `${report.summary.total} flag(s)`}`);
    } catch (error) {
      logger.error(`file ${fileId} in ${channel} failed: ${describeError(error)}`);
      // Never silence: say why in the thread. Once anything is posted the claim stays, so a retried
      // event or the other delivery of the same upload cannot answer a second time.
      if (!posted) await post(warningReply(`Hall Monitor could not read ${name}: Slack answered ${describeError(error)}.`)).catch(() => undefined);
      if (!posted) await store.release(`file:${channel}:${fileId}`);
    }
  }

  async function read(name: string, size: number | undefined, url: string, settings: ChannelSettings, onOcrProgress: (progress: OcrProgress) => void): Promise<ScanOutcome> {
    try {
      if (size !== undefined && size > config.maxBytes) throw new TooLargeError(name, formatBytes(config.maxBytes));
      const bytes = await retrying(
        () => downloadPrivate(url, config.botToken, name, config.maxBytes),
        (error) => error instanceof DownloadError && error.transient,
      );
      const options = { maxBytes: config.maxBytes, maxOcrPages: config.maxOcrPages, ...(settings.state ? { state: settings.state } : {}) };
      return settings.attachAnnotated
        ? await scanner.scanAndMarkUp(bytes, name, options, onOcrProgress)
        : { report: await scanner.scan(bytes, name, options, onOcrProgress) };
    } catch (error) {
      return { report: unreadable(name, error instanceof HallMonitorError ? error : new InternalError(name)) };
    }
  }

  // The thread reply is cut to fit a phone; the full report (masked, like everything the bot sends) goes
  // beside it as Markdown and as the one-page board brief, so nothing is lost. A channel that asked for it
  // also gets the file itself marked up, to send on to the vendor or the board. The report's source is the
  // masked file name, so no upload's name carries a personal value.
  // The marked-up copy is the document itself: one that holds personal values (a roster, an SSN on a page)
  // would carry them into Slack unmasked, so it stays on the reviewer's machine.
  async function attachFiles(client: WebClient, channel: string, thread: string, outcome: ScanOutcome): Promise<void> {
    const { report, markupError } = outcome;
    const values = report.findings.filter((f) => f.mode === 'value').reduce((n, f) => n + (f.count ?? 1) + (f.also?.length ?? 0), 0);
    const markedUp = values ? undefined : outcome.markedUp;
    const refusal = markupError ?? (values && outcome.markedUp ? `it holds ${values} personal value${values === 1 ? '' : 's'}, which a copy of its pages would post into Slack unmasked. Mark it up on your own computer instead: \`hallmonitor --format annotated-pdf\` or the browser extension's "Download marked-up PDF".` : undefined);
    if (refusal) await client.chat.postMessage({ channel, thread_ts: thread, ...warningReply(`No marked-up copy of ${report.source}: ${refusal}`) });
    const base = report.source.replace(/\.[^.]+$/, '').replace(/[^\w.-]+/g, '-');
    const full = config.attachReport && report.summary.total ? toReport([report]) : undefined;
    const files = [
      ...(full
        ? [
            { file: Buffer.from(renderMarkdown(full)), filename: `${base}-hallmonitor.md` },
            { file: Buffer.from(renderBrief(full)), filename: `${base}-board-brief.html` },
          ]
        : []),
      ...(markedUp ? [{ file: Buffer.from(markedUp.bytes), filename: `${base}-marked-up.${markedUp.format}` }] : []),
    ];
    if (!files.length) return;
    const said = [
      full ? 'Full report: every flag as Markdown, and a one-page board brief to print.' : '',
      markedUp ? `Marked-up copy: each flag is a ${markedUp.format === 'docx' ? 'comment' : 'highlight with a note'} on the passage (what, why, what to ask), and the summary and checklist are on the first page. Personal values are masked in the notes.` : '',
    ];
    await client.filesUploadV2({ channel_id: channel, thread_ts: thread, initial_comment: said.filter(Boolean).join(' '), file_uploads: files });
  }

  function replyFor(report: DocumentReport, settings: ChannelSettings): Reply | undefined {
    if (report.error) return unreadableReply(report);
    const loud = report.findings.filter((f) => severityRank(f.severity) >= severityRank(settings.minSeverity));
    if (!loud.length) return settings.quiet ? undefined : quietReply(report);
    return summaryReply(report, { topRisks: config.topRisks, minSeverity: settings.minSeverity });
  }

  /** The thread of an upload seen only through file_shared, which carries no ts: the share's, once files.info lists it. */
  async function sharedUpload(client: WebClient, fileId: string, channel: string): Promise<{ file: SlackFile; thread: string }> {
    return retrying(async () => {
      const file = await fileInfo(client, fileId);
      const share = file.shares?.public?.[channel]?.[0] ?? file.shares?.private?.[channel]?.[0];
      if (!share?.ts) throw new ShareNotListedError();
      // An upload inside a thread is a reply: its answer belongs under the parent, not under the reply.
      return { file, thread: share.thread_ts ?? share.ts };
    }, (error) => error instanceof ShareNotListedError);
  }

  app.event('file_shared', async ({ event, client, context }) => {
    // Bolt's self-filter reads `user`; file_shared names the uploader in `user_id`, and fires for the bot's own reports.
    if (isOwn(event.user_id, context)) return;
    let shared: { file: SlackFile; thread: string };
    try {
      shared = await sharedUpload(client, event.file_id, event.channel_id);
    } catch (error) {
      // No thread to answer in: the upload's file_share message, which carries it, answers instead.
      return void logger.warn(`file ${event.file_id} in ${event.channel_id}: no thread from file_shared (${describeError(error)}); its file_share message answers it`);
    }
    const upload = { team: context.teamId ?? '', channel: event.channel_id, fileId: event.file_id, ...shared };
    const settings = await store.get(upload.team, upload.channel);
    if (settings.watch && (await claimUpload(upload))) await answerUpload(client, upload, settings);
  });

  app.message(subtype('file_share'), async ({ message, client, context }) => {
    // Bolt drops the bot's own messages by `user`; one carrying only the bot's id is the bot's too.
    if (message.subtype !== 'file_share' || isOwn((message as { bot_id?: string }).bot_id, context)) return;
    const team = context.teamId ?? '';
    const settings = await store.get(team, message.channel);
    if (!settings.watch) return;
    for (const file of message.files ?? []) {
      const upload = { team, channel: message.channel, fileId: file.id, name: file.name ?? undefined, thread: message.thread_ts ?? message.ts };
      if (await claimUpload(upload)) await answerUpload(client, upload, settings);
    }
  });

  // Opt-in per channel: a pasted SSN or roster rows warn the poster privately, values masked.
  app.message(async ({ message, client, context, body }) => {
    if (message.subtype !== undefined || !('text' in message) || !message.text || !('user' in message)) return;
    const settings = await store.get(context.teamId ?? '', message.channel);
    if (!settings.scanMessages) return;
    const values = scan(message.text, { source: 'your message' }).report.findings.filter((f) => f.kind === 'pii' && f.mode === 'value');
    if (!values.length) return;
    // A retried delivery carries the same event_id: one warning per message.
    if (!(await store.claim(`event:${(body as { event_id?: string }).event_id ?? `${message.channel}:${message.ts}`}`, CLAIM_TTL_MS))) return;
    const kinds = [...new Set(values.map((f) => f.category))].join(', ');
    await client.chat.postEphemeral({
      channel: message.channel,
      user: message.user!,
      text: escape(`Your message holds student data (${kinds}): ${values.map((f) => f.quote).join(', ')}. Consider deleting it and sharing through the district's secure channel instead.`),
    });
    logger.info(`message ${message.ts} in ${message.channel}: warned poster about ${values.length} values`);
  });

  /** Workspace admins and owners, and the users named in HALLMONITOR_ADMINS. */
  async function mayChangeSettings(client: WebClient, user: string): Promise<boolean> {
    if (config.admins.includes(user)) return true;
    try {
      const { user: info } = await client.users.info({ user });
      return Boolean(info?.is_admin || info?.is_owner || info?.is_primary_owner);
    } catch (error) {
      logger.error(`users.info for a settings change failed: ${describeError(error)}`);
      return false;
    }
  }

  app.command('/hallmonitor', async ({ command, ack, respond, context, client }) => {
    await ack();
    const text = command.text.trim();
    const team = context.teamId ?? command.team_id;
    const setting = settingChange(text);
    if (!text || /^help$/i.test(text)) return void (await respond({ response_type: 'ephemeral', text: HELP }));
    if (/^settings$/i.test(text)) return void (await respond({ response_type: 'ephemeral', text: `Settings for this channel: ${describeSettings(await store.get(team, command.channel_id))}.` }));
    const state = /^state(?:\s+(.+))?$/i.exec(text);
    if (state) return void (await respond({ response_type: 'ephemeral', text: await changeState(command.user_id, team, command.channel_id, state[1]?.trim(), client) }));
    if (setting) {
      if (!(await mayChangeSettings(client, command.user_id))) return void (await respond({ response_type: 'ephemeral', text: whoMayChange(config.admins) }));
      const now = await store.set(team, command.channel_id, setting);
      return void (await respond({ response_type: 'ephemeral', text: `Settings for this channel: ${describeSettings(now)}.` }));
    }
    const channelSettings = await store.get(team, command.channel_id);
    const report = scan(text, { source: 'your text', ...(channelSettings.state ? { state: channelSettings.state } : {}) }).report;
    await respond({ response_type: 'ephemeral', ...(replyFor(report, { ...(await store.get(team, command.channel_id)), quiet: false }) ?? quietReply(report)) });
  });

  /** `/hallmonitor state NY` (or `off`): checked by core's one option schema, so a typo gets the list of states. */
  async function changeState(user: string, team: string, channel: string, value: string | undefined, client: WebClient): Promise<string> {
    if (!value) return `Settings for this channel: ${describeSettings(await store.get(team, channel))}. Set the state with \`/hallmonitor state NY\`, or \`/hallmonitor state off\` for federal law only.`;
    if (!(await mayChangeSettings(client, user))) return whoMayChange(config.admins);
    let state: string;
    try {
      state = /^off$/i.test(value) ? '' : (parseOptions({ state: value }).state as string);
    } catch (error) {
      if (error instanceof OptionsError) return error.message;
      throw error;
    }
    const now = await store.set(team, channel, { state });
    return `Settings for this channel: ${describeSettings(now)}.`;
  }

  // Someone asked for this scan: it always gets an answer only they see, whatever the case.
  app.shortcut('scan_with_hallmonitor', async ({ shortcut, ack, client, context, respond }) => {
    await ack();
    if (shortcut.type !== 'message_action') return;
    const files = (shortcut.message as { files?: { id: string; name?: string }[] }).files ?? [];
    if (!files.length) return void (await respond({ response_type: 'ephemeral', text: 'This message has no files for Hall Monitor to scan.' }));
    const team = context.teamId ?? '';
    const channel = shortcut.channel.id;
    const thread = shortcut.message.thread_ts ?? shortcut.message.ts;
    const fresh: Upload[] = [];
    for (const file of files) {
      const upload = { team, channel, fileId: file.id, name: file.name, thread };
      if (await claimUpload(upload)) fresh.push(upload);
    }
    // Watching is about files posted without asking; an explicit request is scanned either way.
    const settings = { ...(await store.get(team, channel)), watch: true };
    const already = files.length - fresh.length;
    const said = [
      fresh.length ? `Scanning ${fresh.length === 1 ? 'the file' : `${fresh.length} files`}: the answer will be in this message's thread.` : '',
      already ? `${already === files.length ? (already === 1 ? 'This file was' : 'These files were') : `${already} of them were`} already scanned: the answer is in this message's thread.` : '',
    ];
    await respond({ response_type: 'ephemeral', text: said.filter(Boolean).join(' ') });
    for (const upload of fresh) await answerUpload(client, upload, settings);
  });

  app.event('app_home_opened', async ({ event, client, context }) => {
    await client.views.publish({ user_id: event.user, view: homeView(await store.channels(context.teamId ?? ''), describeSettings) });
  });

  app.error(async (error) => {
    logger.error(`listener failed: ${describeError(error)}`);
  });

  return {
    app,
    async start() {
      await pRetry(() => app.init(), { ...backoff, retries: Number.POSITIVE_INFINITY, shouldRetry: ({ error }) => isTransient(error) });
      try {
        const server: unknown = await app.start({ port: config.port, host: process.env.HOST ?? '0.0.0.0' } as never);
        const address = (server as { address?: () => { port: number } | string | null } | undefined)?.address?.();
        return typeof address === 'object' && address ? address.port : undefined;
      } catch (error) {
        // Slack unreachable at start is an outage like any other: keep trying in the background.
        if (!socket || !isTransient(error)) throw error;
        logger.warn(`Socket Mode could not connect yet: ${describeError(error)}; retrying`);
        void socket.reconnect();
        return undefined;
      }
    },
    async stop() {
      socket?.stop();
      await app.stop();
      await scanner.close();
      await store.close();
    },
  };
}

const SWITCHES: Record<string, keyof ChannelSettings> = { watch: 'watch', messages: 'scanMessages', quiet: 'quiet', 'attach annotated': 'attachAnnotated' };

/** The change a settings command asks for (`watch on`, `attach annotated off`, `min high`), or undefined for any other text. */
function settingChange(text: string): Partial<ChannelSettings> | undefined {
  const min = /^min\s+(high|medium|low)$/i.exec(text);
  if (min) return { minSeverity: min[1]!.toLowerCase() as Severity };
  const toggle = /^(watch|messages|quiet|attach\s+annotated)\s+(on|off)$/i.exec(text);
  if (!toggle) return undefined;
  return { [SWITCHES[toggle[1]!.toLowerCase().replace(/\s+/g, ' ')]!]: toggle[2]!.toLowerCase() === 'on' };
}

function whoMayChange(admins: readonly string[]): string {
  const named = admins.length ? ` and ${admins.map((user) => `<@${user}>`).join(', ')}` : '';
  return `Only workspace admins${named} can change this channel's settings. Ask one of them; \`/hallmonitor settings\` shows the current ones.`;
}

export function describeSettings(s: ChannelSettings): string {
  return [
    `watching files ${s.watch ? 'on' : 'off'}`,
    `posting ${s.minSeverity === 'low' ? 'every flag' : `${s.minSeverity} flags and above`}`,
    `message warnings ${s.scanMessages ? 'on' : 'off'}`,
    `quiet mode ${s.quiet ? 'on' : 'off'}`,
    `marked-up copies ${s.attachAnnotated ? 'on' : 'off'}`,
    `state law ${s.state ? (findState(s.state)?.name ?? s.state) : 'none (federal only)'}`,
  ].join(', ');
}

const HELP = [
  '*Hall Monitor* reads every file posted in channels it is invited to and answers in the thread with the student-data risks it found: what data the file holds or asks for, the riskiest clauses with quotes, and the missing protections. Personal values are always masked.',
  '`/hallmonitor <text>`: scan pasted text (only you see the answer)',
  '`/hallmonitor settings`: show this channel\'s settings',
  'Workspace admins (and the users in HALLMONITOR_ADMINS) can change them:',
  '`/hallmonitor watch on|off`: scan files posted in this channel',
  '`/hallmonitor min high|medium|low`: post only flags at or above this severity',
  '`/hallmonitor messages on|off`: privately warn people who paste student data in a message',
  '`/hallmonitor quiet on|off`: say nothing about files with no flags',
  '`/hallmonitor attach annotated on|off`: also post a marked-up copy of each PDF or Word file (a highlight or comment with a note on each flag); a file that holds personal values gets none',
  `\`/hallmonitor state NY\`: add a state's student-privacy law to the protections checklist (${STATES.map((st) => st.id).join(', ')}), or \`state off\` for federal law only`,
  `Severities: ${SEVERITY_WORDS.join(', ')}. Hall Monitor is not legal advice.`,
].join('\n');

/** Logs ids, counts and error codes only: Bolt's own messages can carry request bodies, so they are cut to their first line. */
export function safeLogger(): Logger {
  let level = LogLevel.INFO;
  const order = [LogLevel.DEBUG, LogLevel.INFO, LogLevel.WARN, LogLevel.ERROR];
  const write = (at: LogLevel, parts: unknown[]) => {
    if (order.indexOf(at) < order.indexOf(level)) return;
    const line = parts.map((p) => (typeof p === 'string' ? p.split('\n')[0] : errorCode(p))).join(' ');
    process.stderr.write(`[hallmonitor] ${at}: ${line.slice(0, 300)}\n`);
  };
  return {
    debug: (...parts) => write(LogLevel.DEBUG, parts),
    info: (...parts) => write(LogLevel.INFO, parts),
    warn: (...parts) => write(LogLevel.WARN, parts),
    error: (...parts) => write(LogLevel.ERROR, parts),
    setLevel: (next) => void (level = next),
    getLevel: () => level,
    setName: () => undefined,
  };
}
