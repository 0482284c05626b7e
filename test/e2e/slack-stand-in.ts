// A local stand-in for Slack's Web API, file downloads and Socket Mode, on 127.0.0.1: it speaks the real
// wire protocol (form-encoded POST /api/<method>, Bearer tokens, 302 to a sign-in page, WebSocket frames)
// so the real Bolt app runs against it unchanged. See ../shared/notes/slack-bot-against-local-stand-in.md.
import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WebSocketServer, type WebSocket } from 'ws';
import type { BotConfig } from '../../bot/config';

export interface ApiCall {
  method: string;
  args: Record<string, unknown>;
  token?: string;
}

export interface HostedFile {
  id: string;
  name: string;
  bytes: Uint8Array;
  channel: string;
  ts: string;
  /** What files.info claims; defaults to the real size. */
  size?: number;
  /** Uploaded as a reply inside this thread (the parent's ts). */
  thread?: string;
  /** Who uploaded it; the bot's own reports are U0BOT's. */
  user?: string;
  /** files.info leaves the share out this many times: Slack says the share can lag behind file_shared. */
  shareLagCalls?: number;
  /** files.info answers file_not_found this many times first, as right after an upload. */
  notFoundCalls?: number;
  /** The download answers with these statuses first, one each (404 right after an upload, 5xx in an outage). */
  downloadFailures?: number[];
  /** A Google Drive link shared in Slack: files.info gives its URL on that host, and no download URL. */
  externalUrl?: string;
  /** files.info refuses with this error (`missing_scope`, needing files:read). */
  refuse?: string;
}

/** Slack's published limits, enforced as Slack does: the call fails with invalid_blocks / invalid_arguments. */
const LIMITS = { messageBlocks: 50, viewBlocks: 100, sectionText: 3000, headerText: 150 };
const ADMINS = new Set(['U0ADMIN']);
export const BOT_USER = 'U0BOT';
export const BOT_ID = 'B0BOT';

export const BOT_TOKEN = 'xoxb-stand-in';
export const APP_TOKEN = 'xapp-stand-in';
export const SIGNING_SECRET = 'stand-in-secret';
export const TEAM = 'T0STANDIN';

