import readXlsxFile from 'read-excel-file/universal';
import { CorruptFileError, EmptyDocumentError } from '../errors';
import type { Block } from '../text';
import { tableBlocks } from './table';

/** Excel workbooks: each sheet is a table whose first row is its header. */
export async function extractXlsx(bytes: Uint8Array, fileName: string): Promise<Block[]> {
  const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  let sheets;
  try {
    sheets = await readXlsxFile(arrayBuffer);
  } catch {
    throw new CorruptFileError(fileName, 'it is not a readable Excel workbook');
  }
  const blocks = sheets.flatMap((sheet, table) => tableBlocks(sheet.data.map((row) => row.map(cellText)), table));
  if (!blocks.length) throw new EmptyDocumentError(fileName);
  return blocks;
}

// Dates come back as Date objects: ISO dates keep birthdate patterns and column checks working.
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  return String(value);
}
