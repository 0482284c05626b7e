import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createBot } from '../../bot/bot';
import { fileStore } from '../../bot/settings';
import { pdfFile } from '../fixtures/files';
import { imagePdf, pageImages } from '../fixtures/scans';
import { launchWithExtension, serve } from './extension-context';
import { botConfig, eventEnvelope, SlackStandIn, signedHeaders } from './slack-stand-in';

// Canary values: if any of these shows up in a log, in anything sent to Slack, in extension storage or in
// a network request, a student's data leaked. They appear nowhere else in the project.
const CANARIES = { ssn: '219-55-0174', studentId: '7734019281', birthdate: '03/09/2011', name: 'Maria Lopez' };
const LINES = [
  'DATA SHARING AGREEMENT between the Lakeview School District (the "District") and Brightpath Analytics LLC ("Provider").',
  'The Provider may share student data with its affiliates and advertising partners.',
  `Our student ${CANARIES.name} was absent on Monday.`,
  `Student SSN: ${CANARIES.ssn}. SASID ${CANARIES.studentId}. DOB: ${CANARIES.birthdate}.`,
];
const TEXT = LINES.join('\n');
const ROOT = resolve(import.meta.dirname, '../..');

function expectNoCanary(where: string, haystack: string): void {
  for (const [kind, value] of Object.entries(CANARIES)) expect(haystack, `${kind} leaked into ${where}`).not.toContain(value);
}

describe('privacy: no canary value leaves masked', () => {
  it('the CLI prints none in any format, nor on stderr', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hm-canary-'));
    writeFileSync(join(dir, 'agreement.txt'), TEXT);
    for (const format of ['text', 'json', 'markdown', 'html', 'brief']) {
      const { stdout, stderr } = await promisify(execFile)(process.execPath, [join(ROOT, 'cli/bin.js'), '--format', format, join(dir, 'agreement.txt')]);
      // the SSN was found and masked (Markdown escapes the asterisks; the brief quotes no values at all)
      if (format !== 'brief') expect(stdout.replace(/\\/g, '')).toContain('***-**-0174');
      expectNoCanary(`CLI ${format} output`, stdout + stderr);
    }
  }, 60_000);

  describe('the Slack bot', () => {
    const slack = new SlackStandIn();
    const logged: string[] = [];
    let stop: () => Promise<void>;

    beforeAll(async () => {
      await slack.start();
      // Everything the bot and Bolt write to stderr, which is where the bot logs.
      const write = process.stderr.write.bind(process.stderr);
      vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array, ...rest: unknown[]) => {
        logged.push(String(chunk));
        return (write as (...args: unknown[]) => boolean)(chunk, ...rest);
      });
      const config = botConfig(slack, { concurrency: 1 });
      const bot = createBot(config, await fileStore(config.settingsFile), { retryConfig: { retries: 0 } });
      const port = await bot.start();
      stop = () => bot.stop();
      slack.host({ id: 'FCANARY', name: 'agreement.pdf', bytes: await pdfFile([LINES]), channel: 'C0BOARD', ts: '1764000000.000100' });
      const body = JSON.stringify(eventEnvelope({ type: 'file_shared', file_id: 'FCANARY', user_id: 'U1', channel_id: 'C0BOARD', event_ts: '1' }, 'EvCanary'));
      await fetch(`http://127.0.0.1:${port}/slack/events`, { method: 'POST', headers: { 'content-type': 'application/json', ...signedHeaders(body) }, body });
      await vi.waitFor(() => expect(slack.callsTo('files.completeUploadExternal')).toHaveLength(1), { timeout: 30_000 });
      // the bot logs the file once its answer and attachments are sent, a moment after the upload completes
      await vi.waitFor(() => expect(logged.join('')).toContain('file FCANARY'), { timeout: 10_000 });
    }, 60_000);

    afterAll(async () => {
      vi.restoreAllMocks();
      await stop?.();
      await slack.stop();
    });

    it('sends none to Slack, in the reply or in the attached full report', () => {
      expect(slack.uploads.map((u) => u.name)).toEqual(['agreement-hallmonitor.md', 'agreement-board-brief.html']);
      const sent = JSON.stringify(slack.calls.map((c) => c.args)) + slack.uploads.map((u) => u.body).join('\n');
      expect(sent).toContain('***-**-0174');
      expectNoCanary('Slack API calls', sent);
    });

    it('logs none', () => {
      expect(logged.join('')).toContain('FCANARY');
      expectNoCanary('bot logs', logged.join(''));
    });
  });

  it('the extension stores none and requests nothing but the document, even to read a scan', async () => {
    const typed = await pdfFile([LINES]);
    const site = await serve({
      '/agreement.pdf': { type: 'application/pdf', body: typed },
      '/signed.pdf': { type: 'application/pdf', body: await imagePdf(await pageImages(typed)) },
    });
    const { context, worker } = await launchWithExtension();
    try {
      const requests: string[] = [];
      const consoleLines: string[] = [];
      context.on('request', (request) => requests.push(request.url()));
      const page = await context.newPage();
      page.on('console', (message) => consoleLines.push(message.text()));
      await page.goto(`${site.base}/agreement.pdf`).catch(() => undefined);
      await page.waitForSelector('[data-testid=hm-findings] .hm-item', { timeout: 20_000 });
      expect(await page.textContent('[data-testid=hm-panel]')).toContain('***-**-0174');
      // OCR's worker, WebAssembly and model load from the extension itself, never from a CDN
      await page.goto(`${site.base}/signed.pdf`).catch(() => undefined);
      await page.waitForSelector('body[data-scan=complete]', { timeout: 90_000 });
      expect(await page.textContent('[data-testid=hm-scan-note]')).toMatch(/read with OCR/);
      expect(await page.textContent('[data-testid=hm-panel]')).toContain('***-**-0174');
      const stored = await worker.evaluate(async () => JSON.stringify(await (globalThis as any).chrome.storage.local.get(null)));
      expectNoCanary('extension storage', stored);
      expectNoCanary('console', consoleLines.join('\n'));
      const outside = requests.filter((url) => !url.startsWith('chrome-extension://') && !url.startsWith('data:') && !url.startsWith('blob:'));
      expect(new Set(outside)).toEqual(new Set([`${site.base}/agreement.pdf`, `${site.base}/signed.pdf`]));
      expectNoCanary('network requests', requests.join('\n'));
    } finally {
      await context.close();
      site.server.close();
    }
  }, 120_000);
});
