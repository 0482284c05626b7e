import { App, LogLevel, subtype, type Logger } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { HallMonitorError, InternalError, renderBrief, renderMarkdown, scan, severityRank, toReport, TooLargeError, unreadable, type DocumentReport, type OcrProgress, type Severity } from '../core/index';
import { quietReply, readingScanReply, summaryReply, unreadableReply, type Reply } from './blocks';
import type { BotConfig } from './config';
import { downloadPrivate, formatBytes } from './download';
import { homeView } from './home';
import { ScanPool } from '../workers/scan-pool';
import type { ChannelSettings, SettingsStore } from './settings';

// Slack delivers one upload twice (file_shared and a file_share message) and retries slow answers:
// one claim per channel and file, taken before the first await, kept long enough to outlast the retries.
const CLAIM_TTL_MS = 60 * 60 * 1000;
const SEVERITY_WORDS: readonly Severity[] = ['high', 'medium', 'low'];

export interface Bot {
  app: App;
  /** Resolves with the HTTP port in HTTP mode. */
  start(): Promise<number | undefined>;
  stop(): Promise<void>;
}

export interface BotOptions {
  /** Web API retry policy; tests make it short. */
  retryConfig?: { retries: number; minTimeout?: number; maxTimeout?: number; factor?: number };
  logger?: Logger;
}

