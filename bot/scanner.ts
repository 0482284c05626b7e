import { Worker } from 'node:worker_threads';
import { InternalError, TimeoutError, unreadable, type DocumentReport, type ExtractOptions, type ScanOptions } from '../core/index';
import type { ScanJob } from './scan-worker';

interface Pending {
  job: ScanJob;
  resolve(report: DocumentReport): void;
}

interface Slot {
  worker: Worker;
  current?: Pending;
  timer?: NodeJS.Timeout;
}

/**
 * Scans files in a small pool of worker threads, off the event loop that answers Slack. A file that runs
 * past the time limit gets its worker terminated (and replaced) and a plain-language timeout report; a
 * crashing worker takes only its own file down. Results are reports, never exceptions.
 */
export class Scanner {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private nextId = 1;
  private closed = false;

  constructor(
    size: number,
    private readonly timeoutMs: number,
  ) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  scan(bytes: Uint8Array, name: string, options: ScanOptions & ExtractOptions = {}): Promise<DocumentReport> {
    return new Promise((resolve) => {
      this.queue.push({ job: { id: this.nextId++, bytes, name, options }, resolve });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }

  private spawn(): Slot {
    const slot: Slot = { worker: new Worker(new URL('./scan-worker.mjs', import.meta.url)) };
    slot.worker.on('message', (message: { id: number; report: DocumentReport }) => {
      if (slot.current?.job.id === message.id) this.finish(slot, message.report);
    });
    slot.worker.on('error', () => this.replace(slot, (job) => unreadable(job.name, new InternalError(job.name))));
    slot.worker.unref();
    return slot;
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (slot.current || !this.queue.length) continue;
      const pending = this.queue.shift()!;
      slot.current = pending;
      slot.timer = setTimeout(
        () => this.replace(slot, (job) => unreadable(job.name, new TimeoutError(job.name, Math.round(this.timeoutMs / 1000)))),
        this.timeoutMs,
      );
      slot.worker.postMessage(pending.job);
    }
  }

  private finish(slot: Slot, report: DocumentReport): void {
    clearTimeout(slot.timer);
    const pending = slot.current!;
    slot.current = undefined;
    pending.resolve(report);
    this.pump();
  }

  private replace(slot: Slot, reportFor: (job: ScanJob) => DocumentReport): void {
    const pending = slot.current;
    clearTimeout(slot.timer);
    slot.current = undefined;
    void slot.worker.terminate();
    if (this.closed) return;
    const index = this.slots.indexOf(slot);
    if (index >= 0) this.slots[index] = this.spawn();
    if (pending) pending.resolve(reportFor(pending.job));
    this.pump();
  }
}
