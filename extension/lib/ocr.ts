import type { PDFPageProxy } from 'pdfjs-dist';
import { createWorker, OEM, PSM, type Worker } from 'tesseract.js';
import { OCR_DPI, ocrScale, type OcrPage } from '../../core/browser';

// Tesseract's worker, its WebAssembly core and the English model ship inside the extension (see
// wxt.config.ts): nothing is fetched from a CDN, and the page never leaves the browser.
const asset = (path: string) => new URL(`/tesseract/${path}`, location.href).href;

/** OCR for the viewer (an extension page): Tesseract in a Web Worker, started on the first scanned page. */
export class BrowserOcr {
  private worker?: Promise<Worker>;

  async readPage(page: PDFPageProxy): Promise<OcrPage> {
    const viewport = page.getViewport({ scale: ocrScale(page.getViewport({ scale: 1 })) });
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(viewport.width);
    canvas.height = Math.ceil(viewport.height);
    await page.render({ canvas, viewport }).promise;
    const worker = await (this.worker ??= startWorker());
    const { data } = await worker.recognize(canvas, {}, { blocks: true, text: false });
    return { width: canvas.width, height: canvas.height, paragraphs: (data.blocks ?? []).flatMap((block) => block.paragraphs) };
  }
}

async function startWorker(): Promise<Worker> {
  const worker = await createWorker('eng', OEM.LSTM_ONLY, {
    workerPath: asset('worker.min.js'),
    workerBlobURL: false,
    corePath: asset('core'),
    langPath: asset('lang'),
    gzip: true,
    cacheMethod: 'none',
    // The page's own promise rejects with the error; without a handler tesseract.js throws it again, uncaught.
    errorHandler: () => undefined,
  });
  await worker.setParameters({ tessedit_pageseg_mode: PSM.AUTO, user_defined_dpi: String(OCR_DPI) });
  return worker;
}
