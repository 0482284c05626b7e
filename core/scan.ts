import { scanBlocks, type ScanResult } from './engine';
import type { HallMonitorError } from './errors';
import type { ScanOptions } from './options';
import { SCHEMA_VERSION, type DocumentReport, type Report } from './report/schema';
import type { Block } from './text';

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
