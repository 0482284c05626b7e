import { createCanvas } from '@napi-rs/canvas';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { scanFile } from '../../core/index';
import { pdfFile } from '../fixtures/files';
import { pdfAnnotations, scratch, squeeze, wordsUnder } from '../fixtures/readers';
import { imagePdf, pageImages } from '../fixtures/scans';
import { launchChromium } from './chromium';
import { launchWithExtension, serve, type Site } from './extension-context';

// Issue 18: the extension as a reading tool. Every document here is our own, made in the test.
const ROOT = resolve(import.meta.dirname, '../..');
const SCREENSHOTS = join(ROOT, 'docs');
const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Three pages, one section each, with the outline (bookmarks) Chromium writes from the headings. */
async function agreementPdf(): Promise<Buffer> {
  const browser = await launchChromium();
  const page = await browser.newPage();
  await page.setContent(`<style>body{font:12pt Helvetica,Arial,sans-serif}h2{break-before:page}</style>
<h1>Data Sharing Agreement</h1>
<p>The Provider shall own all student data collected under this Agreement. This Agreement expires on March 31, 2027.</p>
<h2>Sharing</h2><p>The Provider may share student data with its affiliates and subcontractors.</p>
<h2>Records</h2><p>The District will send each student's grade level and the courses failed in the last year.</p>`);
  const pdf = await page.pdf({ format: 'Letter', outline: true, tagged: true });
  await browser.close();
  return pdf;
}

const POLICY_PAGE = `<!doctype html><html lang="en"><head><title>Vendor terms</title></head><body style="margin:0;font:16px/1.5 serif">
<main><h1>Brightpath Learning terms of service</h1>
<p id="sharing">Brightpath may share student data with its advertising partners and affiliates, and we keep these records for as long as our business needs them, which may be many years after the school stops using the service.</p>
<p>We may change these terms at any time without notice to you.</p>
<p>Questions: write to our office.</p></main></body></html>`;

let site: Site;
let context: BrowserContext;
let worker: Worker;
let extensionId: string;
let agreement: Buffer;

beforeAll(async () => {
  agreement = await agreementPdf();
  const [scanPng] = await pageImages(await pdfFile([['DATA SHARING AGREEMENT', 'The Provider may sell aggregated student data to marketing vendors.']]));
  site = await serve({
    '/agreement.pdf': { type: 'application/pdf', body: agreement },
    '/scan.pdf': { type: 'application/pdf', body: await imagePdf([scanPng!]) },
    '/policy.html': { type: 'text/html', body: POLICY_PAGE },
  });
  ({ context, worker } = await launchWithExtension());
  extensionId = new URL(worker.url()).host;
}, 180_000);

// A failed test leaves its tab open; the next one must not find it instead of its own.
afterEach(async () => {
  for (const page of context.pages()) await page.close();
});

afterAll(async () => {
  await context?.close();
  site?.server.close();
});

async function setSettings(settings: Record<string, unknown> | undefined): Promise<void> {
  await worker.evaluate(async (value) => {
    const chrome = (globalThis as any).chrome;
    if (value) await chrome.storage.local.set({ settings: value });
    else await chrome.storage.local.remove(['settings', 'panelCollapsed']);
  }, settings);
}

async function openViewer(path: string, width = 1280): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize({ width, height: 900 });
  await page.goto(`${site.base}${path}`).catch(() => undefined);
  await page.waitForURL((url) => url.protocol === 'chrome-extension:' && url.pathname === '/viewer.html', { timeout: 15_000 });
  return page;
}

async function complete(page: Page): Promise<void> {
  await page.waitForSelector('body[data-scan=complete]', { timeout: 60_000 });
  await page.waitForSelector('.page[data-highlighted]');
}