export class SlackStandIn {
  readonly calls: ApiCall[] = [];
  /** Raw bodies of file downloads and respond() posts, to prove nothing left unmasked. */
  readonly responses: { url: string; body: string }[] = [];
  readonly files = new Map<string, HostedFile>();
  /** Answer this many chat.postMessage calls with 429 and Retry-After before accepting. */
  rateLimitNext = 0;
  /** Files the bot uploaded (files.uploadV2's second step), by name: the bytes as sent, and as text. */
  readonly uploads: { name: string; body: string; bytes: Uint8Array }[] = [];
  private uploadNames = new Map<string, string>();
  /** The calls answered with 429. */
  readonly refused: ApiCall[] = [];
  /** Messages accepted by chat.postMessage, with the ts each was given (what chat.update then names). */
  readonly posted: { ts: string; args: Record<string, string> }[] = [];
  private server!: Server;
  private sockets = new WebSocketServer({ noServer: true });
  private socket?: WebSocket;
  readonly acks: unknown[] = [];
  /** Socket Mode connections accepted (a reconnect adds one). */
  socketConnections = 0;
  port = 0;
  /** Where events go, as Slack sends them (set by the test: the events URL or the socket). */
  deliver?: (envelope: Record<string, unknown>) => Promise<void> | void;
  /** Slack is down: every Web API call and download answers 503 while this is set. */
  outage = false;
  /** The WebSocket URL endpoint (apps.connections.open) is down: it answers 503, and the open socket is dropped. */
  private socketOutage = false;
  /** Refuse this many report uploads (files.getUploadURLExternal) with a Slack error. */
  refuseUploads = 0;
  /** Calls rejected for breaking Slack's limits. */
  readonly rejected: ApiCall[] = [];
  private uploadBytes = new Map<string, Uint8Array>();
  /** The `length` each upload URL was asked for with: Slack takes that many bytes. */
  private uploadLengths = new Map<string, number>();

  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api/`;
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => void this.handle(req, res));
    this.server.on('upgrade', (req, socket, head) =>
      this.sockets.handleUpgrade(req, socket, head, (ws) => {
        this.socket = ws;
        this.socketConnections++;
        ws.on('message', (data) => this.acks.push(JSON.parse(String(data))));
        ws.send(JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A0STANDIN' } }));
      }),
    );
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    this.socket?.terminate();
    this.sockets.close();
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }

  /** Drops the Socket Mode connection and refuses new WebSocket URLs until `endSocketOutage`. */
  startSocketOutage(): void {
    this.socketOutage = true;
    this.socket?.terminate();
  }

  endSocketOutage(): void {
    this.socketOutage = false;
  }

  host(file: HostedFile): void {
    this.files.set(file.id, file);
  }

  callsTo(method: string): ApiCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Sends an Events API envelope over the Socket Mode connection, as Slack does. */
  sendOverSocket(payload: unknown, envelopeId: string): void {
    this.socket!.send(JSON.stringify({ envelope_id: envelopeId, type: 'events_api', accepts_response_payload: false, retry_attempt: 0, retry_reason: '', payload }));
  }

  private async handle(req: IncomingMessage, res: import('node:http').ServerResponse): Promise<void> {
    const raw = await readBody(req);
    const body = raw.toString('utf8');
    const url = new URL(req.url!, `http://127.0.0.1:${this.port}`);
    const token = req.headers.authorization?.replace(/^Bearer /, '');
    if (this.outage && !url.pathname.startsWith('/respond/')) return json(res, 503, { ok: false, error: 'service_unavailable' });
    if (url.pathname.startsWith('/files-pri/')) return this.download(url, token, res);
    if (url.pathname.startsWith('/upload/')) {
      const id = url.pathname.slice(8);
      // The upload URL takes the raw bytes or a multipart form, of the length promised to
      // files.getUploadURLExternal; anything else is refused.
      const bytes = uploadedFile(raw, req.headers['content-type']);
      if (!bytes || this.uploadLengths.get(id) !== bytes.byteLength) return void res.writeHead(400, { 'content-type': 'text/plain' }).end('bad upload');
      this.uploads.push({ name: this.uploadNames.get(id) ?? '', body: Buffer.from(bytes).toString('utf8'), bytes });
      this.uploadBytes.set(id, bytes);
      res.writeHead(200, { 'content-type': 'text/plain' });
      return void res.end(`OK - ${raw.byteLength}`);
    }
    if (url.pathname.startsWith('/respond/')) {
      this.responses.push({ url: url.pathname, body });
      return json(res, 200, { ok: true });
    }
    const method = url.pathname.replace(/^\/api\//, '');
    const args = Object.fromEntries(new URLSearchParams(body));
    this.calls.push({ method, args, token });
    if (token !== BOT_TOKEN && !(method === 'apps.connections.open' && token === APP_TOKEN)) return json(res, 200, { ok: false, error: 'invalid_auth' });
    switch (method) {
      case 'auth.test':
        return json(res, 200, { ok: true, url: 'https://standin.slack.com/', team: 'Stand-in', user: 'hallmonitor', team_id: TEAM, user_id: BOT_USER, bot_id: BOT_ID });
      case 'apps.connections.open':
        if (this.socketOutage) return json(res, 503, { ok: false, error: 'service_unavailable' });
        return json(res, 200, { ok: true, url: `ws://127.0.0.1:${this.port}/link/?ticket=t1` });
      case 'files.info': {
        const file = this.files.get(String(args.file));
        if (file?.refuse) return json(res, 200, { ok: false, error: file.refuse, needed: 'files:read', provided: 'chat:write' });
        if (!file || (file.notFoundCalls ?? 0) > 0) {
          if (file) file.notFoundCalls!--;
          return json(res, 200, { ok: false, error: 'file_not_found' });
        }
        const lagging = (file.shareLagCalls ?? 0) > 0;
        if (lagging) file.shareLagCalls!--;
        const share = { ts: file.ts, ...(file.thread ? { thread_ts: file.thread } : {}) };
        const where = file.externalUrl
          ? { is_external: true, external_type: 'gdrive', url_private: file.externalUrl }
          : {
              url_private: `http://127.0.0.1:${this.port}/files-pri/${TEAM}-${file.id}/${encodeURIComponent(file.name)}`,
              url_private_download: `http://127.0.0.1:${this.port}/files-pri/${TEAM}-${file.id}/download/${encodeURIComponent(file.name)}`,
            };
        return json(res, 200, {
          ok: true,
          file: { id: file.id, name: file.name, title: file.name, user: file.user ?? 'U0STAFF', size: file.size ?? file.bytes.byteLength, ...where, shares: lagging ? {} : { public: { [file.channel]: [share] } } },
        });
      }
      case 'users.info':
        return json(res, 200, { ok: true, user: { id: args.user, is_admin: ADMINS.has(String(args.user)), is_owner: false } });
      case 'views.publish': {
        const blocks = (JSON.parse(String(args.view)) as { blocks: Block[] }).blocks;
        if (blocks.length > LIMITS.viewBlocks || !withinTextLimits(blocks)) return this.reject(res, 'invalid_arguments');
        return json(res, 200, { ok: true });
      }
      case 'files.getUploadURLExternal': {
        if (this.refuseUploads > 0) {
          this.refuseUploads--;
          return json(res, 200, { ok: false, error: 'not_in_channel' });
        }
        // filename and length are required (length: the size in bytes of the file being uploaded).
        const length = Number(args.length);
        if (!args.filename || !args.length || !Number.isInteger(length) || length < 0) return this.reject(res, 'invalid_arguments');
        const id = `FUP${this.uploadNames.size + 1}`;
        this.uploadNames.set(id, String(args.filename));
        this.uploadLengths.set(id, length);
        return json(res, 200, { ok: true, upload_url: `http://127.0.0.1:${this.port}/upload/${id}`, file_id: id });
      }
      case 'files.completeUploadExternal': {
        const uploaded = JSON.parse(String(args.files ?? '[]')) as { id: string; title?: string }[];
        json(res, 200, { ok: true, files: uploaded });
        // Slack shares the bot's own upload like any other: file_shared fires for it, naming the bot in
        // user_id, and so does its file_share message.
        for (const { id } of uploaded) this.shareBotUpload(id, String(args.channel_id), args.thread_ts ? String(args.thread_ts) : undefined);
        return;
      }
      case 'chat.update':
        if (!withinMessageLimits(args)) return this.reject(res, 'invalid_blocks');
        return json(res, 200, { ok: true, channel: args.channel, ts: args.ts, text: args.text });
      case 'chat.postMessage':
        if (!withinMessageLimits(args)) return this.reject(res, 'invalid_blocks');
        if (this.rateLimitNext > 0) {
          this.rateLimitNext--;
          this.refused.push(this.calls.at(-1)!);
          res.setHeader('retry-after', '1');
          return json(res, 429, { ok: false, error: 'ratelimited' });
        }
        this.posted.push({ ts: `${Date.now() / 1000}`, args });
        return json(res, 200, { ok: true, channel: args.channel, ts: this.posted.at(-1)!.ts });
      default:
        return json(res, 200, { ok: true });
    }
  }

