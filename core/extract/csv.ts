import Papa from 'papaparse';
import { EmptyDocumentError } from '../errors';
import type { Block } from '../text';
import { tableBlocks } from './table';
import { decodeText } from './text';

/** CSV and TSV: one table, the first row its header (papaparse handles quoting, embedded line breaks). */
export function extractCsv(bytes: Uint8Array, fileName: string, delimiter?: string): Block[] {
  const text = decodeText(bytes, fileName);
  const parsed = Papa.parse<string[]>(text, { delimiter: delimiter ?? '', skipEmptyLines: 'greedy' });
  const rows = parsed.data.filter((row) => row.some((cell) => cell.trim()));
  if (!rows.length) throw new EmptyDocumentError(fileName);
  return tableBlocks(rows, 0);
}
