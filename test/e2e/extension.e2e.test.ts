import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escapeHtml, scanFile } from '../../core/index';
import { blankPdf, pdfFile } from '../fixtures/files';
import { imagePdf, markdownPdf, pageImages } from '../fixtures/scans';
import { prose, seeded } from '../fixtures/synthetic';
import { launchChromium } from './chromium';
import { launchWithExtension, serve, type Site } from './extension-context';

const ROOT = resolve(import.meta.dirname, '../..');
const SCREENSHOTS = join(ROOT, 'docs');

/** Our example MOU as a printed PDF, one section a page, so some findings sit past the first page. */
async function examplePdf(): Promise<Buffer> {
  const markdown = readFileSync(join(ROOT, 'examples/hamden-style-mou.md'), 'utf8');
  const html = markdown
    .split(/\n\n+/)
    .map((chunk) => {
      if (chunk.startsWith('# ')) return `<h1>${escapeHtml(chunk.slice(2))}</h1>`;
      if (chunk.startsWith('## ')) return `<h2>${escapeHtml(chunk.slice(3))}</h2>`;
      if (chunk.startsWith('|'))
        return `<table>${chunk
          .split('\n')
          .filter((row) => !/^\|[-| ]+\|$/.test(row))
          .map((row) => `<tr>${row.split('|').slice(1, -1).map((c) => `<td>${escapeHtml(c.trim())}</td>`).join('')}</tr>`)
          .join('')}</table>`;
      return `<p>${escapeHtml(chunk)}</p>`;
    })
    .join('\n');
  const browser = await launchChromium();
  const page = await browser.newPage();
  await page.setContent(`<style>body{font:12pt Helvetica,Arial,sans-serif}h2{break-before:page}td{border:1px solid #999;padding:2px 6px}</style>${html}`);
  const pdf = await page.pdf({ format: 'Letter' });
  await browser.close();
  return pdf;
}

/** 800 pages: a flagged sentence on the first, plain prose after it, enough to take the viewer seconds to read. */
async function longPdf(): Promise<Uint8Array> {
  const lines = prose(seeded(5), 800).split('\n').filter(Boolean);
  const pages = Array.from({ length: 800 }, (_, i) => lines.slice(i * 3, i * 3 + 3).map((line) => line.slice(0, 95)));
  pages[0] = ['DATA SHARING AGREEMENT', 'The Provider shall own all student data collected under this Agreement.'];
  return pdfFile(pages);
}

const POLICY_PAGE = `<!doctype html><html><head><title>Vendor terms</title></head><body>
<h1>Brightpath Learning terms of service</h1>
<p>Brightpath may share student data with its advertising partners and affiliates.</p>
<p>We may change these terms at any time without notice to you.</p>
<p>Questions: write to our office.</p></body></html>`;

let site: Site;
let base: string;
let context: BrowserContext;
let worker: Worker;
let mouPdf: Buffer;
/** Where "sole property" sits on page 1 of the printed MOU, as a fraction of the page height from the top. */
let solePropertyTop: number;

/** The example MOU printed, then scanned to an image-only PDF, as tests/ocr does. */
async function scannedMou(): Promise<Uint8Array> {
  const printed = await markdownPdf(readFileSync(join(ROOT, 'examples/hamden-style-mou.md'), 'utf8'));
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdf = await pdfjs.getDocument({ data: new Uint8Array(printed), verbosity: 0 }).promise;
  const page = await pdf.getPage(1);
  const items = (await page.getTextContent()).items as { str: string; transform: number[]; height: number }[];
  const line = items.find((item) => item.str.includes('sole property'))!;
  solePropertyTop = 1 - (line.transform[5]! + line.height / 2) / page.getViewport({ scale: 1 }).height;
  await pdf.destroy();
  return imagePdf(await pageImages(printed));
}

beforeAll(async () => {
  mouPdf = await examplePdf();
  site = await serve({
    '/mou.pdf': { type: 'application/pdf', body: mouPdf },
    '/blank.pdf': { type: 'application/pdf', body: await blankPdf() },
    '/scanned-mou.pdf': { type: 'application/pdf', body: await scannedMou() },
    '/long.pdf': { type: 'application/pdf', body: await longPdf() },
    '/download': { type: 'application/pdf', body: mouPdf }, // no .pdf in the URL
    '/links.html': { type: 'text/html', body: '<a id="to-pdf" href="/mou.pdf">The MOU</a>' },
    '/policy.html': { type: 'text/html', body: POLICY_PAGE },
  });
  base = site.base;
  ({ context, worker } = await launchWithExtension());
}, 180_000);

afterAll(async () => {
  await context?.close();
  site?.server.close();
});

const viewerUrl = (url: URL) => url.protocol === 'chrome-extension:' && url.pathname === '/viewer.html';

