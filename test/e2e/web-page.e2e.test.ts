import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanFile } from '../../core/index';
import { docxFile, pdfFile } from '../fixtures/files';
import { pdfAnnotations } from '../fixtures/readers';
import { markdownPdf, pageImages } from '../fixtures/scans';
import { launchChromium } from './chromium';

// The no-install web page, built once for this file by `npm run build:web`, opened from disk.
const ROOT = resolve(import.meta.dirname, '../..');
const PAGE = pathToFileURL(join(ROOT, '.output/web/index.html')).href;
const MOU = readFileSync(join(ROOT, 'examples/hamden-style-mou.md'));
const LINES = [
  'DATA SHARING AGREEMENT between the Lakeview School District (the "District") and Brightpath Analytics LLC ("Provider").',
  'The Provider shall own all data it receives under this Agreement.',
  'The Provider may sell aggregated student data to marketing vendors.',
];

let browser: Browser;
let context: BrowserContext;
let page: Page;
let mouPdf: Uint8Array;
/** Every request the page made once it had loaded, and every CSP complaint on the console. */
const afterLoad: string[] = [];
const cspErrors: string[] = [];

beforeAll(async () => {
  execFileSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'web/vite.config.ts'], { cwd: ROOT, stdio: 'ignore' });
  mouPdf = await markdownPdf(MOU.toString('utf8'));
  browser = await launchChromium();
  context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  page.on('console', (message) => /Content Security Policy|Refused to/i.test(message.text()) && cspErrors.push(message.text()));
  await page.goto(PAGE, { waitUntil: 'load' });
  context.on('request', (request) => afterLoad.push(request.url()));
}, 180_000);

afterAll(async () => {
  await browser?.close();
});

/** Drops a file on the page, as a person drags one from their desktop. */
async function drop(name: string, type: string, bytes: Uint8Array): Promise<void> {
  await page.evaluate(
    ({ name, type, data }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(data)], name, { type }));
      document.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    },
    { name, type, data: [...bytes] },
  );
}

async function scanned(): Promise<void> {
  await page.waitForSelector('body[data-scan=complete]', { timeout: 60_000 });
  await page.waitForSelector('.page[data-highlighted]');
}

async function download(click: () => Promise<void>): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return readFileSync((await file.path())!);
}

describe('the web page opened from a file:// URL', () => {
  it('carries a strict Content Security Policy: one inline script by its hash, no connections, workers or remote code', async () => {
    const policy = await page.getAttribute('meta[http-equiv=Content-Security-Policy]', 'content');
    expect(policy).toMatch(/default-src 'none'/);
    expect(policy).toMatch(/connect-src 'none'/);
    expect(policy).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+';/);
    expect(policy).not.toMatch(/https?:|unsafe-eval|script-src[^;]*unsafe-inline/);
    expect(await page.locator('script[src], link[href]').count()).toBe(0);
    expect(await page.textContent('.drop')).toContain('Drop a PDF, a Word or text file');
  });

  it('reads the dropped example MOU PDF: highlights on the page and findings in the panel, as the command line finds them', async () => {
    await drop('hamden-style-mou.pdf', 'application/pdf', mouPdf);
    await scanned();
    const cli = await scanFile(mouPdf, 'hamden-style-mou.pdf');
    expect(await page.locator('.hm-item').count()).toBe(cli.findings.length);
    expect(await page.locator('.hm-hl').count()).toBeGreaterThan(0);
    expect(await page.textContent('[data-testid=hm-status]')).toContain(`${cli.summary.total} flags`);
    await page.screenshot({ path: join(ROOT, 'docs/web-page.png') });
  });

  it('saves the board brief and the marked-up PDF, whose highlights carry each finding’s note', async () => {
    const brief = (await download(() => page.getByRole('button', { name: 'Board brief' }).click())).toString('utf8');
    expect(brief).toContain('Questions to ask');
    const marked = await download(() => page.locator('#download-marked').click());
    const { annotations } = await pdfAnnotations(marked);
    const highlights = annotations.filter((a) => a.subtype === 'Highlight');
    const cli = await scanFile(mouPdf, 'hamden-style-mou.pdf');
    for (const finding of cli.findings.filter((f) => f.span)) expect(highlights.some((h) => h.page === finding.page && h.contents.includes(finding.ask)), finding.id).toBe(true);
    expect(annotations.find((a) => a.subtype === 'Text')?.contents).toContain('Hall Monitor review');
  });

  it('reads a dropped Word file and a text file as pages of their words', async () => {
    await drop('agreement.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', await docxFile(LINES));
    await scanned();
    expect(await page.locator('.hm-hl[data-category=recipient-owns-data]').count()).toBeGreaterThan(0);
    expect(await page.locator('.hm-hl[data-category=commercial-use]').count()).toBeGreaterThan(0);
    await drop('hamden-style-mou.md', 'text/markdown', MOU);
    await scanned();
    const cli = await scanFile(MOU, 'hamden-style-mou.md');
    const categories = await page.$$eval('.hm-item', (items) => [...new Set(items.map((i) => (i as HTMLElement).dataset.category))]);
    for (const category of new Set(cli.findings.filter((f) => f.kind === 'clause').map((f) => f.category))) expect(categories).toContain(category);
  });

  it('says why a damaged Word file cannot be read, and leaves nothing of the last document', async () => {
    await drop('agreement.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', new TextEncoder().encode('PK this is not a zip'));
    await page.waitForSelector('[data-testid=hm-notice]');
    expect(await page.textContent('[data-testid=hm-notice]')).toContain('agreement.docx');
    expect(await page.locator('.hm-item, .page').count()).toBe(0);
  });

  it('says plainly that a dropped scan image needs the extension or the command line to be read', async () => {
    const [png] = await pageImages(await pdfFile([LINES]), 100);
    await drop('signed-page.png', 'image/png', png!);
    await page.waitForSelector('[data-testid=hm-notice]');
    expect(await page.textContent('[data-testid=hm-notice]')).toContain('this web page does not read scans (OCR)');
  });

  it('made no request after it loaded, and broke none of its own policy', () => {
    // blob: URLs are the downloads the page itself made in memory
    expect(afterLoad.filter((url) => !url.startsWith('blob:') && !url.startsWith('data:'))).toEqual([]);
    expect(cspErrors).toEqual([]);
  });
});
