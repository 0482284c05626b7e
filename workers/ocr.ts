import { createCanvas, ImageData, type Canvas } from '@napi-rs/canvas';
import { imageSize } from 'image-size';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { PDFPageProxy } from 'pdfjs-dist';
import { createScheduler, createWorker, OEM, PSM, type Scheduler, type Worker } from 'tesseract.js';
import UTIF from 'utif2';
import { InternalError, OCR_DPI, ocrScale, TooLargeError, type ImageFormat, type OcrEngine, type OcrPage, type OcrProgress } from '../core/index';

const require = createRequire(import.meta.url);
// The English LSTM model as tesseract.js itself picks it (best_int, 2.9 MB), read from the installed package:
// nothing is downloaded at run time.
const LANG_PATH = join(dirname(require.resolve('@tesseract.js-data/eng/package.json')), '4.0.0_best_int');
// A 50-megapixel TIFF is scaled down to this many pixels on its longer side.
const MAX_SIDE = 4000;

/**
 * OCR for the CLI and the bot: Tesseract (WebAssembly, one thread each) in `concurrency` worker threads,
 * started on the first scanned page and kept for the next ones, so that many pages are read at once.
 * Pages are drawn with @napi-rs/canvas, pdf.js's canvas in Node.
 */
export class NodeOcr implements OcrEngine {
  private scheduler?: Promise<Scheduler>;

  constructor(readonly concurrency = 1) {}

  async readPage(page: PDFPageProxy): Promise<OcrPage> {
    const viewport = page.getViewport({ scale: ocrScale(page.getViewport({ scale: 1 })) });
    const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
    // pdf.js fills the page white before drawing, as Tesseract expects.
    await page.render({ canvasContext: canvas.getContext('2d') as unknown as CanvasRenderingContext2D, viewport } as Parameters<PDFPageProxy['render']>[0]).promise;
    return this.recognize(await pngFrame(canvas));
  }

  async readImage(bytes: Uint8Array, format: ImageFormat, options: { maxPages: number; onProgress?: (progress: OcrProgress) => void }): Promise<{ pages: OcrPage[]; total: number }> {
    // PNG and JPEG go to Tesseract as they are: its WebAssembly decoder fails safely on a damaged file, where
    // a native decoder can take the whole process down. TIFF, which it cannot read, is decoded in JavaScript.
    const frames = format === 'tiff' ? tiffFrames(bytes) : [async () => ({ image: bytes, ...dimensions(bytes) })];
    const read = frames.slice(0, options.maxPages);
    const pages: OcrPage[] = [];
    options.onProgress?.({ read: 0, total: read.length });
    for (const frame of read) {
      pages.push(await this.recognize(await frame()));
      options.onProgress?.({ read: pages.length, total: read.length });
    }
    return { pages, total: frames.length };
  }

  async close(): Promise<void> {
    const scheduler = this.scheduler;
    this.scheduler = undefined;
    await (await scheduler?.catch(() => undefined))?.terminate();
  }

  private async recognize({ image, width, height }: Frame): Promise<OcrPage> {
    const scheduler = await (this.scheduler ??= startWorkers(this.concurrency)).catch(() => {
      // Not the file's fault: Tesseract itself could not start (a missing model, no memory).
      this.scheduler = undefined;
      throw new InternalError('scanned pages');
    });
    try {
      const { data } = await scheduler.addJob('recognize', Buffer.from(image), {}, { blocks: true, text: false });
      return { width, height, paragraphs: (data.blocks ?? []).flatMap((block) => block.paragraphs) };
    } catch (error) {
      // An image Tesseract cannot decode; it may not recover from one, so the next page gets fresh workers.
      await this.close();
      throw error;
    }
  }
}

async function startWorkers(count: number): Promise<Scheduler> {
  const scheduler = createScheduler();
  for (const worker of await Promise.all(Array.from({ length: count }, startWorker))) scheduler.addWorker(worker);
  return scheduler;
}