async function openViewer(path: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${base}${path}`).catch(() => undefined);
  await page.waitForURL(viewerUrl, { timeout: 15_000 });
  return page;
}

describe('PDF viewer', () => {
  it('highlights the flagged words on a page after the first, over the text layer', async () => {
    const page = await openViewer('/mou.pdf');
    await page.waitForSelector('[data-testid=hm-findings] .hm-item');
    const ownership = page.locator('.hm-item[data-category=recipient-owns-data]').first();
    await ownership.click();
    const highlight = page.locator('.page .hm-hl[data-category=recipient-owns-data]').first();
    await highlight.waitFor();
    const pageNumber = Number(await highlight.evaluate((h) => (h.closest('.page') as HTMLElement).dataset.pageNumber));
    expect(pageNumber).toBeGreaterThan(1);
    // The finding quotes a whole sentence: one box per line. The words "sole property" must sit under one of them.
    const overlap = await highlight.evaluate((first) => {
      const frame = first.closest('.page')!;
      const boxes = [...frame.querySelectorAll<HTMLElement>('.hm-hl[data-category=recipient-owns-data]')].map((h) => h.getBoundingClientRect());
      const spans = [...frame.querySelectorAll<HTMLElement>('.textLayer span')].filter((s) => /sole property/.test(s.textContent ?? ''));
      return spans.length > 0 && spans.every((s) => {
        const r = s.getBoundingClientRect();
        return boxes.some((box) => r.left < box.right && box.left < r.right && r.top < box.bottom && box.top < r.bottom);
      });
    });
    expect(overlap).toBe(true);
    expect(await highlight.getAttribute('data-severity')).toBe('high');
    await page.screenshot({ path: join(SCREENSHOTS, 'extension-viewer.png') });
    await page.close();
  });

  it('finds words on pages not yet rendered with Ctrl+F, and marks them on the text layer', async () => {
    const page = await openViewer('/mou.pdf');
    await page.waitForSelector('body[data-scan=complete]');
    await page.keyboard.press('Control+F');
    await page.keyboard.type('sole property');
    await page.keyboard.press('Enter');
    const match = page.locator('[data-testid=hm-find-match]').first();
    await match.waitFor();
    expect(await page.textContent('#find-count')).toBe('1 of 1');
    const onPage = await match.evaluate((box) => {
      const frame = box.closest('.page') as HTMLElement;
      const r = box.getBoundingClientRect();
      const words = [...frame.querySelectorAll<HTMLElement>('.textLayer span')].filter((s) => /sole property/.test(s.textContent ?? ''));
      const under = words.some((s) => {
        const w = s.getBoundingClientRect();
        return r.left < w.right && w.left < r.right && r.top < w.bottom && w.top < r.bottom;
      });
      return { page: Number(frame.dataset.pageNumber), under };
    });
    expect(onPage.page).toBeGreaterThan(1);
    expect(onPage.under).toBe(true);
    await expect.poll(() => page.inputValue('#page-jump')).toBe(String(onPage.page));
    await page.fill('[data-testid=hm-find]', 'no such words in this agreement');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.textContent('#find-count')).toBe('not found');
    await page.close();
  });

  it('lists the same findings as the CLI on the same file', async () => {
    const page = await openViewer('/mou.pdf');
    await page.waitForSelector('[data-testid=hm-findings] .hm-item');
    await page.locator('#panel').screenshot({ path: join(SCREENSHOTS, 'extension-panel.png') });
    const panel = await page.$$eval('[data-testid=hm-findings] .hm-item', (items) => items.map((i) => `${i.dataset.category}|${i.dataset.severity}`).sort());
    const cli = await scanFile(mouPdf, 'mou.pdf');
    expect(panel).toEqual(cli.findings.map((f) => `${f.category}|${f.severity}`).sort());
    // the toolbar badge counts every flag of this tab
    const badge = await worker.evaluate(async (url) => {
      const chrome = (globalThis as any).chrome;
      const [tab] = await chrome.tabs.query({ url });
      return chrome.action.getBadgeText({ tabId: tab.id });
    }, page.url());
    expect(badge).toBe(String(cli.summary.total));
    await page.close();
  });

  it('opens from a link to a .pdf and from a response served as application/pdf', async () => {
    const page = await context.newPage();
    await page.goto(`${base}/links.html`);
    await page.click('#to-pdf');
    await page.waitForURL(viewerUrl, { timeout: 15_000 });
    await page.goto(`${base}/download?id=7&part=2`).catch(() => undefined);
    await page.waitForURL((url) => viewerUrl(url) && url.search.includes('/download?id=7&part=2'), { timeout: 15_000 });
    await page.waitForSelector('[data-testid=hm-findings] .hm-item');
    await page.close();
  });

  it('highlights the first page before the rest of a long PDF is read, then keeps one box per line', async () => {
    const page = await openViewer('/long.pdf');
    const firstPage = '.page[data-page-number="1"] .hm-hl[data-category=recipient-owns-data]';
    await page.waitForSelector(firstPage, { timeout: 15_000 });
    expect(await page.evaluate(() => document.body.dataset.scan)).toBe('partial');
    await page.waitForSelector('body[data-scan=complete]', { timeout: 60_000 });
    expect(await page.locator(firstPage).count()).toBe(1);
    await page.close();
  });

  it('reads a scanned PDF with OCR and highlights the flagged words on the page image', async () => {
    const page = await openViewer('/scanned-mou.pdf');
    await page.waitForSelector('.page[data-page-number="1"][data-ocr]', { timeout: 30_000 });
    await page.waitForSelector('body[data-scan=complete]', { timeout: 120_000 });
    expect(await page.$$eval('.page[data-ocr]', (frames) => frames.map((f) => `${f.dataset.pageNumber}:${f.dataset.ocr}`))).toEqual(['1:done', '2:done']);
    expect(await page.textContent('[data-testid=hm-scan-note]')).toMatch(/^Pages 1-2 were scanned images, read with OCR \(confidence \d+%\)\.$/);
    // The scan has no text layer: the boxes come from OCR's word boxes, over the words in the image.
    expect(await page.locator('.textLayer span').count()).toBe(0);
    const highlights = page.locator('.page[data-page-number="1"] .hm-hl[data-category=recipient-owns-data]');
    await highlights.first().waitFor();
    const tops = await highlights.evaluateAll((boxes) =>
      boxes.map((box) => {
        const frame = box.closest('.page')!.getBoundingClientRect();
        const r = box.getBoundingClientRect();
        return (r.top + r.height / 2 - frame.top) / frame.height;
      }),
    );
    expect(tops.some((top) => Math.abs(top - solePropertyTop) < 0.01)).toBe(true);
    await highlights.first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, 'extension-viewer-scan.png') });
    const panel = await page.$$eval('[data-testid=hm-schedule] tr', (rows) => rows.map((r) => (r as HTMLElement).dataset.category));
    expect(panel).toEqual(expect.arrayContaining(['student-id', 'birthdate', 'homeless-status', 'disability-iep']));
    await page.close();
  });

  it('opens a photo of a page (PNG) as a scan, and says plainly that a TIFF must go to the command line', async () => {
    const id = new URL(worker.url()).host;
    const page = await context.newPage();
    await page.goto(`chrome-extension://${id}/viewer.html`);
    const [png] = await pageImages(await pdfFile([['Student date of birth: 03/14/2009', 'The Provider may sell aggregated student data to vendors.']]));
    await page.setInputFiles('#file-input', { name: 'signed-page.png', mimeType: 'image/png', buffer: Buffer.from(png!) });
    await page.waitForSelector('body[data-scan=complete]', { timeout: 60_000 });
    expect(await page.textContent('[data-testid=hm-scan-note]')).toMatch(/^Page 1 was a scanned image, read with OCR/);
    await page.locator('.page[data-page-number="1"] .hm-hl[data-category=commercial-use]').first().waitFor();
    await page.setInputFiles('#file-input', { name: 'fax.tiff', mimeType: 'image/tiff', buffer: Buffer.from('II*\0 not really a tiff') });
    await expect.poll(() => page.locator('[data-testid=hm-notice]').textContent()).toContain('a type the browser cannot show (TIFF)');
    await page.close();
  });

  it('says plainly when a PDF holds neither text nor a scanned image', async () => {
    const page = await openViewer('/blank.pdf');
    await expect.poll(() => page.locator('[data-testid=hm-notice]').textContent(), { timeout: 15_000 }).toBe('No text in this PDF: its pages hold neither text nor scanned images.');
    await page.close();
  });
});