/** axe-core's serious and critical violations on the page as it is now (extension pages included: CDP is not bound by their CSP). */
async function accessibilityProblems(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  const violations = await page.evaluate(async () => (await (globalThis as any).axe.run(document, { resultTypes: ['violations'] })).violations as { id: string; impact: string; nodes: { target: string[] }[] }[]);
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function scanTab(page: Page): Promise<void> {
  await page.bringToFront();
  await worker.evaluate(async (target) => {
    const chrome = (globalThis as any).chrome;
    const [tab] = await chrome.tabs.query({ url: target });
    await (globalThis as any).hallmonitorScanTab(tab);
  }, page.url());
  await page.waitForFunction(() => document.getElementById('hallmonitor-panel-host')?.shadowRoot?.querySelector('.hm-item'));
}

const inPanel = <T>(page: Page, fn: (root: ShadowRoot) => T) =>
  page.evaluate(`(${fn.toString()})(document.getElementById('hallmonitor-panel-host').shadowRoot)`) as Promise<T>;

describe('1. a panel that gets out of the way', () => {
  it('docks beside a web page’s text at 1024 px, collapses, remembers that, and closes with its highlights', async () => {
    await setSettings(undefined);
    const page = await context.newPage();
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.goto(`${site.base}/policy.html`);
    await scanTab(page);
    const covered = await page.evaluate(() => {
      const text = document.getElementById('sharing')!.getBoundingClientRect();
      const panel = document.getElementById('hallmonitor-panel-host')!.shadowRoot!.querySelector('.hm-dock')!.getBoundingClientRect();
      return { textRight: text.right, panelLeft: panel.left, panelWidth: panel.width };
    });
    expect(covered.textRight).toBeLessThanOrEqual(covered.panelLeft);
    expect(covered.panelWidth).toBeLessThanOrEqual(320);
    await page.locator('#hallmonitor-panel-host [data-testid=hm-panel-toggle]').click();
    expect(await inPanel(page, (root) => getComputedStyle(root.querySelector('.hm-content')!).display)).toBe('none');
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).marginRight)).toBe('0px');
    await page.screenshot({ path: join(SCREENSHOTS, 'extension-page-collapsed.png') });
    // a new scan (another visit) starts collapsed, as it was left
    await page.reload();
    await scanTab(page);
    await expect.poll(() => inPanel(page, (root) => root.querySelector('.hm-toggle')!.getAttribute('aria-expanded'))).toBe('false');
    await page.locator('#hallmonitor-panel-host [data-testid=hm-panel-toggle]').click();
    expect(await inPanel(page, (root) => getComputedStyle(root.querySelector('.hm-content')!).display)).not.toBe('none');
    await page.locator('#hallmonitor-panel-host .hm-close').click();
    expect(await page.evaluate(() => ({ host: !!document.getElementById('hallmonitor-panel-host'), highlights: [...CSS.highlights.keys()].length, margin: getComputedStyle(document.documentElement).marginRight }))).toEqual({ host: false, highlights: 0, margin: '0px' });
    await page.close();
  });

  it('collapses the viewer’s panel, gives the pages its width, and remembers it', async () => {
    await setSettings(undefined);
    const page = await openViewer('/agreement.pdf');
    await complete(page);
    const before = await page.locator('.page').first().evaluate((p) => p.getBoundingClientRect().width);
    await page.click('[data-testid=hm-panel-toggle]');
    expect(await page.isVisible('#panel')).toBe(false);
    await expect.poll(() => page.locator('.page').first().evaluate((p) => p.getBoundingClientRect().width)).toBeGreaterThan(before + 200);
    await page.screenshot({ path: join(SCREENSHOTS, 'extension-viewer-collapsed.png') });
    await page.reload();
    await complete(page);
    expect(await page.isVisible('#panel')).toBe(false);
    await page.click('[data-testid=hm-panel-toggle]');
    expect(await page.isVisible('#panel')).toBe(true);
    await page.close();
  });
});

