import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { TooLargeError } from '../errors';

const SHEET = /^xl\/worksheets\/[^/]+\.xml$/;
const TAG = /<row\b([^>]*?)(\/?)>|<c\b([^>]*?)(\/?)>/g;

/**
 * Readies a workbook for read-excel-file, which builds each sheet as a dense grid from A1 to its last cell
 * and needs every cell's reference. Two cells at A1 and XFD1048576 make a grid of 17 billion: the grid is
 * measured from the references and refused past `maxCells` before anything is allocated. Rows and cells
 * without an `r` reference (Excel opens them, some exporters write them) get the position they stand in.
 */
export function prepareWorkbook(bytes: Uint8Array, fileName: string, maxCells: number): Uint8Array {
  const sheets = unzipSync(bytes, { filter: (file) => SHEET.test(file.name) });
  const fixed: Record<string, Uint8Array> = {};
  for (const [name, data] of Object.entries(sheets)) {
    const { xml, rows, columns, changed } = referenced(strFromU8(data));
    if (rows * columns > maxCells)
      throw new TooLargeError(`${fileName} (a sheet spanning ${columns.toLocaleString('en-US')} columns by ${rows.toLocaleString('en-US')} rows)`, `${maxCells.toLocaleString('en-US')} cells`);
    if (changed) fixed[name] = strToU8(xml);
  }
  if (!Object.keys(fixed).length) return bytes;
  return zipSync({ ...unzipSync(bytes), ...fixed });
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
