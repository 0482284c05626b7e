import { Worker } from 'node:worker_threads';
import { InternalError, TimeoutError, TooLargeError, unreadable, type DocumentReport, type ExtractOptions, type OcrProgress, type ScanOptions } from '../core/index';
import type { ScanJob, ScanOutcome, WorkerMessage, WorkerSettings } from './scan-worker';

export type { ScanOutcome };

interface Pending {
  job: ScanJob;
  resolve(outcome: ScanOutcome): void;
  onOcrProgress?: (progress: OcrProgress) => void;
}

/** The heap each scan worker gets unless told otherwise: a file that needs more is refused, not fatal. */
export const DEFAULT_MEMORY_MB = 1024;

export interface PoolLimits {
  /** Per file, and again per scanned page read with OCR; undefined lets a file take as long as it needs. */
  timeoutMs?: number;
  /** Heap of each worker (default 1,024 MB); a file that needs more is stopped with a too-large report. */
  memoryMb?: number;
  /** Tesseract workers each scan worker starts for a scanned file's pages (default 1). */
  ocrConcurrency?: number;
}

interface Slot {
  worker: Worker;
  /** The worker has loaded core; the time limit starts only once a file reaches a ready worker. */
  ready: boolean;
  current?: Pending;
  timer?: NodeJS.Timeout;
}

/**
 * Scans files in a small pool of worker threads, off the main event loop (the bot's Slack connection, the
 * CLI's other files). A file that runs past the time limit gets its worker terminated (and replaced) and a
 * plain-language timeout report; a crashing worker takes only its own file down. Results are reports,
 * never exceptions.
 */
export class ScanPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private nextId = 1;
  private closed = false;
  private broken = false;

  constructor(
    size: number,
    private readonly limits: PoolLimits = {},
  ) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  async scan(bytes: Uint8Array, name: string, options: ScanOptions & ExtractOptions = {}, onOcrProgress?: (progress: OcrProgress) => void): Promise<DocumentReport> {
    return (await this.run({ bytes, name, options }, onOcrProgress)).report;
  }

  /** Scans a file and, for a PDF or Word file, writes its marked-up copy in the same worker from the same scan. */
  scanAndMarkUp(bytes: Uint8Array, name: string, options: ScanOptions & ExtractOptions = {}, onOcrProgress?: (progress: OcrProgress) => void): Promise<ScanOutcome> {
    return this.run({ bytes, name, options, markUp: true }, onOcrProgress);
  }

  private run(job: Omit<ScanJob, 'id'>, onOcrProgress?: (progress: OcrProgress) => void): Promise<ScanOutcome> {
    if (this.broken) return Promise.resolve({ report: unreadable(job.name, new InternalError(job.name)) });
    return new Promise((resolve) => {
      this.queue.push({ job: { id: this.nextId++, ...job }, resolve, onOcrProgress });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }

  private spawn(): Slot {
    // Always a heap limit: without one, a worker that runs out of memory takes the whole process down.
    const { memoryMb = DEFAULT_MEMORY_MB, ocrConcurrency = 1 } = this.limits;
    const worker = new Worker(new URL('./scan-worker.mjs', import.meta.url), {
      resourceLimits: { maxOldGenerationSizeMb: memoryMb },
      workerData: { ocrConcurrency } satisfies WorkerSettings,
    });
    const slot: Slot = { worker, ready: false };
    slot.worker.on('message', (message: WorkerMessage) => {
      if ('ready' in message) {
        slot.ready = true;
        this.pump();
      } else if (slot.current?.job.id !== message.id) return;
      else if ('progress' in message) {
        // A scanned page takes seconds: each one read starts the time limit afresh.
        this.startTimer(slot);
        slot.current.onOcrProgress?.(message.progress);
      } else this.finish(slot, message);
    });
    slot.worker.on('error', (error: NodeJS.ErrnoException) => {
      // A worker that fails before it has loaded core would fail again if respawned: drop it instead.
      if (!slot.ready) return this.drop(slot);
      const outOfMemory = error.code === 'ERR_WORKER_OUT_OF_MEMORY';
      this.replace(slot, (job) => unreadable(job.name, outOfMemory ? new TooLargeError(job.name, `${memoryMb} MB of memory`) : new InternalError(job.name)));
    });
    slot.worker.unref();
    return slot;
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (!slot.ready || slot.current || !this.queue.length) continue;
      const pending = this.queue.shift()!;
      slot.current = pending;
      this.startTimer(slot);
      slot.worker.postMessage(pending.job);
    }
    this.holdProcessOpen();
  }

  private startTimer(slot: Slot): void {
    const limit = this.limits.timeoutMs;
    if (limit === undefined) return;
    clearTimeout(slot.timer);
    slot.timer = setTimeout(() => this.replace(slot, (job) => unreadable(job.name, new TimeoutError(job.name, Math.round(limit / 1000)))), limit);
  }

  // Idle workers must not keep a CLI run alive, but pending files must: a long-running bot never notices.
  private holdProcessOpen(): void {
    const busy = this.queue.length > 0 || this.slots.some((slot) => slot.current);
    for (const slot of this.slots) busy ? slot.worker.ref() : slot.worker.unref();
  }

  private finish(slot: Slot, { report, markedUp, markupError }: ScanOutcome): void {
    clearTimeout(slot.timer);
    const pending = slot.current!;
    slot.current = undefined;
    pending.resolve({ report, markedUp, markupError });
    this.pump();
  }

  /** Without any worker left, every waiting file gets a plain-language report rather than waiting forever. */
  private drop(slot: Slot): void {
    void slot.worker.terminate();
    this.slots.splice(this.slots.indexOf(slot), 1);
    if (this.slots.length) return;
    this.broken = true;
    for (const pending of this.queue.splice(0)) pending.resolve({ report: unreadable(pending.job.name, new InternalError(pending.job.name)) });
  }

  private replace(slot: Slot, reportFor: (job: ScanJob) => DocumentReport): void {
    const pending = slot.current;
    clearTimeout(slot.timer);
    slot.current = undefined;
    void slot.worker.terminate();
    if (this.closed) return;
    const index = this.slots.indexOf(slot);
    if (index >= 0) this.slots[index] = this.spawn();
    if (pending) pending.resolve({ report: reportFor(pending.job) });
    this.pump();
  }
}
