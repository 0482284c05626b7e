import { createCanvas } from '@napi-rs/canvas';
import { readFileSync } from 'node:fs';
import { PDFDocument } from 'pdf-lib';
import UTIF from 'utif2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractBlocks, scanFile, type DocumentReport, type OcrProgress } from '../core/index';
import { LOW_CONFIDENCE } from '../core/extract/ocr';
import { scanNotes } from '../core/report/view';
import { imagePdf, markdownPdf, pageImages } from '../test/fixtures/scans';
import { NodeOcr } from './ocr';

const ocr = new NodeOcr();
const MOU = readFileSync(new URL('../examples/hamden-style-mou.md', import.meta.url), 'utf8');
let bornDigital: Uint8Array;
let pages: Uint8Array[];

beforeAll(async () => {
  bornDigital = await markdownPdf(MOU);
  pages = await pageImages(bornDigital);
});
afterAll(() => ocr.close());

const categories = (doc: DocumentReport, kind: 'schedule' | 'clause') =>
  new Set(kind === 'schedule' ? (doc.dataSchedule ?? []).map((row) => row.category) : doc.findings.filter((f) => f.kind !== 'pii').map((f) => f.category));

/** A page of typed lines drawn as a photo would show them: black text on white, no text layer. */
function photo(lines: string[], fontPx = 34): { width: number; height: number; rgba: Uint8Array; png: Promise<Buffer> } {
  const canvas = createCanvas(fontPx * 42, 120 + lines.length * fontPx * 2);
  const context = canvas.getContext('2d');
  context.fillStyle = '#fff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.fillStyle = '#000';
  context.font = `${fontPx}px sans-serif`;
  lines.forEach((line, i) => context.fillText(line, 60, 90 + i * fontPx * 2));
  const rgba = new Uint8Array(context.getImageData(0, 0, canvas.width, canvas.height).data.buffer);
  return { width: canvas.width, height: canvas.height, rgba, png: canvas.encode('png') };
}

/** An uncompressed RGBA TIFF with one page per image, as fax and scanner software write them. */
function multiPageTiff(pages: { width: number; height: number; rgba: Uint8Array }[]): Uint8Array {
  const DATA_START = 4096; // past the header and the directories UTIF writes
  const offsets = pages.map((_, i) => DATA_START + pages.slice(0, i).reduce((n, p) => n + p.rgba.length, 0));
  const ifds = pages.map(({ width, height, rgba }, i) => ({
    t256: [width], t257: [height], t258: [8, 8, 8, 8], t259: [1], t262: [2], t273: [offsets[i]!], t277: [4], t278: [height], t279: [rgba.length], t284: [1], t338: [1],
  }));
  const header = new Uint8Array(UTIF.encode(ifds as unknown as UTIF.IFD[]));
  const file = new Uint8Array(DATA_START + pages.reduce((n, p) => n + p.rgba.length, 0));
  file.set(header);
  pages.forEach((page, i) => file.set(page.rgba, offsets[i]!));
  return file;
}

/** The TIFF with page directory `from` linking to directory `to` instead of the next one. */
function relinked(tiff: Uint8Array, from: number, to: number): Uint8Array {
  const view = new DataView(tiff.buffer, tiff.byteOffset, tiff.byteLength);
  const little = tiff[0] === 0x49;
  const directories = [view.getUint32(4, little)];
  const linkOf = (at: number) => at + 2 + view.getUint16(at, little) * 12;
  while (view.getUint32(linkOf(directories.at(-1)!), little)) directories.push(view.getUint32(linkOf(directories.at(-1)!), little));
  view.setUint32(linkOf(directories[from]!), directories[to]!, little);
  return tiff;
}

