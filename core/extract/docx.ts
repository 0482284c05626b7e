import mammoth from 'mammoth';
import { CorruptFileError, EmptyDocumentError } from '../errors';
import type { Block } from '../text';
import { extraPartBlocks } from './docx-parts';
import { extractHtml } from './html';
import type { CellBudget } from './table';

/** Word documents through mammoth's HTML, so paragraphs and tables (with headers) read like HTML; then headers, footers and comments. */
export async function extractDocx(bytes: Uint8Array, fileName: string, budget: CellBudget): Promise<Block[]> {
  const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  let html: string;
  try {
    // mammoth's Node build reads `buffer`, its browser build `arrayBuffer`: both accept an ArrayBuffer.
    ({ value: html } = await mammoth.convertToHtml({ buffer: arrayBuffer, arrayBuffer } as unknown as { arrayBuffer: ArrayBuffer }));
  } catch {
    throw new CorruptFileError(fileName, 'it is not a readable Word document');
  }
  const extra = extraPartBlocks(bytes);
  try {
    const blocks = extractHtml(html, fileName, budget);
    for (const block of extra) blocks.push(block); // a spread of 200,000 cells overflows the stack
    return blocks;
  } catch (error) {
    // A document whose only words are in a header or a comment still has text.
    if (error instanceof EmptyDocumentError && extra.length) return extra;
    throw error;
  }
}
