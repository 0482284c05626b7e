import * as pdfWorker from 'pdfjs-dist/build/pdf.worker.mjs';
import type { ocr as extensionOcr } from '../extension/entrypoints/viewer/pdf-setup';

// A page opened from file:// can start no worker from a file, so pdf.js runs its worker code in the page
// itself: pdf.js takes a `pdfjsWorker` global as its in-page worker and loads nothing. Its fonts and
// character maps are not shipped (pdf.js falls back to the system's), and neither is Tesseract, so OCR is off.
(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = pdfWorker;

export const PDF_ASSETS = {};

export const ocr: typeof extensionOcr = undefined;
