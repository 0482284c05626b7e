import readXlsxFile from 'read-excel-file/universal';
import { CorruptFileError, EmptyDocumentError } from '../errors';
import type { Block } from '../text';
import { tableBlocks, type CellBudget } from './table';
import { prepareWorkbook } from './xlsx-sheets';

/** Excel workbooks: each sheet is a table whose first row is its header. */
export async function extractXlsx(bytes: Uint8Array, fileName: string, budget: CellBudget): Promise<Block[]> {
  let sheets;
  try {
    const workbook = prepareWorkbook(bytes, budget);
    sheets = await readXlsxFile(workbook.buffer.slice(workbook.byteOffset, workbook.byteOffset + workbook.byteLength) as ArrayBuffer);
  } catch {
    throw new CorruptFileError(fileName, 'it is not a readable Excel workbook');
  }
  const blocks = sheets.flatMap((sheet, table) => tableBlocks(sheet.data.map((row) => row.map(cellText)), table, budget));
  if (!blocks.length) throw new EmptyDocumentError(fileName);
  return blocks;
}

// Dates come back as Date objects: ISO dates keep birthdate patterns and column checks working.
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  return String(value);
}
