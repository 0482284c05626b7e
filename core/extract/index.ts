import { EmptyDocumentError, TooLargeError, UnsupportedFileError } from '../errors';
import type { Block } from '../text';
import { extractCsv } from './csv';
import { extractDocx } from './docx';
import { extractHtmlFile } from './html';
import { extractImage } from './image';
import type { ImageFormat, OcrEngine, OcrOptions, OcrProgress, OcrSummary } from './ocr';
import { extractPdf } from './pdf';
import { CellBudget, type CellLimit } from './table';
import { extractText } from './text';
import { extractXlsx } from './xlsx';
import { zipEntries } from './zip';

export interface ExtractOptions {
  /** Media type when the surface knows it (an HTTP response, a Slack file's mimetype). */
  mediaType?: string;
  /** Refuse files larger than this many bytes. Default 25 MB. */
  maxBytes?: number;
  /** Refuse PDFs with more pages. Default 2,000. */
  maxPages?: number;
  /**
   * Table cells read (CSV, XLSX, and tables in DOCX, HTML and Markdown), all tables of a file together;
   * the rest are counted in the report as not read. An XLSX sheet counts by its grid. Default 1,000,000.
   */
  maxCells?: number;
  /**
   * Scanned pages and images read with OCR (when the surface has an engine), seconds each; later ones are
   * listed as not read. Default 50; 0 turns OCR off.
   */
  maxOcrPages?: number;
}

/** What a surface lends the reader beyond options: functions, which cannot cross to a worker thread. */
export interface ExtractHooks {
  ocr?: OcrEngine;
  onOcrProgress?: (progress: OcrProgress) => void;
}

import { DEFAULT_LIMITS } from './limits';

export { DEFAULT_LIMITS };

export type Format = 'pdf' | 'docx' | 'xlsx' | 'csv' | 'tsv' | 'html' | 'text' | ImageFormat;

export interface Extracted {
  blocks: Block[];
  pages: number;
  format: Format;
  /** Present when scanned pages were read with OCR. */
  ocr?: OcrSummary;
  /** Present when tables held more cells than the limit. */
  cellLimit?: CellLimit;
}

/** Reads a file's bytes into text blocks, or throws a HallMonitorError that says why it cannot. */
export async function extractBlocks(bytes: Uint8Array, fileName: string, options: ExtractOptions = {}, hooks: ExtractHooks = {}): Promise<Extracted> {
  const budget = new CellBudget(options.maxCells ?? DEFAULT_LIMITS.maxCells);
  const extracted = await extractFormat(bytes, fileName, options, hooks, budget);
  const cellLimit = budget.summary();
  return cellLimit ? { ...extracted, cellLimit } : extracted;
}

async function extractFormat(bytes: Uint8Array, fileName: string, options: ExtractOptions, hooks: ExtractHooks, budget: CellBudget): Promise<Extracted> {
  const maxBytes = options.maxBytes ?? DEFAULT_LIMITS.maxBytes;
  if (bytes.length > maxBytes) throw TooLargeError.ofBytes(fileName, bytes.length, maxBytes);
  if (!bytes.length) throw new EmptyDocumentError(fileName);
  const format = detectFormat(bytes, fileName, options.mediaType ?? '', maxBytes);
  const ocr: OcrOptions = {
    ocr: options.maxOcrPages === 0 ? undefined : hooks.ocr,
    maxOcrPages: options.maxOcrPages ?? DEFAULT_LIMITS.maxOcrPages,
    onOcrProgress: hooks.onOcrProgress,
  };
  switch (format) {
    case 'pdf':
      return { ...(await extractPdf(bytes, fileName, { maxPages: options.maxPages ?? DEFAULT_LIMITS.maxPages, ...ocr })), format };
    case 'png':
    case 'jpeg':
    case 'tiff':
      return { ...(await extractImage(bytes, fileName, format, ocr)), format };
    case 'docx':
      return { blocks: await extractDocx(bytes, fileName, budget), pages: 1, format };
    case 'xlsx':
      return { blocks: await extractXlsx(bytes, fileName, budget), pages: 1, format };
    case 'csv':
    case 'tsv':
      return { blocks: extractCsv(bytes, fileName, budget, format === 'tsv' ? '\t' : undefined), pages: 1, format };
    case 'html':
      return { blocks: extractHtmlFile(bytes, fileName, budget), pages: 1, format };
    case 'text':
      return { blocks: extractText(bytes, fileName, budget), pages: 1, format };
  }
}

