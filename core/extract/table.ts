import type { Block } from '../text';

/**
 * Turns rows of cells into blocks, one per non-empty cell, with the header of its column attached:
 * detectors read "DOB" above a column of dates as context, and the first row is the header (row 0).
 * Cells in a row are joined with a tab-like space and rows end in a line break, so a row reads as a line.
 */
export function tableBlocks(rows: readonly (readonly string[])[], table: number, page?: number): Block[] {
  const header = rows[0] ?? [];
  const blocks: Block[] = [];
  rows.forEach((row, r) => {
    const cells = row.map((text, column) => ({ text: text.trim(), column })).filter((c) => c.text);
    cells.forEach(({ text, column }, i) => {
      const block: Block = {
        text,
        after: i === cells.length - 1 ? '\n' : ' ',
        cell: { table, row: r, column, header: (header[column] ?? '').trim() },
      };
      if (page !== undefined) block.page = page;
      blocks.push(block);
    });
  });
  if (blocks.length) blocks[blocks.length - 1]!.after = '\n\n';
  return blocks;
}