export function createBot(config: BotConfig, store: SettingsStore, options: BotOptions = {}): Bot {
  const logger = options.logger ?? safeLogger();
  const scanner = new ScanPool(config.concurrency, { timeoutMs: config.scanTimeoutMs, memoryMb: config.scanMemoryMb });
  const claims = new Map<string, number>();
  const app = new App({
    token: config.botToken,
    ...(config.appToken ? { appToken: config.appToken, socketMode: true } : { signingSecret: config.signingSecret! }),
    logger,
    logLevel: LogLevel.INFO,
    deferInitialization: true,
    clientOptions: { ...(config.apiUrl ? { slackApiUrl: config.apiUrl } : {}), retryConfig: options.retryConfig ?? { retries: 5, factor: 2 } },
  });

  const claim = (key: string): boolean => {
    const now = Date.now();
    for (const [k, at] of claims) if (now - at > CLAIM_TTL_MS) claims.delete(k);
    if (claims.has(key)) return false;
    claims.set(key, now);
    return true;
  };

  async function handleFile(client: WebClient, team: string, channel: string, fileId: string, threadTs?: string): Promise<void> {
    const key = `${channel}:${fileId}`;
    if (!claim(key)) return;
    try {
      const settings = await store.get(team, channel);
      if (!settings.watch) return;
      const { file } = await client.files.info({ file: fileId });
      if (!file) throw new InternalError(fileId);
      const name = file.name ?? file.title ?? fileId;
      const ts = threadTs ?? file.shares?.public?.[channel]?.[0]?.ts ?? file.shares?.private?.[channel]?.[0]?.ts;
      const thread = ts ? { thread_ts: ts } : {};
      // A scan takes a second or more a page: say so at once, then edit that message into the answer.
      let reading: Promise<string | undefined> | undefined;
      const onOcrProgress = ({ read, total }: OcrProgress) => {
        if (read === 0 && !reading)
          reading = client.chat.postMessage({ channel, ...thread, ...readingScanReply(name, total) }).then((posted) => posted.ts, () => undefined);
      };
      const report = await read(name, file.size, file.url_private_download ?? file.url_private, onOcrProgress);
      const readingTs = await reading;
      const reply = replyFor(report, settings) ?? (readingTs ? quietReply(report) : undefined);
      if (reply && readingTs) await client.chat.update({ channel, ts: readingTs, ...reply });
      else if (reply) await client.chat.postMessage({ channel, ...thread, ...reply, unfurl_links: false, unfurl_media: false });
      if (reply && config.attachReport && report.summary.total) await attachFullReport(client, channel, ts, report);
      logger.info(`file ${fileId} in ${channel}: ${report.error ? `unreadable (${report.error.code})` : `${report.summary.total} flag(s)`}`);
    } catch (error) {
      // Let Slack's retry (or a repost) try again: nothing was said in the thread.
      claims.delete(key);
      logger.error(`file ${fileId} in ${channel} failed: ${errorCode(error)}`);
    }
  }

  async function read(name: string, size: number | undefined, url: string | undefined, onOcrProgress: (progress: OcrProgress) => void): Promise<DocumentReport> {
    try {
      if (size !== undefined && size > config.maxBytes) throw new TooLargeError(name, formatBytes(config.maxBytes));
      if (!url) throw new InternalError(name);
      const bytes = await downloadPrivate(url, config.botToken, name, config.maxBytes);
      return await scanner.scan(bytes, name, { maxBytes: config.maxBytes, maxOcrPages: config.maxOcrPages }, onOcrProgress);
    } catch (error) {
      return unreadable(name, error instanceof HallMonitorError ? error : new InternalError(name));
    }
  }

  // The thread reply is cut to fit a phone; the full report (masked, like everything the bot sends) goes
  // beside it as Markdown and as the one-page board brief, so nothing is lost.
  async function attachFullReport(client: WebClient, channel: string, ts: string | undefined, report: DocumentReport): Promise<void> {
    const base = report.source.replace(/\.[^.]+$/, '').replace(/[^\w.-]+/g, '-');
    const full = toReport([report]);
    await client.filesUploadV2({
      channel_id: channel,
      ...(ts ? { thread_ts: ts } : {}),
      initial_comment: 'Full report: every flag as Markdown, and a one-page board brief to print.',
      file_uploads: [
        { file: Buffer.from(renderMarkdown(full)), filename: `${base}-hallmonitor.md` },
        { file: Buffer.from(renderBrief(full)), filename: `${base}-board-brief.html` },
      ],
    });
  }

  function replyFor(report: DocumentReport, settings: ChannelSettings): Reply | undefined {
    if (report.error) return unreadableReply(report);
    const loud = report.findings.filter((f) => severityRank(f.severity) >= severityRank(settings.minSeverity));
    if (!loud.length) return settings.quiet ? undefined : quietReply(report);
    return summaryReply(report, { topRisks: config.topRisks, minSeverity: settings.minSeverity });
  }

  app.event('file_shared', async ({ event, client, context }) => {
    await handleFile(client, context.teamId ?? '', event.channel_id, event.file_id);
  });

  app.message(subtype('file_share'), async ({ message, client, context }) => {
    if (message.subtype !== 'file_share') return;
    for (const file of message.files ?? []) await handleFile(client, context.teamId ?? '', message.channel, file.id, message.thread_ts ?? message.ts);
  });

  // Opt-in per channel: a pasted SSN or roster rows warn the poster privately, values masked.
  app.message(async ({ message, client, context }) => {
    if (message.subtype !== undefined || !('text' in message) || !message.text || !('user' in message)) return;
    const settings = await store.get(context.teamId ?? '', message.channel);
    if (!settings.scanMessages) return;
    const values = scan(message.text, { source: 'your message' }).report.findings.filter((f) => f.kind === 'pii' && f.mode === 'value');
    if (!values.length) return;
    const kinds = [...new Set(values.map((f) => f.category))].join(', ');
    await client.chat.postEphemeral({
      channel: message.channel,
      user: message.user!,
      text: `Your message holds student data (${kinds}): ${values.map((f) => f.quote).join(', ')}. Consider deleting it and sharing through the district's secure channel instead.`,
    });
    logger.info(`message ${message.ts} in ${message.channel}: warned poster about ${values.length} values`);
  });

  app.command('/hallmonitor', async ({ command, ack, respond, context }) => {
    await ack();
    const text = command.text.trim();
    const team = context.teamId ?? command.team_id;
    const setting = /^(watch|messages|quiet)\s+(on|off)$|^min\s+(high|medium|low)$/i.exec(text);
    if (!text || /^help$/i.test(text)) return void (await respond({ response_type: 'ephemeral', text: HELP }));
    if (setting) {
      const change: Partial<ChannelSettings> = setting[3]
        ? { minSeverity: setting[3].toLowerCase() as Severity }
        : { [setting[1]!.toLowerCase() === 'messages' ? 'scanMessages' : setting[1]!.toLowerCase()]: setting[2]!.toLowerCase() === 'on' };
      const now = await store.set(team, command.channel_id, change);
      return void (await respond({ response_type: 'ephemeral', text: `Settings for this channel: ${describeSettings(now)}.` }));
    }
    const report = scan(text, { source: 'your text' }).report;
    await respond({ response_type: 'ephemeral', ...(replyFor(report, { ...(await store.get(team, command.channel_id)), quiet: false }) ?? quietReply(report)) });
  });

  app.shortcut('scan_with_hallmonitor', async ({ shortcut, ack, client, context }) => {
    await ack();
    if (shortcut.type !== 'message_action') return;
    const files = (shortcut.message as { files?: { id: string }[] }).files ?? [];
    for (const file of files) await handleFile(client, context.teamId ?? '', shortcut.channel.id, file.id, shortcut.message.thread_ts ?? shortcut.message.ts);
  });

  app.event('app_home_opened', async ({ event, client, context }) => {
    await client.views.publish({ user_id: event.user, view: homeView(await store.channels(context.teamId ?? ''), describeSettings) });
  });

  app.error(async (error) => {
    logger.error(`listener failed: ${errorCode(error)}`);
  });

  return {
    app,
    async start() {
      await app.init();
      const server: unknown = await app.start({ port: config.port, host: process.env.HOST ?? '0.0.0.0' } as never);
      const address = (server as { address?: () => { port: number } | string | null } | undefined)?.address?.();
      return typeof address === 'object' && address ? address.port : undefined;
    },
    async stop() {
      await app.stop();
      await scanner.close();
    },
  };
}

export function describeSettings(s: ChannelSettings): string {
  return [
    `watching files ${s.watch ? 'on' : 'off'}`,
    `posting ${s.minSeverity === 'low' ? 'every flag' : `${s.minSeverity} flags and above`}`,
    `message warnings ${s.scanMessages ? 'on' : 'off'}`,
    `quiet mode ${s.quiet ? 'on' : 'off'}`,
  ].join(', ');
}

const HELP = [
  '*Hall Monitor* reads every file posted in channels it is invited to and answers in the thread with the student-data risks it found: what data the file holds or asks for, the riskiest clauses with quotes, and the missing protections. Personal values are always masked.',
  '`/hallmonitor <text>`: scan pasted text (only you see the answer)',
  '`/hallmonitor watch on|off`: scan files posted in this channel',
  '`/hallmonitor min high|medium|low`: post only flags at or above this severity',
  '`/hallmonitor messages on|off`: privately warn people who paste student data in a message',
  '`/hallmonitor quiet on|off`: say nothing about files with no flags',
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

function errorCode(error: unknown): string {
  if (error instanceof HallMonitorError) return error.code;
  if (error && typeof error === 'object' && 'code' in error) return String((error as { code: unknown }).code);
  return error instanceof Error ? error.name : 'unknown';
}
