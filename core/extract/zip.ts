import { unzipSync } from 'fflate';
import { CorruptFileError, megabytes, TooLargeError } from '../errors';

export interface ZipLimits {
  /** All entries together, inflated. */
  total: number;
  /** One XML part (a document body, a sheet, shared strings), inflated: each is parsed whole into memory. */
  part: number;
}

/**
 * Lists a ZIP's entries (DOCX and XLSX are ZIPs) without inflating them, and refuses archives that
 * would inflate past the limits: a few kilobytes can declare gigabytes (a ZIP bomb), and one XML part of
 * nearly the whole limit, parsed into a document tree, needs many times its size in memory.
 */
export function zipEntries(bytes: Uint8Array, fileName: string, limits: ZipLimits): string[] {
  const names: string[] = [];
  let total = 0;
  let largest = { name: '', size: 0 };
  try {
    unzipSync(bytes, {
      filter(file) {
        names.push(file.name);
        total += file.originalSize;
        if (/\.(?:xml|rels)$/i.test(file.name) && file.originalSize > largest.size) largest = { name: file.name, size: file.originalSize };
        return false;
      },
    });
  } catch {
    throw new CorruptFileError(fileName, 'its ZIP container is damaged');
  }
  if (total > limits.total) throw new TooLargeError(`${fileName} (${megabytes(total)} uncompressed)`, `${megabytes(limits.total)} uncompressed`);
  if (largest.size > limits.part)
    throw new TooLargeError(`${fileName} (${largest.name}: ${megabytes(largest.size)} uncompressed)`, `${megabytes(limits.part)} uncompressed for one part`);
  return names;
}
