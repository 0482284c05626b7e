import { parentPort, workerData } from 'node:worker_threads';
import { scanAndMarkUp, scanFile, type DocumentReport, type ExtractOptions, type MarkupFormat, type OcrProgress, type ScanOptions } from '../core/index';
import { NodeOcr } from './ocr';

export interface ScanJob {
  id: number;
  bytes: Uint8Array;
  name: string;
  options: ScanOptions & ExtractOptions;
  /** Also write the marked-up copy of a PDF or Word file, from the same scan. */
  markUp?: boolean;
}

export interface WorkerSettings {
  ocrConcurrency: number;
}

/** What a scan ends in: the report, and for a marked-up job the copy or why there is none. */
export interface ScanOutcome {
  report: DocumentReport;
  markedUp?: { bytes: Uint8Array; format: MarkupFormat };
  /** The plain-language reason a PDF or Word file could not be marked up. */
  markupError?: string;
}

export type WorkerMessage = { ready: true } | ({ id: number } & ScanOutcome) | { id: number; progress: OcrProgress };

// Tesseract starts on the first scanned page and serves every later file this worker reads.
const ocr = new NodeOcr((workerData as WorkerSettings).ocrConcurrency);

// One file at a time per worker; the pool kills the worker when a file takes too long.
parentPort!.on('message', async (job: ScanJob) => {
  const onOcrProgress = (progress: OcrProgress) => parentPort!.postMessage({ id: job.id, progress } satisfies WorkerMessage);
  const hooks = { ocr, onOcrProgress };
  let outcome: ScanOutcome;
  if (job.markUp) {
    const { report, bytes, format, markupError } = await scanAndMarkUp(job.bytes, job.name, job.options, hooks);
    outcome = { report, markedUp: bytes && format ? { bytes, format } : undefined, markupError: markupError?.message };
  } else outcome = { report: await scanFile(job.bytes, job.name, job.options, hooks) };
  parentPort!.postMessage({ id: job.id, ...outcome } satisfies WorkerMessage);
});
parentPort!.postMessage({ ready: true } satisfies WorkerMessage);
