import { scanBlocks, type ScanResult } from './engine';
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
export { CATEGORIES, category, isCategoryId } from './taxonomy';
export { SCHEMA_VERSION } from './report/schema';
export { normalize, createScanText } from './text';
export { maskValue } from './mask';
export { SEVERITIES } from './finding';
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
