import mammoth from 'mammoth';
import { CorruptFileError } from '../errors';
import type { Block } from '../text';
import { extractHtml } from './html';

/** Word documents through mammoth's HTML, so paragraphs and tables (with headers) read like HTML. */
export async function extractDocx(bytes: Uint8Array, fileName: string): Promise<Block[]> {
  const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  let html: string;
  try {
    // mammoth's Node build reads `buffer`, its browser build `arrayBuffer`: both accept an ArrayBuffer.
    ({ value: html } = await mammoth.convertToHtml({ buffer: arrayBuffer, arrayBuffer } as unknown as { arrayBuffer: ArrayBuffer }));
  } catch {
    throw new CorruptFileError(fileName, 'it is not a readable Word document');
  }
  return extractHtml(html, fileName);
}
