import { unzipSync } from 'fflate';
import { CorruptFileError, TooLargeError } from '../errors';

/**
 * Lists a ZIP's entries (DOCX and XLSX are ZIPs) without inflating them, and refuses archives that
 * would inflate past `maxBytes`: a few kilobytes can declare gigabytes (a ZIP bomb).
 */
export function zipEntries(bytes: Uint8Array, fileName: string, maxBytes: number): string[] {
  const names: string[] = [];
  let total = 0;
  try {
    unzipSync(bytes, {
      filter(file) {
        names.push(file.name);
        total += file.originalSize;
        return false;
      },
    });
  } catch {
    throw new CorruptFileError(fileName, 'its ZIP container is damaged');
  }
  if (total > maxBytes) throw new TooLargeError(`${fileName} (${Math.round(total / 2 ** 20)} MB uncompressed)`, `${Math.round(maxBytes / 2 ** 20)} MB uncompressed`);
  return names;
}