const EXTENSIONS: Record<string, Format> = {
  pdf: 'pdf', docx: 'docx', xlsx: 'xlsx', csv: 'csv', tsv: 'tsv', tab: 'tsv',
  html: 'html', htm: 'html', xhtml: 'html', txt: 'text', text: 'text', md: 'text', markdown: 'text',
  png: 'png', jpg: 'jpeg', jpeg: 'jpeg', tif: 'tiff', tiff: 'tiff',
};
const MEDIA_TYPES: [RegExp, Format][] = [
  [/^application\/pdf/, 'pdf'],
  [/wordprocessingml/, 'docx'],
  [/spreadsheetml/, 'xlsx'],
  [/^text\/csv/, 'csv'],
  [/^text\/tab-separated-values/, 'tsv'],
  [/^(?:text\/html|application\/xhtml)/, 'html'],
  [/^text\/(?:plain|markdown)/, 'text'],
  [/^image\/png/, 'png'],
  [/^image\/jpe?g/, 'jpeg'],
  [/^image\/tiff/, 'tiff'],
];

/** The bytes decide over the name: a PDF saved as .txt is still a PDF, and a .docx must be a ZIP. */
function detectFormat(bytes: Uint8Array, fileName: string, mediaType: string, maxBytes: number): Format {
  const named = EXTENSIONS[/\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? ''] ?? MEDIA_TYPES.find(([re]) => re.test(mediaType))?.[1];
  if (startsWith(bytes, '%PDF-') || (named === 'pdf' && indexOf(bytes.subarray(0, 1024), '%PDF-') >= 0)) return 'pdf';
  if (startsWith(bytes, 'PK\u0003\u0004')) {
    const entries = zipEntries(bytes, fileName, { total: maxBytes * 8, part: maxBytes * 4 });
    if (entries.includes('word/document.xml')) return 'docx';
    if (entries.includes('xl/workbook.xml')) return 'xlsx';
    throw new UnsupportedFileError(fileName);
  }
  const image = imageFormat(bytes);
  if (image) return image;
  if (named === 'pdf' || named === 'docx' || named === 'xlsx' || named === 'png' || named === 'jpeg' || named === 'tiff' || isLegacyOffice(bytes))
    throw new UnsupportedFileError(fileName);
  if (named) return named;
  const head = new TextDecoder().decode(bytes.subarray(0, 512)).trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html')) return 'html';
  if (!/\.[a-z0-9]{1,8}$/i.test(fileName) || fileName === '-') return 'text';
  throw new UnsupportedFileError(fileName);
}

function imageFormat(bytes: Uint8Array): ImageFormat | undefined {
  if (startsWith(bytes, '\x89PNG\r\n\x1a\n')) return 'png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if (startsWith(bytes, 'II*\0') || startsWith(bytes, 'MM\0*')) return 'tiff';
  return undefined;
}

// Old .doc and .xls files are OLE compound documents, which we cannot read: say so instead of scanning bytes.
function isLegacyOffice(bytes: Uint8Array): boolean {
  return bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
}

function startsWith(bytes: Uint8Array, prefix: string): boolean {
  for (let i = 0; i < prefix.length; i++) if (bytes[i] !== prefix.charCodeAt(i)) return false;
  return true;
}

function indexOf(bytes: Uint8Array, needle: string): number {
  return new TextDecoder('latin1').decode(bytes).indexOf(needle);
}