async function startWorker(): Promise<Worker> {
  // Without an errorHandler tesseract.js also throws a failed page's error where no one can catch it; the
  // page's own promise rejects with it anyway.
  const worker = await createWorker('eng', OEM.LSTM_ONLY, { langPath: LANG_PATH, gzip: true, cacheMethod: 'none', errorHandler: () => undefined });
  await worker.setParameters({ tessedit_pageseg_mode: PSM.AUTO, user_defined_dpi: String(OCR_DPI) });
  return worker;
}

/** An image ready for Tesseract: encoded bytes, and the size its word boxes are measured against. */
interface Frame {
  image: Uint8Array;
  width: number;
  height: number;
}

async function pngFrame(canvas: Canvas): Promise<Frame> {
  return { image: await canvas.encode('png'), width: canvas.width, height: canvas.height };
}

// An image header may claim any size; decoding a claimed 100,000 x 100,000 image would exhaust memory.
const MAX_PIXELS = 100e6;

function checkSize(width: number, height: number): void {
  if (!(width * height <= MAX_PIXELS)) throw new TooLargeError(`An image of ${width} x ${height} pixels`, `${MAX_PIXELS / 1e6} megapixels`);
}

function dimensions(bytes: Uint8Array): { width: number; height: number } {
  const { width, height } = imageSize(bytes);
  checkSize(width, height);
  return { width, height };
}

// More pages than any scanned document has; UTIF reads every directory before the first page is decoded.
const MAX_TIFF_PAGES = 10_000;

/**
 * Walks a TIFF's chain of page directories before UTIF does: UTIF follows each directory's link to the
 * next without remembering where it has been, so one that points to itself (or two that point at each
 * other) made it loop until memory ran out. A loop is damage; a chain past the page bound is too large.
 */
function checkDirectoryChain(bytes: Uint8Array): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const little = bytes[0] === 0x49; // "II": Intel byte order
  const visited = new Set<number>();
  for (let offset = view.getUint32(4, little); offset !== 0; offset = view.getUint32(offset + 2 + view.getUint16(offset, little) * 12, little)) {
    if (visited.has(offset)) throw new Error('TIFF page directories form a loop');
    visited.add(offset);
    if (visited.size > MAX_TIFF_PAGES) throw new TooLargeError(`A TIFF of more than ${MAX_TIFF_PAGES.toLocaleString('en-US')} pages`, `${MAX_TIFF_PAGES.toLocaleString('en-US')} pages`);
  }
}

/** Each page of a TIFF (scanners and fax software write one file per document), decoded when it is read. */
function tiffFrames(bytes: Uint8Array): (() => Promise<Frame>)[] {
  checkDirectoryChain(bytes);
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const ifds = UTIF.decode(buffer).filter((ifd) => ifd['t256'] && ifd['t257']);
  return ifds.map((ifd) => async () => {
    const [width, height] = [ifd['t256'], ifd['t257']].map((tag) => Number((tag as number[])[0])) as [number, number];
    checkSize(width, height);
    UTIF.decodeImage(buffer, ifd);
    const rgba = UTIF.toRGBA8(ifd);
    const frame = createCanvas(width, height);
    frame.getContext('2d').putImageData(new ImageData(new Uint8ClampedArray(rgba.buffer, rgba.byteOffset, width * height * 4), width, height), 0, 0);
    return pngFrame(whitePage(frame));
  });
}

/** The frame on a white page (transparent pixels read as black to Tesseract), scaled down if it is huge. */
function whitePage(image: Canvas): Canvas {
  const scale = Math.min(1, MAX_SIDE / Math.max(image.width, image.height));
  const canvas = createCanvas(Math.max(1, Math.round(image.width * scale)), Math.max(1, Math.round(image.height * scale)));
  const context = canvas.getContext('2d');
  context.fillStyle = '#fff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return canvas;
}
