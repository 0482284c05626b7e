import { closeSync, constants, createReadStream, openSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { HallMonitorError, NotAFileError, NotFoundError, TimeoutError, TooLargeError, UnreadableFileError } from '../core/index';

export interface ReadLimits {
  maxBytes: number;
  /** Undefined: wait as long as the input takes. */
  timeoutMs?: number;
}

/** A stream the CLI can stop reading: standard input, or a file's read stream. */
export type InputStream = AsyncIterable<Uint8Array> & { destroy?(): void };

/**
 * Reads a path's bytes, or throws a HallMonitorError that says why it cannot: never more than the size
 * limit (a 3 GB file is refused from its size, /dev/zero behind a FIFO after the limit), never past the
 * time limit, and every system error as one plain line.
 */
export async function readPath(path: string, limits: ReadLimits): Promise<Uint8Array> {
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
    throw readError(path, error);
  });
  if (info.isDirectory()) throw new UnreadableFileError(path, 'it is a folder');
  if (info.isCharacterDevice() || info.isBlockDevice()) throw new NotAFileError(path, 'a device');
  if (info.isSocket()) throw new NotAFileError(path, 'a socket');
  if (info.isFile() && info.size > limits.maxBytes) throw TooLargeError.ofBytes(path, info.size, limits.maxBytes);
  const stream = createReadStream(path);
  // A FIFO with no writer blocks open() in libuv's thread pool, where no abort reaches it, and would keep
  // the process alive forever: opening its write end without blocking lets that open() return.
  const release = info.isFIFO() ? () => closeSync(openSync(path, constants.O_WRONLY | constants.O_NONBLOCK)) : undefined;
  return readStream(stream, path, limits, release);
}

/** Reads a stream (standard input, a FIFO) up to the size limit and within the time limit. */
export async function readStream(stream: InputStream, what: string, limits: ReadLimits, release?: () => void): Promise<Uint8Array> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    if (limits.timeoutMs === undefined) return;
    timer = setTimeout(() => {
      stream.destroy?.();
      try {
        release?.();
      } catch {
        // The open had already returned: destroying the stream was enough.
      }
      reject(new TimeoutError(what, Math.round(limits.timeoutMs! / 1000)));
    }, limits.timeoutMs);
  });
  const reading = collect(stream, what, limits.maxBytes);
  reading.catch(() => {}); // after a timeout, the destroyed stream's own error is no news
  try {
    return await Promise.race([reading, timedOut]);
  } finally {
    clearTimeout(timer);
  }
}

async function collect(stream: InputStream, what: string, maxBytes: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      size += chunk.length;
      // Leaving the loop destroys the stream: nothing past the limit is read.
      if (size > maxBytes) throw TooLargeError.ofBytes(what, undefined, maxBytes);
      chunks.push(chunk);
    }
  } catch (error) {
    if (error instanceof HallMonitorError) throw error;
    throw readError(what, error as NodeJS.ErrnoException);
  }
  return Buffer.concat(chunks);
}

const REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ELOOP: 'its symbolic links form a loop',
  EISDIR: 'it is a folder',
  EIO: 'the disk reported an input/output error (EIO)',
  ENXIO: 'no device or address behind it (ENXIO)',
};

/** A system error on a path as the plain-language error a report carries. */
export function readError(path: string, error: NodeJS.ErrnoException): HallMonitorError {
  if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return new NotFoundError(path);
  return new UnreadableFileError(path, REASONS[error.code ?? ''] ?? `the system refused it (${error.code ?? 'unknown error'})`);
}