describe('web pages and Google Docs', () => {
  async function scanActiveTab(page: Page): Promise<void> {
    const url = page.url();
    // What the toolbar button and the context menu call; a headless test cannot click the toolbar.
    await worker.evaluate(async (target) => {
      const chrome = (globalThis as any).chrome;
      const [tab] = await chrome.tabs.query({ url: target });
      await (globalThis as any).hallmonitorScanTab(tab);
    }, url);
  }

  it('says on the toolbar when a page is closed to extensions, instead of doing nothing', async () => {
    const page = await context.newPage();
    await page.goto('chrome://version');
    await page.bringToFront();
    // Without the tabs permission a browser page's URL is hidden from the extension: find it as the active tab.
    const { text, title } = await worker.evaluate(async () => {
      const chrome = (globalThis as any).chrome;
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      await (globalThis as any).hallmonitorScanTab(tab);
      return { text: await chrome.action.getBadgeText({ tabId: tab.id }), title: await chrome.action.getTitle({ tabId: tab.id }) };
    });
    expect(text).toBe('!');
    expect(title).toMatch(/cannot read this page/);
    // a new page in the same tab starts clean
    await page.goto(`${base}/policy.html`);
    const after = await worker.evaluate(async () => {
      const chrome = (globalThis as any).chrome;
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return { text: await chrome.action.getBadgeText({ tabId: tab.id }), title: await chrome.action.getTitle({ tabId: tab.id }) };
    });
    expect(after).toEqual({ text: '', title: 'Scan this page with Hall Monitor' });
    await page.close();
  });

  it('loads nothing into the pages a reviewer merely visits: the page scanner is injected on request', async () => {
    const scripts = await worker.evaluate(() => (globalThis as any).chrome.runtime.getManifest().content_scripts as { matches: string[] }[]);
    expect(scripts.flatMap((s) => s.matches)).toEqual(['https://docs.google.com/document/*']);
  });

  it('highlights a web page with the CSS Custom Highlight API and lists the findings', async () => {
    const page = await context.newPage();
    await page.goto(`${base}/policy.html`);
    const before = await page.evaluate(() => document.body.innerHTML);
    await scanActiveTab(page);
    // the host is an empty box: the dock inside its shadow root is fixed to the window
    await page.waitForSelector('#hallmonitor-panel-host', { state: 'attached' });
    const highlighted = await page.evaluate(() =>
      [...CSS.highlights.entries()].flatMap(([name, h]) => [...(h as Highlight)].map((r) => `${name}: ${(r as Range).toString()}`)),
    );
    expect(highlighted.some((h) => /advertising partners/.test(h))).toBe(true);
    const categories = await page.evaluate(() =>
      [...document.getElementById('hallmonitor-panel-host')!.shadowRoot!.querySelectorAll<HTMLElement>('.hm-item')].map((i) => i.dataset.category),
    );
    expect(categories).toEqual(expect.arrayContaining(['third-party-sharing', 'unilateral-changes']));
    expect(await page.evaluate(() => document.body.innerHTML)).toBe(before);
    await page.close();
  });

  it('reads a Google Doc through its export endpoint, and refuses a sign-in page', async () => {
    const page = await context.newPage();
    const text = readFileSync(join(ROOT, 'examples/hamden-style-mou.md'), 'utf8');
    await page.route('https://docs.google.com/**', (route) => {
      const url = new URL(route.request().url());
      if (url.pathname.endsWith('/export')) {
        if (url.pathname.includes('LOCKED')) return route.fulfill({ contentType: 'text/html', body: '<html><body>Sign in - Google Accounts</body></html>' });
        return route.fulfill({ contentType: 'text/plain; charset=utf-8', body: text });
      }
      return route.fulfill({ contentType: 'text/html', body: '<html><head><title>MOU - Google Docs</title></head><body><div class="kix-appview-editor">MOU</div></body></html>' });
    });
    await page.goto('https://docs.google.com/document/d/FAKE123/edit');
    const items = () =>
      page.evaluate(() => [...(document.getElementById('hallmonitor-panel-host')?.shadowRoot?.querySelectorAll<HTMLElement>('.hm-item') ?? [])].map((i) => i.dataset.category));
    await expect.poll(items, { timeout: 15_000 }).toContain('recipient-owns-data');
    expect(await page.evaluate(() => document.getElementById('hallmonitor-panel-host')!.shadowRoot!.querySelectorAll('[data-action=find]').length)).toBeGreaterThan(0);
    await page.goto('https://docs.google.com/document/d/LOCKED/edit');
    await expect
      .poll(() => page.evaluate(() => document.getElementById('hallmonitor-panel-host')?.shadowRoot?.querySelector('[data-testid=hm-error]')?.textContent ?? ''), { timeout: 15_000 })
      .toContain('sign in');
    await page.close();
  });
});

describe('options', () => {
  it('saves settings that the next scan applies', async () => {
    const id = new URL(worker.url()).host;
    const page = await context.newPage();
    await page.goto(`chrome-extension://${id}/options.html`);
    await page.selectOption('#min-severity', 'high');
    await page.click('#add-term');
    await page.fill('.term input', 'MB-\\d{6}');
    await page.click('button[type=submit]');
    await expect.poll(() => page.textContent('#saved')).toBe('Saved.');
    const viewer = await openViewer('/mou.pdf');
    await viewer.waitForSelector('[data-testid=hm-findings] .hm-item');
    const severities = await viewer.$$eval('[data-testid=hm-findings] .hm-item', (items) => [...new Set(items.map((i) => i.dataset.severity))]);
    expect(severities).toEqual(['high']);
    await page.click('#reset');
    await expect.poll(() => page.textContent('#saved')).toBe('Defaults restored and saved.');
    await viewer.close();
    await page.close();
  });
});