describe('OCR of scanned agreements', { timeout: 120_000 }, () => {
  it('finds in an image-only PDF of the example MOU the data and clause categories of the born-digital PDF', async () => {
    const scanned = await imagePdf(pages);
    expect((await scanFile(scanned, 'scan.pdf', { maxOcrPages: 0 }, { ocr })).error?.message).toMatch(/scanned images, and reading scans \(OCR\) is turned off/);

    const progress: OcrProgress[] = [];
    const scan = await scanFile(scanned, 'scan.pdf', {}, { ocr, onOcrProgress: (p) => progress.push(p) });
    const born = await scanFile(bornDigital, 'born.pdf');
    expect(scan.error).toBeUndefined();
    expect(scan.ocr).toMatchObject({ pages: [1, 2], skipped: [] });
    expect(scan.ocr!.confidence).toBeGreaterThan(80);
    expect(progress).toEqual([{ read: 0, total: 2 }, { read: 1, total: 2 }, { read: 2, total: 2 }]);
    for (const kind of ['schedule', 'clause'] as const) {
      const expected = categories(born, kind);
      const found = [...expected].filter((c) => categories(scan, kind).has(c));
      expect(expected.size).toBeGreaterThan(kind === 'schedule' ? 10 : 12);
      expect(found.length / expected.size, `${kind}: missed ${[...expected].filter((c) => !found.includes(c))}`).toBeGreaterThanOrEqual(0.9);
    }
  });

  it('places each scanned word on its page, as a box in fractions of the page', async () => {
    const { blocks } = await extractBlocks(await imagePdf(pages.slice(0, 1)), 'scan.pdf', {}, { ocr });
    const title = blocks.find((b) => b.text === 'MEMORANDUM')!;
    // The title sits at the top left of page 1: about 60 of 612 points in, 60-80 of 792 down.
    expect(title.page).toBe(1);
    expect(title.box!.left).toBeCloseTo(60 / 612, 1);
    expect(title.box!.top).toBeGreaterThan(0.05);
    expect(title.box!.top).toBeLessThan(0.11);
    expect(title.box!.width).toBeGreaterThan(0.1);
  });

  it('reads no more scanned pages than the limit and names the ones left unread', async () => {
    const report = await scanFile(await imagePdf([...pages, pages[0]!]), 'scan.pdf', { maxOcrPages: 1 }, { ocr });
    expect(report.ocr).toMatchObject({ pages: [1], skipped: [2, 3] });
  });

  it('names the scanned page of a mixed PDF when OCR is off, and still scans the typed pages', async () => {
    const mixed = await PDFDocument.load(bornDigital);
    const scan = await PDFDocument.load(await imagePdf(pages.slice(0, 1)));
    mixed.addPage((await mixed.copyPages(scan, [0]))[0]);
    const report = await scanFile(await mixed.save(), 'mixed.pdf', { maxOcrPages: 0 }, { ocr });
    expect(report.error).toBeUndefined();
    expect(report.ocr).toEqual({ pages: [], confidence: 0, skipped: [3] });
    expect(report.findings.length).toBeGreaterThan(10);
  });

  it('reads PNG and TIFF images of typed pages', async () => {
    const page = photo(['Student date of birth: 03/14/2009', 'Provider may sell aggregated student data.']);
    const tiff = new Uint8Array(UTIF.encodeImage(page.rgba, page.width, page.height));
    for (const [bytes, name] of [[await page.png, 'page.png'], [tiff, 'page.tiff']] as const) {
      const report = await scanFile(bytes, name, {}, { ocr });
      expect(report.error, name).toBeUndefined();
      expect(report.ocr?.pages, name).toEqual([1]);
      expect(report.findings.map((f) => f.category), name).toEqual(expect.arrayContaining(['birthdate', 'commercial-use']));
    }
  });

  it('reads every page of a multi-page TIFF, up to the OCR page limit', async () => {
    const tiff = multiPageTiff([photo(['Student date of birth: 03/14/2009']), photo(['Provider may sell aggregated student data.'])]);
    const report = await scanFile(tiff, 'fax.tif', {}, { ocr });
    expect(report.ocr?.pages).toEqual([1, 2]);
    expect(report.findings.find((f) => f.category === 'birthdate')?.page).toBe(1);
    expect(report.findings.find((f) => f.category === 'commercial-use')?.page).toBe(2);
    const limited = await scanFile(tiff, 'fax.tif', { maxOcrPages: 1 }, { ocr });
    expect(limited.ocr).toMatchObject({ pages: [1], skipped: [2] });
    expect(limited.findings.map((f) => f.category)).not.toContain('commercial-use');
  });

  it('warns in the report when OCR is unsure of what it read, as on a photo of tiny type', async () => {
    const lines = ['Student date of birth: 03/14/2009', 'Provider may sell aggregated student data.'];
    const sharp = await scanFile(await photo(lines).png, 'sharp.png', {}, { ocr });
    const tiny = await scanFile(await photo(lines, 9).png, 'tiny.png', {}, { ocr });
    expect(sharp.ocr!.confidence).toBeGreaterThanOrEqual(LOW_CONFIDENCE);
    expect(scanNotes(sharp).join(' ')).not.toMatch(/confidence is low/);
    expect(tiny.ocr!.confidence).toBeLessThan(LOW_CONFIDENCE);
    expect(scanNotes(tiny)[1]).toMatch(/^OCR confidence is low: words may be misread, so flags may be missing/);
  });

  it('says a damaged image is damaged, refuses one claiming billions of pixels, and cannot read one without OCR', async () => {
    const png = await photo(['x']).png;
    expect((await scanFile(png.subarray(0, 60), 'cut.png', {}, { ocr })).error?.code).toBe('corrupt');
    // the header of a decompression bomb: 60,000 x 60,000 pixels declared in the IHDR chunk
    const bomb = Buffer.from(png.subarray(0, 33));
    bomb.writeUInt32BE(60_000, 16);
    bomb.writeUInt32BE(60_000, 20);
    expect((await scanFile(bomb, 'bomb.png', {}, { ocr })).error).toMatchObject({ code: 'too-large', message: expect.stringContaining('60000 x 60000 pixels') });
    // a page directory that links to itself, and two that link to each other: UTIF looped until memory ran out
    const self = relinked(multiPageTiff([photo(['x'])]), 0, 0);
    const pair = relinked(multiPageTiff([photo(['x']), photo(['y'])]), 1, 0);
    for (const [tiff, name] of [[self, 'self.tif'], [pair, 'pair.tif']] as const) expect((await scanFile(tiff, name, {}, { ocr })).error?.code).toBe('corrupt');
    const off = await scanFile(await photo(['Student date of birth']).png, 'page.png', { maxOcrPages: 0 }, { ocr });
    expect(off.error).toMatchObject({ code: 'no-text' });
  });
});
