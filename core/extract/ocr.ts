import type { PDFPageProxy } from 'pdfjs-dist';
import type { Block } from '../text';

/** A word's rectangle in image pixels, as Tesseract reports it. */
export interface PixelBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/**
 * The words OCR read on one page, in reading order: paragraphs of lines of words. Tesseract.js's `blocks`
 * output has this shape, so each surface passes its paragraphs through unchanged.
 */
export interface OcrPage {
  /** The image's size in pixels, to turn word boxes into fractions of the page. */
  width: number;
  height: number;
  paragraphs: { lines: { words: { text: string; confidence: number; bbox: PixelBox }[] }[] }[];
}

/** Reads words from images. The CLI and the bot run Tesseract in a Node worker; the extension in a Web Worker. */
export interface OcrEngine {
  /** Pages it reads at once (one per Tesseract worker). Default 1. */
  readonly concurrency?: number;
  /** Reads a PDF page that has no text layer: the engine draws it the way its platform can. */
  readPage(page: PDFPageProxy): Promise<OcrPage>;
  /** Reads an image file (PNG, JPEG or TIFF): one page per image, or per TIFF frame, up to `maxPages`. */
  readImage(bytes: Uint8Array, format: ImageFormat, options: { maxPages: number; onProgress?: (progress: OcrProgress) => void }): Promise<{ pages: OcrPage[]; total: number }>;
}

export type ImageFormat = 'png' | 'jpeg' | 'tiff';

/** How a reader uses OCR: the engine a surface lends it, the page limit, and who hears of progress. */
export interface OcrOptions {
  /** Without an engine (or with OCR turned off), scanned pages stay unread and the report names them. */
  ocr?: OcrEngine;
  maxOcrPages: number;
  onOcrProgress?: (progress: OcrProgress) => void;
}

/** What OCR did to a document, for the report's note on scanned pages. */
export interface OcrSummary {
  /** Pages read with OCR. */
  pages: number[];
  /** Mean word confidence over those pages, 0-100. */
  confidence: number;
  /** Scanned pages not read: beyond the OCR page limit, or all of them with OCR off. */
  skipped: number[];
}

/** Scanned pages read so far, out of those to read: first sent with `read: 0` before OCR starts. */
export interface OcrProgress {
  read: number;
  total: number;
}

// 200 dpi reads 10-point type as well as 300 dpi and takes half the time (measured on the example MOU).
export const OCR_DPI = 200;
// A poster-sized page is drawn at this many pixels on its longer side at most.
const MAX_SIDE = 4000;

/** The scale at which to draw a PDF page (its size in points at scale 1) for OCR. */
export function ocrScale(viewport: { width: number; height: number }): number {
  return Math.min(OCR_DPI / 72, MAX_SIDE / Math.max(viewport.width, viewport.height));
}

/** Below this mean confidence, misread words are common enough that flags may be missing. */
export const LOW_CONFIDENCE = 75;

/**
 * One block per word, with its box as fractions of the page so a viewer can draw it at any zoom. Words on a
 * line join with a space, lines with a line break and paragraphs with a blank line, as in a text layer.
 * Tesseract sometimes ends a paragraph mid-sentence; a "paragraph" that starts in lower case goes on the
 * sentence before it, so the clause is read whole.
 */
export function ocrPageBlocks(page: OcrPage, pageNumber: number): Block[] {
  const blocks: Block[] = [];
  for (const paragraph of page.paragraphs) {
    const start = blocks.length;
    const first = paragraph.lines.flatMap((line) => line.words).find((word) => word.text.trim());
    if (start && first && /^\p{Ll}/u.test(first.text)) blocks[start - 1]!.after = '\n';
    for (const line of paragraph.lines) {
      const lineStart = blocks.length;
      for (const word of line.words) {
        if (!word.text.trim()) continue;
        const { x0, y0, x1, y1 } = word.bbox;
        const box = { left: x0 / page.width, top: y0 / page.height, width: (x1 - x0) / page.width, height: (y1 - y0) / page.height };
        blocks.push({ text: word.text, page: pageNumber, after: ' ', box });
      }
      if (blocks.length > lineStart) blocks[blocks.length - 1]!.after = '\n';
    }
    if (blocks.length > start) blocks[blocks.length - 1]!.after = '\n\n';
  }
  return blocks;
}

/** Mean confidence over pages, weighted by the words each holds. */
export function meanConfidence(pages: readonly OcrPage[]): number {
  let words = 0;
  let sum = 0;
  for (const page of pages)
    for (const paragraph of page.paragraphs)
      for (const line of paragraph.lines)
        for (const word of line.words) {
          words++;
          sum += word.confidence;
        }
  return words ? Math.round(sum / words) : 0;
}

// A scanned page may still carry a few characters of text (a Bates number, a stamp).
const SCANNED_PAGE_CHARS = 20;

/** A page with (almost) no text: if it also paints an image (`paintsImage`), it is a scan to read with OCR. */
export function mayBeScanned(pageBlocks: readonly Block[]): boolean {
  let count = 0;
  for (const block of pageBlocks) count += block.text.replace(/\s+/g, '').length;
  return count < SCANNED_PAGE_CHARS;
}

const IMAGE_OPS = ['paintImageXObject', 'paintInlineImageXObject', 'paintInlineImageXObjectGroup', 'paintImageXObjectRepeat', 'paintImageMaskXObject', 'paintImageMaskXObjectGroup', 'paintImageMaskXObjectRepeat'];

/** Whether a page's operator list (pdf.js `getOperatorList().fnArray`, with its `OPS` table) draws an image. */
export function paintsImage(operators: readonly number[], ops: Record<string, number>): boolean {
  const images = new Set(IMAGE_OPS.map((name) => ops[name]));
  return operators.some((op) => images.has(op));
}
