import { EmptyDocumentError, UnsupportedFileError } from '../errors';
import type { Block } from '../text';

export interface ExtractOptions {
  /** Media type when the surface knows it (an HTTP response, a Slack file's mimetype). */
  mediaType?: string;
}

export interface Extracted {
  blocks: Block[];
  pages: number;
  /** The format that was read: 'pdf', 'docx', 'xlsx', 'csv', 'html', 'text'. */
  format: string;
}

/** Reads a file's bytes into text blocks, or throws a HallMonitorError that says why it cannot. */
export async function extractBlocks(bytes: Uint8Array, fileName: string, options: ExtractOptions = {}): Promise<Extracted> {
  const type = options.mediaType ?? '';
  if (/\.(?:txt|md|markdown)$/i.test(fileName) || type.startsWith('text/plain') || type.startsWith('text/markdown')) {
    const text = new TextDecoder('utf-8').decode(bytes);
    if (!text.trim()) throw new EmptyDocumentError(fileName);
    return { blocks: [{ text }], pages: 1, format: 'text' };
  }
  throw new UnsupportedFileError(fileName);
}
