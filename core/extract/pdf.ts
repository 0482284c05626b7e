import { CorruptFileError, EncryptedFileError, HallMonitorError, NoTextLayerError, TooLargeError } from '../errors';
import type { Block } from '../text';
import { mayBeScanned, meanConfidence, ocrPageBlocks, paintsImage, type OcrOptions, type OcrPage, type OcrSummary } from './ocr';
import { pdfPageBlocks } from './pdf-items';
import { preparePdf } from './pdf-structure';

export interface PdfOptions extends OcrOptions {
  maxPages: number;
}

/** Every page's text items as blocks, built the way the extension's viewer builds them (pdf-items.ts). */
export async function extractPdf(bytes: Uint8Array, fileName: string, options: PdfOptions): Promise<{ blocks: Block[]; pages: number; ocr?: OcrSummary }> {
  // The legacy build runs in Node and in browsers without a worker; core stays free of Node APIs.
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // pdf.js takes ownership of the buffer it is given and refuses Node Buffers: hand it a plain copy.
  const task = pdfjs.getDocument({ data: new Uint8Array(await preparePdf(bytes, fileName)), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 });
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
      pageBlocks.push([...blocks, ...formFieldBlocks(await page.getAnnotations(), n)]);
      if (mayBeScanned(blocks) && paintsImage((await page.getOperatorList()).fnArray, pdfjs.OPS)) scanned.push(n);
    }
    const engine = options.ocr;
    const read = engine ? scanned.slice(0, options.maxOcrPages) : [];
    const results: OcrPage[] = [];
    if (read.length) options.onOcrProgress?.({ read: 0, total: read.length });
    // As many pages at once as the engine has Tesseract workers; each takes seconds.
    let next = 0;
    const reader = async () => {
      while (next < read.length) {
        const n = read[next++]!;
        const result = await engine!.readPage(await pdf.getPage(n));
        results.push(result);
        pageBlocks[n - 1] = ocrPageBlocks(result, n);
        options.onOcrProgress?.({ read: results.length, total: read.length });
      }
    };
    await Promise.all(Array.from({ length: Math.min(engine?.concurrency ?? 1, read.length) }, reader));
    const blocks = pageBlocks.flat();
    if (!blocks.some((b) => b.text.trim()))
      throw new NoTextLayerError(fileName, !scanned.length ? 'blank' : read.length ? 'unreadable' : 'ocr-off');
    const ocr: OcrSummary | undefined = scanned.length ? { pages: read, confidence: meanConfidence(results), skipped: scanned.slice(read.length) } : undefined;
    return { blocks, pages: pdf.numPages, ocr };
  } catch (error) {
    // pdf.js throws plain errors for damaged pages and streams; ours already say what happened.
    if (error instanceof HallMonitorError) throw error;
    throw new CorruptFileError(fileName, 'a page could not be read');
  } finally {
    await pdf.destroy();
  }
}

/** What a pdf.js annotation tells of a form field: a text field (`Tx`) holds what someone typed in. */
interface FieldAnnotation {
  fieldType?: string;
  fieldValue?: unknown;
}

// A value typed into a form field lives in the field, not in the page's text: without this, an SSN entered in
// a PDF form went unread.
function formFieldBlocks(annotations: readonly FieldAnnotation[], page: number): Block[] {
  return annotations
    .filter((a) => a.fieldType === 'Tx' && typeof a.fieldValue === 'string' && a.fieldValue.trim())
    .map((a) => ({ text: (a.fieldValue as string).trim(), page, after: '\n\n' }));
}
