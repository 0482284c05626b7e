import { NotMarkableError } from '../errors';
import type { ExtractHooks, ExtractOptions } from '../extract';
import type { ScanOptions } from '../options';
import type { DocumentReport } from '../report/schema';
import { failedFile, scanBytes } from '../scan-file';
import { annotateDocx } from './docx';
import { annotatePdf } from './pdf';

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
    const write = format === 'pdf' ? annotatePdf : annotateDocx;
    return { report: scan.report, bytes: await write(bytes, scan, { fileName, date: options.date }) };
  } catch (error) {
    return { report: failedFile(options.source ?? fileName, error) };
  }
}
