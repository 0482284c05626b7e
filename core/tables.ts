import type { Span } from './finding';
import type { ScanText } from './text';

export interface Column {
  table: number;
  column: number;
  header: string;
  headerSpan?: Span;
  /** Non-empty cells below the header, in row order. */
  cells: Span[];
}

/** Columns of every table the surface marked with `cell`, so a header can classify its whole column. */
export function collectColumns(source: ScanText): Column[] {
  const columns = new Map<string, Column>();
  source.blocks.forEach((block, b) => {
    const cell = block.cell;
    if (!cell) return;
    const key = `${cell.table}:${cell.column}`;
    let column = columns.get(key);
    if (!column) {
      column = { table: cell.table, column: cell.column, header: cell.header ?? '', cells: [] };
      columns.set(key, column);
    }
    const span = source.spanOf(b);
    if (!span) return;
    if (cell.row === 0) column.headerSpan = span;
    else column.cells.push(span);
  });
  return [...columns.values()];
}
