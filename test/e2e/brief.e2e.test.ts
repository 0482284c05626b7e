import { readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderBrief, scanFile, toReport } from '../../core/index';
import { launchChromium } from './chromium';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

async function printedPages(html: string): Promise<{ pages: number; text: string }> {
  const page = await browser.newPage();
  await page.setContent(html, { waitUntil: 'load' });
  const pdf = await page.pdf({ format: 'Letter', printBackground: true });
  await page.close();
  const doc = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false }).promise;
  let text = '';
  for (let i = 1; i <= doc.numPages; i++)
    text += (await (await doc.getPage(i)).getTextContent()).items.map((item) => ('str' in item ? item.str : '')).join(' ') + '\n';
  return { pages: doc.numPages, text };
}

describe('board brief in a real browser', () => {
  it('prints the example MOU brief on one or two pages, with its risks, questions and the legal notice', async () => {
    const file = new URL('../../examples/hamden-style-mou.md', import.meta.url);
    const report = toReport([await scanFile(readFileSync(file), 'hamden-style-mou.md')]);
    const { pages, text } = await printedPages(renderBrief(report));
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
    // pdf.js returns ligatures as their own items: "noti fi cation"
    const flat = text.replace(/\s+/g, ' ').replace(/ ?(ffi|ffl|fi|fl) /g, '$1');
    for (const words of ['Recipient owns the data', 'Questions to ask', 'not legal advice', 'Risks', 'Breach notification'])
      expect(flat).toContain(words);
  });
});
