import type { Block } from '../text';

/** In a report: the cell limit a file's tables were read up to, and how many cells past it were left out. */
export interface CellLimit {
  limit: number;
  notRead: number;
}

/**
 * The table cells a file may have read (`--max-cells`), shared by all its tables. Cells past the limit
 * are counted, not kept, so a report can say what it left out rather than refuse a long roster.
 */
export class CellBudget {
  read = 0;
  notRead = 0;

  constructor(readonly limit: number) {}

  get left(): number {
    return this.limit - this.read;
  }

  /** True if one more cell may be read; otherwise the cell is counted as not read. */
  take(): boolean {
    if (this.read < this.limit) {
      this.read++;
      return true;
    }
    this.notRead++;
    return false;
  }

  skip(cells: number): void {
    this.notRead += cells;
  }

  /** Undefined when every cell was read. */
  summary(): CellLimit | undefined {
    return this.notRead ? { limit: this.limit, notRead: this.notRead } : undefined;
  }
}

/**
 * Turns a table's rows, one at a time, into blocks: one per non-empty cell, with the header of its column
 * attached, so detectors read "DOB" above a column of dates as context; the first row is the header (row 0).
 * Cells in a row are joined with a tab-like space and rows end in a line break, so a row reads as a line.
 * Row by row, a reader need not hold a whole table of strings as well as its blocks.
 */
export class TableBuilder {
  private header: readonly string[] = [];
  private rows = 0;
  private last?: Block;

  constructor(
    private readonly out: Block[],
    private readonly table: number,
    private readonly budget: CellBudget,
  ) {}

  add(row: readonly string[]): void {
    const r = this.rows++;
    if (r === 0) this.header = row;
    let kept: Block | undefined;
    row.forEach((cell, column) => {
      const text = cell.trim();
      if (!text || !this.budget.take()) return;
      kept = { text, after: ' ', cell: { table: this.table, row: r, column, header: (this.header[column] ?? '').trim() } };
      this.out.push(kept);
    });
    if (!kept) return;
    kept.after = '\n';
    this.last = kept;
  }

  end(): void {
    if (this.last) this.last.after = '\n\n';
  }
}

export function tableBlocks(rows: readonly (readonly string[])[], table: number, budget: CellBudget): Block[] {
  const blocks: Block[] = [];
  const builder = new TableBuilder(blocks, table, budget);
  for (const row of rows) builder.add(row);
  builder.end();
  return blocks;
}