describe('2. the viewer', () => {
  it('opens fitted to the width at 1280 and 1024 px, and fits a whole page on request', async () => {
    for (const width of [1280, 1024]) {
      const page = await openViewer('/agreement.pdf', width);
      await complete(page);
      const fit = await page.evaluate(() => {
        const view = document.getElementById('pages')!;
        return { scrollWidth: view.scrollWidth, clientWidth: view.clientWidth, page: document.querySelector('.page')!.getBoundingClientRect().width };
      });
      expect(fit.scrollWidth).toBeLessThanOrEqual(fit.clientWidth);
      expect(fit.page).toBeGreaterThan(fit.clientWidth - 40);
      await page.click('#fit-page');
      await expect
        .poll(() => page.evaluate(() => document.querySelector('.page')!.getBoundingClientRect().height <= document.getElementById('pages')!.clientHeight))
        .toBe(true);
      await page.close();
    }
  });

  it('honours #page=N, refuses a page that does not exist, and keeps the page through a zoom', async () => {
    const page = await openViewer('/agreement.pdf#page=3');
    await complete(page);
    const top = () => page.evaluate(() => {
      const view = document.getElementById('pages')!;
      const frame = [...view.querySelectorAll<HTMLElement>('.page')].find((f) => f.offsetTop + f.offsetHeight > view.scrollTop + 1)!;
      return Number(frame.dataset.pageNumber);
    });
    await expect.poll(top).toBe(3);
    expect(await page.inputValue('#page-jump')).toBe('3');
    await page.fill('#page-jump', '9');
    await page.press('#page-jump', 'Enter');
    await expect.poll(() => page.textContent('#page-problem')).toBe('There is no page 9: this document has 3 pages.');
    expect(await page.inputValue('#page-jump')).toBe('3');
    await page.fill('#page-jump', '2');
    await page.press('#page-jump', 'Enter');
    await expect.poll(top).toBe(2);
    expect(await page.textContent('#page-problem')).toBe('');
    const zoomBefore = await page.textContent('#zoom-level');
    await page.click('#zoom-in');
    await expect.poll(() => page.textContent('#zoom-level')).not.toBe(zoomBefore);
    expect(await top()).toBe(2);
    await page.click('#zoom-out');
    await page.click('#zoom-out');
    expect(await top()).toBe(2);
    await page.close();
  });

  it('shows thumbnails with flag markers per page, and the PDF’s outline', async () => {
    const page = await openViewer('/agreement.pdf');
    await complete(page);
    await page.click('#sidebar-toggle');
    await page.waitForSelector('.thumb canvas');
    const flags = await page.$$eval('.thumb', (thumbs) => thumbs.map((t) => t.querySelector('.thumb-flags')?.textContent ?? ''));
    expect(flags).toHaveLength(3);
    expect(flags.every((f) => Number(f) > 0)).toBe(true);
    expect(await page.getAttribute('.thumb[data-page-number="2"] .thumb-flags', 'data-severity')).toBe('high');
    expect(await page.$$eval('#outline button', (b) => b.map((x) => x.textContent))).toEqual(expect.arrayContaining(['Sharing', 'Records']));
    await page.screenshot({ path: join(SCREENSHOTS, 'extension-viewer-thumbnails.png') });
    await page.click('#outline button:text-is("Records")');
    await expect.poll(() => page.inputValue('#page-jump')).toBe('3');
    await page.click('.thumb[data-page-number="2"]');
    await expect.poll(() => page.inputValue('#page-jump')).toBe('2');
    await page.close();
  });
});

