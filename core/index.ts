import { scanBlocks } from './engine';
import { HallMonitorError, InternalError } from './errors';
import { extractBlocks, type ExtractHooks, type ExtractOptions } from './extract';
import type { ScanOptions } from './options';
import type { DocumentReport } from './report/schema';
import { unreadable } from './scan';

export * from './browser';
export type { ExtractHooks, ExtractOptions, Extracted } from './extract';
export { DEFAULT_LIMITS, extractBlocks } from './extract';
export type { ImageFormat, OcrEngine, OcrProgress } from './extract/ocr';

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
  const source = options.source ?? fileName;
  try {
    const { blocks, ocr } = await extractBlocks(bytes, fileName, options, hooks);
    const { report } = scanBlocks(blocks, { ...options, source });
    return ocr ? { ...report, ocr } : report;
  } catch (error) {
    return unreadable(source, error instanceof HallMonitorError ? error : new InternalError(source));
  }
}

