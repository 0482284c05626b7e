import { parentPort, workerData } from 'node:worker_threads';
import { scanFile, type DocumentReport, type ExtractOptions, type OcrProgress, type ScanOptions } from '../core/index';
import { NodeOcr } from './ocr';

export interface ScanJob {
  id: number;
  bytes: Uint8Array;
  name: string;
  options: ScanOptions & ExtractOptions;
}

export interface WorkerSettings {
  ocrConcurrency: number;
}

export type WorkerMessage = { ready: true } | { id: number; report: DocumentReport } | { id: number; progress: OcrProgress };

// Tesseract starts on the first scanned page and serves every later file this worker reads.
const ocr = new NodeOcr((workerData as WorkerSettings).ocrConcurrency);

// One file at a time per worker; the pool kills the worker when a file takes too long.
parentPort!.on('message', async (job: ScanJob) => {
  const onOcrProgress = (progress: OcrProgress) => parentPort!.postMessage({ id: job.id, progress } satisfies WorkerMessage);
  const report = await scanFile(job.bytes, job.name, job.options, { ocr, onOcrProgress });
  parentPort!.postMessage({ id: job.id, report } satisfies WorkerMessage);
});
parentPort!.postMessage({ ready: true } satisfies WorkerMessage);