describe('3. print with highlights', () => {
  it('prints every page with its highlights and numbered margin marks, then the findings list', async () => {
    const page = await openViewer('/agreement.pdf');
    await complete(page);
    // The test prints to PDF itself: the button prepares the print view, then calls the browser's print.
    await page.evaluate(() => (window.print = () => void (document.body.dataset.printed = 'true')));
    await page.click('#print');
    await page.waitForSelector('body[data-printed=true]');
    const printed = await page.pdf({ format: 'Letter' });
    const findings = await page.$$eval('[data-testid=hm-findings] .hm-item', (items) => items.length);
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const fonts = join(dirname(require.resolve('pdfjs-dist/package.json')), 'standard_fonts/');
    const pdf = await pdfjs.getDocument({ data: new Uint8Array(printed), standardFontDataUrl: pathToFileURL(fonts).href, verbosity: 0 }).promise;
    expect(pdf.numPages).toBeGreaterThanOrEqual(4);
    const text = async (n: number) => ((await (await pdf.getPage(n)).getTextContent()).items as { str: string }[]).map((i) => i.str).join(' ');
    // page 1 of the agreement holds finding 1 (the ownership clause): its mark is in the margin
    expect((await text(1)).trim()).toMatch(/^1\b/);
    const list = (await Promise.all([...Array(pdf.numPages - 3).keys()].map((i) => text(i + 4)))).join(' ');
    expect(list).toContain(`Findings (${findings})`);
    expect(list).toContain('Recipient owns the data');
    expect(list).toContain('Ask for:');
    // the highlight is drawn on the printed page: red-tinted pixels where the ownership clause is
    const sheet = await pdf.getPage(1);
    const viewport = sheet.getViewport({ scale: 1 });
    const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
    await sheet.render({ canvasContext: canvas.getContext('2d') as unknown as CanvasRenderingContext2D, viewport } as Parameters<typeof sheet.render>[0]).promise;
    const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
    let reddish = 0;
    for (let i = 0; i < pixels.length; i += 4) if (pixels[i]! > 200 && pixels[i + 1]! < 190 && pixels[i + 2]! < 190 && pixels[i]! - pixels[i + 1]! > 40) reddish++;
    expect(reddish).toBeGreaterThan(500);
    writeFileSync(join(SCREENSHOTS, 'extension-print.png'), await canvas.encode('png'));
    await pdf.destroy();
    await page.close();
  });
});

