import { CorruptFileError, EncryptedFileError, HallMonitorError, NoTextLayerError, TooLargeError } from '../errors';
import type { Block } from '../text';
import { mayBeScanned, meanConfidence, ocrPageBlocks, paintsImage, type OcrEngine, type OcrPage, type OcrProgress, type OcrSummary } from './ocr';
import { pdfPageBlocks } from './pdf-items';

export interface PdfOptions {
  maxPages: number;
  /** Reads pages without a text layer; without it such pages stay empty. */
  ocr?: OcrEngine;
  /** Scanned pages beyond this many are not read (and the report says which). */
  maxOcrPages: number;
  onOcrProgress?: (progress: OcrProgress) => void;
}

/** Every page's text items as blocks, built the way the extension's viewer builds them (pdf-items.ts). */
export async function extractPdf(bytes: Uint8Array, fileName: string, options: PdfOptions): Promise<{ blocks: Block[]; pages: number; ocr?: OcrSummary }> {
  // The legacy build runs in Node and in browsers without a worker; core stays free of Node APIs.
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // pdf.js takes ownership of the buffer it is given and refuses Node Buffers: hand it a plain copy.
  const task = pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 });
  let pdf;
  try {
    pdf = await task.promise;
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    if (name === 'PasswordException') throw new EncryptedFileError(fileName);
    throw new CorruptFileError(fileName, name === 'InvalidPDFException' ? 'it is not a valid PDF' : undefined);
  }
  try {
    if (pdf.numPages > options.maxPages) throw new TooLargeError(`${fileName} (${pdf.numPages} pages)`, `${options.maxPages} pages`);
    const pageBlocks: Block[][] = [];
    const scanned: number[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const blocks = pdfPageBlocks((await page.getTextContent()).items, n).blocks;
      pageBlocks.push(blocks);
      if (mayBeScanned(blocks) && paintsImage((await page.getOperatorList()).fnArray, pdfjs.OPS)) scanned.push(n);
    }
    let ocr: OcrSummary | undefined;
    if (scanned.length && options.ocr && options.maxOcrPages > 0) {
      const read = scanned.slice(0, options.maxOcrPages);
      const results: OcrPage[] = [];
      options.onOcrProgress?.({ read: 0, total: read.length });
      for (const n of read) {
        const result = await options.ocr.readPage(await pdf.getPage(n));
        results.push(result);
        pageBlocks[n - 1] = ocrPageBlocks(result, n);
        options.onOcrProgress?.({ read: results.length, total: read.length });
      }
      ocr = { pages: read, confidence: meanConfidence(results), skipped: scanned.slice(read.length) };
    }
    const blocks = pageBlocks.flat();
    if (!blocks.some((b) => b.text.trim()))
      throw new NoTextLayerError(fileName, !scanned.length ? 'blank' : ocr ? 'unreadable' : 'ocr-off');
    return { blocks, pages: pdf.numPages, ocr };
  } catch (error) {
    // pdf.js throws plain errors for damaged pages and streams; ours already say what happened.
    if (error instanceof HallMonitorError) throw error;
    throw new CorruptFileError(fileName, 'a page could not be read');
  } finally {
    await pdf.destroy();
  }
}