  private reject(res: import('node:http').ServerResponse, error: string): void {
    this.rejected.push(this.calls.at(-1)!);
    json(res, 200, { ok: false, error });
  }

  private shareBotUpload(id: string, channel: string, thread: string | undefined): void {
    const ts = `${Date.now() / 1000}`;
    this.host({ id, name: this.uploadNames.get(id) ?? id, bytes: this.uploadBytes.get(id) ?? new Uint8Array(), channel, ts, thread, user: BOT_USER });
    void this.deliver?.(eventEnvelope({ type: 'file_shared', file_id: id, user_id: BOT_USER, channel_id: channel, event_ts: ts }, `EvBot-${id}`));
    const message = { type: 'message', subtype: 'file_share', channel, user: BOT_USER, bot_id: BOT_ID, ts, ...(thread ? { thread_ts: thread } : {}), text: '', files: [{ id }] };
    void this.deliver?.(eventEnvelope(message, `EvBotMessage-${id}`));
  }

  private download(url: URL, token: string | undefined, res: import('node:http').ServerResponse): void {
    // Real Slack answers a bad token with a redirect to an HTML sign-in page.
    if (token !== BOT_TOKEN) {
      res.writeHead(302, { location: `http://127.0.0.1:${this.port}/signin` });
      return void res.end();
    }
    const id = url.pathname.split('/')[2]!.split('-').at(-1)!;
    const file = this.files.get(id);
    if (!file) return void res.writeHead(404).end();
    const failure = file.downloadFailures?.shift();
    if (failure) return void res.writeHead(failure).end();
    res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(file.bytes.byteLength) });
    res.end(Buffer.from(file.bytes));
  }
}

