import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { CellBudget } from './table';

const SHEET = /^xl\/worksheets\/[^/]+\.xml$/;
const TAG = /<row\b([^>]*?)(\/?)>|<c\b([^>]*?)(\/?)>/g;
const ROW = /<row\b[^>]*?\br="(\d+)"[^>]*?(?:\/>|>([\s\S]*?)<\/row>)/g;
const CELL = /<c\b[^>]*?\br="([A-Z]{1,3})\d+"[^>]*?(?:\/>|>([\s\S]*?)<\/c>)/g;

/**
 * Readies a workbook for read-excel-file, which builds each sheet as a dense grid from A1 to its last cell
 * and needs every cell's reference. Two cells at A1 and XFD1048576 make a grid of 17 billion: each grid is
 * measured from the references first, and the cells past the budget (`maxCells` for all sheets' grids
 * together) are cut before anything is allocated, counted as not read. Rows and cells without an `r`
 * reference (Excel opens them, some exporters write them) get the position they stand in.
 */
export function prepareWorkbook(bytes: Uint8Array, budget: CellBudget): Uint8Array {
  const sheets = unzipSync(bytes, { filter: (file) => SHEET.test(file.name) });
  const fixed: Record<string, Uint8Array> = {};
  let grid = budget.left;
  for (const [name, data] of Object.entries(sheets)) {
    let { xml, rows, columns, changed } = referenced(strFromU8(data));
    if (rows * columns > grid) {
      // The top-left rectangle that fits: whole rows where a row fits, else the first columns of row 1.
      const width = Math.min(columns, grid);
      const height = width ? Math.floor(grid / width) : 0;
      xml = cut(xml, height, width, budget);
      [rows, columns, changed] = [height, width, true];
    }
    grid -= rows * columns;
    if (changed) fixed[name] = strToU8(xml);
  }
  if (!Object.keys(fixed).length) return bytes;
  return zipSync({ ...unzipSync(bytes), ...fixed });
}

/** Drops the rows below `height` and the cells right of `width`, counting those with a value as not read. */
function cut(sheet: string, height: number, width: number, budget: CellBudget): string {
  const valued = (body: string | undefined) => (body && /<(?:v|is)\b/.test(body) ? 1 : 0);
  return sheet.replace(ROW, (row, r: string, body: string | undefined) => {
    if (Number(r) > height) {
      for (const [, , cellBody] of (body ?? '').matchAll(CELL)) budget.skip(valued(cellBody));
      return '';
    }
    if (!body) return row;
    return row.replace(CELL, (cell, letters: string, cellBody: string | undefined) => {
      if (columnNumber(letters) <= width) return cell;
      budget.skip(valued(cellBody));
      return '';
    });
  });
}

function referenced(sheet: string): { xml: string; rows: number; columns: number; changed: boolean } {
  let row = 0;
  let column = 0;
  let [rows, columns] = [0, 0];
  let changed = false;
  const xml = sheet.replace(TAG, (tag, rowAttributes: string | undefined, rowEnd: string, cellAttributes: string, cellEnd: string) => {
    if (rowAttributes !== undefined) {
      const r = /\br="(\d+)"/.exec(rowAttributes);
      row = r ? Number(r[1]) : row + 1;
      column = 0;
      rows = Math.max(rows, row);
      if (r) return tag;
      changed = true;
      return `<row r="${row}"${rowAttributes}${rowEnd}>`;
    }
    const ref = /\br="([A-Z]{1,3})(\d+)"/.exec(cellAttributes);
    column = ref ? columnNumber(ref[1]!) : column + 1;
    columns = Math.max(columns, column);
    if (ref) {
      rows = Math.max(rows, Number(ref[2]));
      return tag;
    }
    changed = true;
    return `<c r="${columnName(column)}${Math.max(row, 1)}"${cellAttributes}${cellEnd}>`;
  });
  return { xml, rows, columns, changed };
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const letter of letters) n = n * 26 + letter.charCodeAt(0) - 64;
  return n;
}

function columnName(n: number): string {
  let name = '';
  for (; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}
