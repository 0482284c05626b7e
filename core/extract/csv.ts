import Papa from 'papaparse';
import { EmptyDocumentError } from '../errors';
import type { Block } from '../text';
import { TableBuilder, type CellBudget } from './table';
import { decodeText } from './text';

/** CSV and TSV: one table, the first row its header (papaparse handles quoting, embedded line breaks). */
export function extractCsv(bytes: Uint8Array, fileName: string, budget: CellBudget, delimiter?: string): Block[] {
  const text = decodeText(bytes, fileName);
  const blocks: Block[] = [];
  const table = new TableBuilder(blocks, 0, budget);
  let rows = 0;
  // Row by row: a 25 MB file of one-letter cells holds millions of them, and only the first `budget` are kept.
  Papa.parse<string[]>(text, {
    delimiter: delimiter ?? '',
    skipEmptyLines: 'greedy',
    step: ({ data: row }) => {
      if (!row.some((cell) => cell.trim())) return;
      rows++;
      table.add(row);
    },
  });
  if (!rows) throw new EmptyDocumentError(fileName);
  table.end();
  return blocks;
}