interface Block {
  type: string;
  text?: { text: string };
  elements?: { text?: string }[];
}

function withinTextLimits(blocks: Block[]): boolean {
  return blocks.every((b) => (b.type === 'header' ? (b.text?.text.length ?? 0) <= LIMITS.headerText : (b.text?.text.length ?? 0) <= LIMITS.sectionText));
}

function withinMessageLimits(args: Record<string, unknown>): boolean {
  const blocks = args.blocks ? (JSON.parse(String(args.blocks)) as Block[]) : [];
  return blocks.length <= LIMITS.messageBlocks && withinTextLimits(blocks);
}

/** The file in an upload's body: the body itself, or the one part of a multipart form (how @slack/web-api sends a Buffer). */
function uploadedFile(raw: Buffer, contentType = ''): Uint8Array | undefined {
  const boundary = /^multipart\/form-data;.*boundary=("?)([^";]+)\1/i.exec(contentType)?.[2];
  if (!boundary) return new Uint8Array(raw);
  const start = raw.indexOf(`--${boundary}\r\n`);
  const headersEnd = raw.indexOf('\r\n\r\n', start);
  const end = raw.indexOf(`\r\n--${boundary}`, headersEnd);
  if (start < 0 || headersEnd < 0 || end < 0) return undefined;
  return new Uint8Array(raw.subarray(headersEnd + 4, end));
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
  });
}

function json(res: import('node:http').ServerResponse, status: number, value: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(value));
}

/** Signs an Events API request body the way Slack does (v0 HMAC-SHA256 of "v0:timestamp:body"). */
export function signedHeaders(body: string, secret = SIGNING_SECRET, ts = Math.floor(Date.now() / 1000)): Record<string, string> {
  const signature = `v0=${createHmac('sha256', secret).update(`v0:${ts}:${body}`).digest('hex')}`;
  return { 'x-slack-signature': signature, 'x-slack-request-timestamp': String(ts) };
}

/** Posts an Events API payload to the bot, signed as Slack signs it; retries carry Slack's retry headers. */
export async function postSigned(url: string, payload: unknown, retry?: { num: number; reason: string }): Promise<Response> {
  const body = JSON.stringify(payload);
  const headers = { 'content-type': 'application/json', ...signedHeaders(body), ...(retry ? { 'x-slack-retry-num': String(retry.num), 'x-slack-retry-reason': retry.reason } : {}) };
  return fetch(url, { method: 'POST', headers, body });
}

/** The envelope Slack wraps every event in. */
export function eventEnvelope(event: Record<string, unknown>, eventId: string): Record<string, unknown> {
  return {
    type: 'event_callback',
    team_id: TEAM,
    api_app_id: 'A0STANDIN',
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    event,
    authorizations: [{ team_id: TEAM, user_id: BOT_USER, is_bot: true, is_enterprise_install: false, enterprise_id: null }],
  };
}

/** The bot's configuration for a test against this stand-in: HTTP mode on a free port, a fresh settings file. */
export function botConfig(slack: SlackStandIn, overrides: Partial<BotConfig> = {}): BotConfig {
  return {
    botToken: BOT_TOKEN,
    signingSecret: SIGNING_SECRET,
    apiUrl: slack.apiUrl,
    port: 0,
    maxBytes: 2 ** 20,
    scanTimeoutMs: 30_000,
    scanMemoryMb: 1024,
    maxOcrPages: 50,
    concurrency: 2,
    settingsFile: join(mkdtempSync(join(tmpdir(), 'hm-bot-')), 'settings.json'),
    topRisks: 5,
    attachReport: true,
    admins: [],
    ...overrides,
  };
}
