import { GlobalWorkerOptions } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { BrowserOcr } from '../../lib/ocr';

// How pdf.js and OCR run in the extension: a pdf.js worker, and fonts, character maps, decoders and
// Tesseract shipped as extension files. The web page builds the viewer with web/pdf-setup.ts instead.

GlobalWorkerOptions.workerSrc = workerUrl;
const asset = (dir: string) => new URL(`/pdfjs/${dir}/`, location.href).href;

export const PDF_ASSETS = { standardFontDataUrl: asset('standard_fonts'), cMapUrl: asset('cmaps'), cMapPacked: true, wasmUrl: asset('wasm') };

/** Reads scanned pages; undefined where OCR cannot run. */
export const ocr: Pick<BrowserOcr, 'readPage'> | undefined = new BrowserOcr();
