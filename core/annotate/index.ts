import { HallMonitorError, InternalError, NotMarkableError } from '../errors';
import type { ExtractHooks, ExtractOptions } from '../extract';
import type { ScanOptions } from '../options';
import type { DocumentReport } from '../report/schema';
import { failedFile, scanBytes, type FileScan } from '../scan-file';
import { annotateDocx } from './docx';
import { annotatePdf, type OpenPdf } from './pdf';

/** The formats a marked-up copy can be written in: the input's own. */
export type MarkupFormat = 'pdf' | 'docx';

export interface Annotated {
  report: DocumentReport;
  /** The marked-up copy; absent when the file could not be read or marked up (the report says why). */
  bytes?: Uint8Array;
}

/**
 * Scans a PDF or Word file and returns a copy of it carrying the findings as the format's own notes (PDF
 * highlight annotations, Word comments), with its report. Like scanFile, a file that cannot be read, or is
 * not of the format asked for, ends as a report with an `error`, never an exception.
 */
export async function annotateFile(
  bytes: Uint8Array,
  fileName: string,
  format: MarkupFormat,
  options: ScanOptions & ExtractOptions & { date?: Date } = {},
  hooks: ExtractHooks = {},
): Promise<Annotated> {
  try {
    const scan = await scanBytes(bytes, fileName, options, hooks);
    if (scan.format !== format) throw new NotMarkableError(fileName, format);
    return { report: scan.report, bytes: await write(bytes, scan, fileName, options.date) };
  } catch (error) {
    return { report: failedFile(options.source ?? fileName, error) };
  }
}

export interface MarkedUp {
  report: DocumentReport;
  /** The marked-up copy of a PDF or Word file; absent for other formats and when it could not be written. */
  bytes?: Uint8Array;
  format?: MarkupFormat;
  /** Why a PDF or Word file that was read could not be marked up (its report stands). */
  markupError?: HallMonitorError;
}

/**
 * Scans any file, and marks up a PDF or Word file from that same scan: the report of a file that cannot
 * be marked up still stands, with the reason beside it. Never throws, like scanFile.
 */
export async function scanAndMarkUp(bytes: Uint8Array, fileName: string, options: ScanOptions & ExtractOptions & { date?: Date } = {}, hooks: ExtractHooks = {}): Promise<MarkedUp> {
  let scan: FileScan;
  try {
    scan = await scanBytes(bytes, fileName, options, hooks);
  } catch (error) {
    return { report: failedFile(options.source ?? fileName, error) };
  }
  const format = scan.format === 'pdf' || scan.format === 'docx' ? scan.format : undefined;
  if (!format) return { report: scan.report };
  try {
    return { report: scan.report, format, bytes: await write(bytes, scan, fileName, options.date) };
  } catch (error) {
    return { report: scan.report, format, markupError: error instanceof HallMonitorError ? error : new InternalError(fileName) };
  }
}

function write(bytes: Uint8Array, scan: FileScan, fileName: string, date: Date | undefined): Promise<Uint8Array> {
  return scan.format === 'pdf' ? annotatePdf(bytes, scan, { fileName, date, openPdf: legacyPdfjs }) : annotateDocx(bytes, scan, { fileName, date });
}

const legacyPdfjs: OpenPdf = async (data) => {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjs.getDocument({ data, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
};
