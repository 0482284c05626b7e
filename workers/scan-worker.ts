import { parentPort } from 'node:worker_threads';
import { scanFile, type DocumentReport, type ExtractOptions, type ScanOptions } from '../core/index';

export interface ScanJob {
  id: number;
  bytes: Uint8Array;
  name: string;
  options: ScanOptions & ExtractOptions;
}

export type WorkerMessage = { ready: true } | { id: number; report: DocumentReport };

// One file at a time per worker; the pool kills the worker when a file takes too long.
parentPort!.on('message', async (job: ScanJob) => {
  const report = await scanFile(job.bytes, job.name, job.options);
  parentPort!.postMessage({ id: job.id, report } satisfies WorkerMessage);
});
parentPort!.postMessage({ ready: true } satisfies WorkerMessage);
