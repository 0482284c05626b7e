import { scanBlocks, type ScanResult } from './engine';
import { HallMonitorError, InternalError } from './errors';
import { extractBlocks, type ExtractHooks, type ExtractOptions, type Format } from './extract';
import type { ScanOptions } from './options';
import type { DocumentReport } from './report/schema';
import { unreadable } from './scan';

/** A file read and scanned: its report, the text its spans point into, and the format its bytes are. */
export interface FileScan extends ScanResult {
  format: Format;
}

/** Reads a file's bytes and scans them, or throws the HallMonitorError that says why it cannot. */
export async function scanBytes(bytes: Uint8Array, fileName: string, options: ScanOptions & ExtractOptions = {}, hooks: ExtractHooks = {}): Promise<FileScan> {
  const { blocks, ocr, cellLimit, format } = await extractBlocks(bytes, fileName, options, hooks);
  const { report, source } = scanBlocks(blocks, { ...options, source: options.source ?? fileName });
  return { report: { ...report, ...(ocr && { ocr }), ...(cellLimit && { cellLimit }) }, source, format };
}

/** The report of a file that failed: a bug in Hall Monitor ends as an `internal` error on that one file. */
export function failedFile(source: string, error: unknown): DocumentReport {
  return unreadable(source, error instanceof HallMonitorError ? error : new InternalError(source));
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
  hooks: ExtractHooks = {},
): Promise<DocumentReport> {
  try {
    return (await scanBytes(bytes, fileName, options, hooks)).report;
  } catch (error) {
    return failedFile(options.source ?? fileName, error);
  }
}
