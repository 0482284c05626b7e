import { scanBlocks, type ScanResult } from './engine';
import { HallMonitorError, InternalError } from './errors';
import { extractBlocks, type ExtractOptions } from './extract';
import type { ScanOptions } from './options';
import { SCHEMA_VERSION, type DocumentReport, type Report } from './report/schema';
import type { Block } from './text';

export type { Finding, Span, PiiMode } from './finding';
export type { Block, Cell, BlockRange, ScanText } from './text';
export type { ScanOptions, CustomTerm } from './options';
export type { Report, DocumentReport, Protection, Evidence, Summary, DocumentError } from './report/schema';
export type { Category, CategoryId, Kind, Severity } from './taxonomy';
export type { Doctype, ProtectionStatus } from './detector';
export type { ScanResult } from './engine';
export type { ExtractOptions, Extracted } from './extract';
export { extractBlocks } from './extract';
export { pdfPageBlocks, type PdfTextItem, type PageBlocks } from './extract/pdf-items';
export { CATEGORIES, category, isCategoryId } from './taxonomy';
export { SCHEMA_VERSION } from './report/schema';
export { normalize, createScanText } from './text';
export { maskValue } from './mask';
export { SEVERITIES, severityRank } from './finding';
export { renderText, type TextOptions } from './report/text';
export { renderMarkdown } from './report/markdown';
export { renderHtml, escapeHtml } from './report/html';
export { renderBrief } from './report/brief';
export { renderJson } from './report/json';
export * from './errors';

/** Text to scan: a plain string, or the blocks a surface read (PDF text items, DOM text nodes, table cells). */
export type ScanInput = string | readonly Block[];

/**
 * Scans one document and returns its report together with the normalized text its spans point into.
 * Never touches the network, the file system or the DOM: every surface feeds it text.
 */
export function scan(input: ScanInput, options: ScanOptions = {}): ScanResult {
  return scanBlocks(typeof input === 'string' ? [{ text: input }] : input, options);
}

/** Wraps document reports in the versioned report every surface exchanges. */
export function toReport(documents: DocumentReport[]): Report {
  return { schemaVersion: SCHEMA_VERSION, documents };
}

/**
 * Reads a file's bytes and scans them. A file that cannot be read becomes a document report with an
 * `error` (code and plain-language message) instead of an exception, so one bad file never hides the
 * others; even a bug in Hall Monitor ends as an `internal` error on that one document.
 */
export async function scanFile(
  bytes: Uint8Array,
  fileName: string,
  options: ScanOptions & ExtractOptions = {},
): Promise<DocumentReport> {
  const source = options.source ?? fileName;
  try {
    const { blocks } = await extractBlocks(bytes, fileName, options);
    return scanBlocks(blocks, { ...options, source }).report;
  } catch (error) {
    return unreadable(source, error instanceof HallMonitorError ? error : new InternalError(source));
  }
}

/** The report of a document that could not be read. */
export function unreadable(source: string, error: HallMonitorError): DocumentReport {
  return {
    source,
    doctype: 'other',
    pages: 0,
    chars: 0,
    findings: [],
    summary: { total: 0, bySeverity: { high: 0, medium: 0, low: 0 }, byCategory: {} },
    error: { code: error.code, message: error.message },
  };
}