describe('4. two-way links, hover card, filters and legend', () => {
  it('in the viewer: a highlight opens its finding, a finding marks its words, filters hide highlights, the card explains', async () => {
    const page = await openViewer('/agreement.pdf');
    await complete(page);
    expect(await page.$$eval('[data-testid=hm-legend] li', (items) => items.map((i) => (i as HTMLElement).dataset.severity))).toEqual(['high', 'medium', 'low']);
    const highlight = page.locator('.hm-hl[data-category=recipient-owns-data]').first();
    await highlight.click();
    expect(await page.getAttribute('.hm-item.selected', 'data-category')).toBe('recipient-owns-data');
    await page.locator('.hm-item[data-category=third-party-sharing] .hm-open').click();
    await expect.poll(() => page.$$eval('.hm-hl.selected', (boxes) => [...new Set(boxes.map((b) => (b as HTMLElement).dataset.category))])).toEqual(['third-party-sharing']);
    await page.locator('.hm-hl[data-category=third-party-sharing]').first().hover();
    await expect.poll(() => page.isVisible('#card')).toBe(true);
    const cardText = await page.textContent('#card');
    expect(cardText).toContain('Sharing with third parties');
    expect(cardText).toContain('Why:');
    expect(cardText).toContain('Ask for:');
    expect(await page.locator('.hm-hl[title]').count()).toBe(0);
    await page.screenshot({ path: join(SCREENSHOTS, 'extension-hover-card.png') });
    await page.selectOption('[data-filter=severity]', 'low');
    expect(await page.locator('.hm-hl[data-severity=high]:not([hidden])').count()).toBe(0);
    await page.selectOption('[data-filter=severity]', '');
    expect(await page.locator('.hm-hl[data-severity=high]:not([hidden])').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('on a web page: clicking highlighted words opens the finding, choosing one marks its words, filters apply, the card shows', async () => {
    await setSettings(undefined);
    const page = await context.newPage();
    await page.goto(`${site.base}/policy.html`);
    await scanTab(page);
    const point = await page.evaluate(() => {
      const range = [...(CSS.highlights.get('hallmonitor-high') as Highlight)][0] as Range;
      const r = range.getClientRects()[0]!;
      return { x: r.left + 5, y: r.top + r.height / 2 };
    });
    await page.mouse.move(point.x, point.y);
    await expect.poll(() => inPanel(page, (root) => !(root.querySelector('.hm-card') as HTMLElement).hidden)).toBe(true);
    expect(await inPanel(page, (root) => root.querySelector('.hm-card')!.textContent)).toContain('Ask for:');
    await page.mouse.click(point.x, point.y);
    expect(await inPanel(page, (root) => (root.querySelector('.hm-item.selected') as HTMLElement | null)?.dataset.category)).toBe('third-party-sharing');
    await inPanel(page, (root) => (root.querySelector('.hm-item[data-category=unilateral-changes] .hm-open') as HTMLElement).click());
    expect(await page.evaluate(() => [...(CSS.highlights.get('hallmonitor-selected') as Highlight)].map((r) => (r as Range).toString()).join(' '))).toContain('change these terms');
    await inPanel(page, (root) => {
      const select = root.querySelector<HTMLSelectElement>('[data-filter=category]')!;
      select.value = 'third-party-sharing';
      select.dispatchEvent(new Event('change'));
    });
    const drawn = await page.evaluate(() => [...CSS.highlights.entries()].filter(([name]) => name !== 'hallmonitor-selected').flatMap(([, h]) => [...(h as Highlight)].map((r) => (r as Range).toString())));
    expect(drawn.length).toBeGreaterThan(0);
    expect(drawn.every((text) => /share student data/.test(text))).toBe(true);
    // a change saved on the options page reaches the open panel at once
    await setSettings({ ignore: ['third-party-sharing'] });
    await expect.poll(() => inPanel(page, (root) => [...root.querySelectorAll<HTMLElement>('.hm-item')].map((i) => i.dataset.category))).not.toContain('third-party-sharing');
    await setSettings(undefined);
    await page.close();
  });
});

describe('5. keyboard and screen readers', () => {
  it('reaches findings with Tab, opens one with Enter, steps with J and K, and names highlights', async () => {
    const page = await openViewer('/agreement.pdf');
    await complete(page);
    await page.locator('[data-testid=hm-legend]').click();
    let focused = '';
    for (let i = 0; i < 30 && !focused.includes('hm-open'); i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.className ?? '');
    }
    expect(focused).toContain('hm-open');
    await page.keyboard.press('Enter');
    const first = await page.getAttribute('.hm-item.selected', 'data-id');
    expect(first).toBeTruthy();
    await page.keyboard.press('j');
    const second = await page.getAttribute('.hm-item.selected', 'data-id');
    expect(second).not.toBe(first);
    await page.keyboard.press('k');
    expect(await page.getAttribute('.hm-item.selected', 'data-id')).toBe(first);
    const named = await page.$$eval('.hm-hl[tabindex="0"]', (boxes) => boxes.map((b) => `${b.getAttribute('role')}|${b.getAttribute('aria-label')}`));
    expect(named.length).toBeGreaterThan(0);
    expect(named.every((n) => /^button\|(High|Medium|Low): .+/.test(n))).toBe(true);
    const box = page.locator('.hm-hl[tabindex="0"][data-category=recipient-owns-data]');
    await box.focus();
    await expect.poll(() => page.isVisible('#card')).toBe(true);
    expect(await page.textContent('#card')).toContain('Recipient owns the data');
    await page.keyboard.press(' ');
    expect(await page.getAttribute('.hm-item.selected', 'data-category')).toBe('recipient-owns-data');
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.close();
  });

  it('passes the accessibility check on a scanned page, the web-page panel and the options page', async () => {
    await setSettings(undefined);
    const scanned = await openViewer('/scan.pdf');
    await scanned.waitForSelector('body[data-scan=complete]', { timeout: 120_000 });
    await scanned.waitForSelector('.hm-hl');
    expect(await accessibilityProblems(scanned)).toEqual([]);
    await scanned.close();
    const web = await context.newPage();
    await web.goto(`${site.base}/policy.html`);
    await scanTab(web);
    expect(await accessibilityProblems(web)).toEqual([]);
    await web.close();
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.waitForSelector('#categories input');
    expect(await accessibilityProblems(options)).toEqual([]);
    await options.close();
  });
});

describe('6. honest states', () => {
  it('shows no stray canvas while pages render', async () => {
    const page = await context.newPage();
    // pdf.js appends a canvas to the body to measure fonts while a text layer renders, and removes it after:
    // record how each such canvas is displayed the moment it appears.
    await page.addInitScript(() => {
      const seen: string[] = ((globalThis as any).hmStrayCanvases = []);
      new MutationObserver((records) => {
        for (const record of records)
          for (const node of record.addedNodes)
            if (node instanceof HTMLCanvasElement && !node.closest('.page, .thumb')) seen.push(getComputedStyle(node).display);
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(`${site.base}/agreement.pdf`).catch(() => undefined);
    await page.waitForURL((url) => url.pathname === '/viewer.html');
    await complete(page);
    const seen = await page.evaluate(() => (globalThis as any).hmStrayCanvases as string[]);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((display) => display === 'none')).toBe(true);
  });

  it('clears the last PDF when a file cannot be opened', async () => {
    const page = await openViewer('/agreement.pdf');
    await complete(page);
    // a text file is read now (as pages of its words); a damaged PDF cannot be
    await page.setInputFiles('#file-input', { name: 'notes.pdf', mimeType: 'application/pdf', buffer: Buffer.from('Just some notes, not a PDF.') });
    await page.waitForSelector('[data-testid=hm-notice]');
    expect(await page.locator('.hm-item').count()).toBe(0);
    expect(await page.locator('.page').count()).toBe(0);
    expect(await page.textContent('#page-count')).toBe('');
    expect(await page.textContent('#panel')).not.toContain('Reading');
    await page.close();
  });

  it('ends “Reading the document…” with a notice when a scanned PDF cannot be read with OCR off', async () => {
    await setSettings({ maxOcrPages: 0 });
    const page = await openViewer('/scan.pdf');
    await expect.poll(() => page.locator('[data-testid=hm-notice]').textContent(), { timeout: 15_000 }).toContain('reading scans (OCR) is turned off');
    expect(await page.textContent('#panel')).not.toContain('Reading');
    expect(await page.evaluate(() => document.body.dataset.scan)).toBe('notice');
    await setSettings(undefined);
    await page.close();
  });
});

describe('7. masking personal values only', () => {
  it('shows a custom term and a contract date as written', async () => {
    await setSettings({ customTerms: [{ category: 'academic-record', pattern: 'courses failed', label: 'courses failed' }] });
    const page = await openViewer('/agreement.pdf');
    await complete(page);
    expect(await page.textContent('.hm-item[data-category=academic-record] q')).toBe('courses failed');
    // the checklist quotes the term as written (it was "expires on ***** **, 2027")
    expect(await page.textContent('[data-testid=hm-checklist]')).toContain('expires on March 31');
    await setSettings(undefined);
    await page.close();
  });
});

describe('8. options', () => {
  it('names categories with their ids, picks custom terms from a list, refuses bad values, resets, and applies at once', async () => {
    await setSettings(undefined);
    const viewer = await openViewer('/agreement.pdf');
    await complete(viewer);
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    await page.waitForSelector('#categories input');
    expect(await page.textContent('#categories label:has(input[value=student-id])')).toBe(' Student identifiers student-id');
    await page.click('#add-term');
    await page.selectOption('.term select', 'academic-record');
    await page.fill('.term input', 'courses failed');
    await page.fill('#district-size', '0');
    await page.click('button[type=submit]');
    await expect.poll(() => page.textContent('#problem')).toBe('Not saved: Students in your district must be a whole number, 1 or more.');
    expect(await page.textContent('#saved')).toBe('');
    expect(await worker.evaluate(async () => (await (globalThis as any).chrome.storage.local.get('settings')).settings)).toBeUndefined();
    await page.fill('#district-size', '3000');
    await page.selectOption('#min-severity', 'high');
    await page.click('button[type=submit]');
    await expect.poll(() => page.textContent('#saved')).toBe('Saved.');
    expect(await page.textContent('#problem')).toBe('');
    await page.screenshot({ path: join(SCREENSHOTS, 'extension-options.png'), fullPage: true });
    // the open viewer applies the change without a reload
    await expect.poll(() => viewer.$$eval('[data-testid=hm-findings] .hm-item', (items) => [...new Set(items.map((i) => (i as HTMLElement).dataset.severity))])).toEqual(['high']);
    await page.fill('#district-size', '3001');
    expect(await page.textContent('#saved')).toBe('');
    await page.click('#reset');
    await expect.poll(() => page.textContent('#saved')).toBe('Defaults restored and saved.');
    expect(await page.inputValue('#district-size')).toBe('2000');
    expect(await page.locator('.term').count()).toBe(0);
    await expect.poll(() => viewer.$$eval('[data-testid=hm-findings] .hm-item[data-severity=low]', (items) => items.length)).toBeGreaterThan(0);
    await viewer.close();
    await page.close();
  });
});

describe('8b. state law', () => {
  it('chooses a state on the options page, refuses a bad pattern in core\'s words, and the viewer checks under that state', async () => {
    await setSettings(undefined);
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    await page.waitForSelector('#state option[value=NY]', { state: 'attached' });
    await page.click('#add-term');
    await page.fill('.term input', 'MB-(\\d{6}');
    await page.click('button[type=submit]');
    await expect.poll(() => page.textContent('#problem')).toBe('Not saved: "MB-(\\d{6}" is not a valid pattern: check its brackets and backslashes.');
    await page.fill('.term input', 'MB-\\d{6}');
    await page.selectOption('#state', 'NY');
    await page.click('button[type=submit]');
    await expect.poll(() => page.textContent('#saved')).toBe('Saved.');
    const viewer = await openViewer('/agreement.pdf');
    await complete(viewer);
    expect(await viewer.textContent('[data-testid=hm-jurisdiction]')).toContain('Checked against federal law and New York');
    expect(await viewer.$$eval('[data-testid=hm-checklist] tr', (rows) => rows.map((r) => (r as HTMLElement).dataset.category))).toContain('ny-bill-of-rights');
    await setSettings(undefined);
    await viewer.close();
    await page.close();
  });
});

describe('9. polish', () => {
  it('has icons, a badge counting every flag in the colour of the highest, and words where there were ids', async () => {
    const manifest = await worker.evaluate(() => (globalThis as any).chrome.runtime.getManifest());
    expect(Object.keys(manifest.icons)).toEqual(['16', '32', '48', '128']);
    for (const [size, path] of Object.entries(manifest.icons as Record<string, string>)) {
      const png = readFileSync(join(ROOT, '.output/chrome-mv3', path));
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([Number(size), Number(size)]);
    }
    await setSettings({ minSeverity: 'medium' });
    const page = await openViewer('/agreement.pdf');
    await complete(page);
    const total = await page.locator('.hm-item').count();
    const badge = await worker.evaluate(async (url) => {
      const chrome = (globalThis as any).chrome;
      const [tab] = await chrome.tabs.query({ url });
      return { text: await chrome.action.getBadgeText({ tabId: tab.id }), color: await chrome.action.getBadgeBackgroundColor({ tabId: tab.id }), title: await chrome.action.getTitle({ tabId: tab.id }) };
    }, page.url());
    expect(badge.text).toBe(String(total));
    expect(badge.color).toEqual([198, 40, 40, 255]);
    expect(badge.title).toMatch(/^Hall Monitor: \d+ flags on this page \(\d+ high, \d+ medium\)$/);
    expect(await page.$$eval('[data-testid=hm-panel] select option:first-child', (o) => o.map((x) => x.textContent))).toEqual(['All kinds', 'All severities', 'All categories']);
    expect(await page.$$eval('[data-filter=category] option', (o) => o.map((x) => x.textContent))).toContain('Recipient owns the data');
    await setSettings(undefined);
    await page.close();
  });

  it('draws a scanned page’s highlight per line, not word by word', async () => {
    const page = await openViewer('/scan.pdf');
    await page.waitForSelector('body[data-scan=complete]', { timeout: 120_000 });
    const boxes = page.locator('.hm-hl[data-category=commercial-use]');
    await boxes.first().waitFor();
    // "The Provider may sell aggregated student data to marketing vendors." is one printed line
    expect(await boxes.count()).toBe(1);
    await page.close();
  });
});

describe('10. the marked-up PDF, downloaded from the viewer', () => {
  async function downloadMarkedUp(page: Page): Promise<Buffer> {
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#download-marked').click()]);
    expect(download.suggestedFilename()).toMatch(/-marked-up\.pdf$/);
    return readFileSync((await download.path())!);
  }

  it('waits for the whole scan, then saves a copy whose highlights pdf.js and poppler read back over the quoted words', async () => {
    await setSettings(undefined);
    const page = await openViewer('/agreement.pdf');
    await complete(page);
    expect(await page.locator('#download-marked').isEnabled()).toBe(true);
    const marked = await downloadMarkedUp(page);
    expect(await page.locator('[data-testid=hm-status]').textContent()).toContain('Marked-up copy saved');
    const { findings } = await scanFile(agreement, 'agreement.pdf');
    const { annotations, heights } = await pdfAnnotations(marked);
    const highlights = annotations.filter((a) => a.subtype === 'Highlight');
    expect(findings.filter((f) => f.span).length).toBeGreaterThan(0);
    const files = scratch({ 'marked.pdf': marked });
    try {
      for (const finding of findings.filter((f) => f.span)) {
        const candidates = highlights.filter((a) => a.page === finding.page && a.contents.includes(finding.ask));
        const under = await Promise.all(candidates.map((a) => wordsUnder(files.path('marked.pdf'), a, heights[a.page - 1]!)));
        expect(under.some((words) => words.includes(squeeze(finding.quote!))), `${finding.id}: "${finding.quote}" not under ${JSON.stringify(under)}`).toBe(true);
      }
    } finally {
      files.done();
    }
    expect(annotations.find((a) => a.subtype === 'Text' && a.page === 1)?.contents).toContain('Questions to ask:');
    await page.close();
  });

  it('marks up a scanned page over the words OCR read', { timeout: 180_000 }, async () => {
    const page = await openViewer('/scan.pdf');
    await page.waitForSelector('body[data-scan=complete]', { timeout: 120_000 });
    const { annotations } = await pdfAnnotations(await downloadMarkedUp(page));
    const sale = annotations.find((a) => a.subtype === 'Highlight' && a.contents.includes('sell'));
    expect(sale, JSON.stringify(annotations.map((a) => a.contents.split('\n')[0]))).toBeDefined();
    // one printed line near the top of a Letter page
    const [x0, y0, x1, y1] = sale!.rect;
    expect(x1 - x0).toBeGreaterThan(200);
    expect(y1 - y0).toBeLessThan(30);
    await page.close();
  });
});
