import { Parser } from 'htmlparser2';
import { EmptyDocumentError } from '../errors';
import type { Block } from '../text';
import { TableBuilder, type CellBudget } from './table';
import { decodeText } from './text';

const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'canvas', 'iframe', 'object']);
const BREAKS = new Set([
  'p', 'div', 'br', 'hr', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'article',
  'header', 'footer', 'main', 'nav', 'aside', 'blockquote', 'pre', 'address', 'figure', 'figcaption', 'title', 'caption',
]);

interface OpenTable {
  builder: TableBuilder;
  row?: string[];
  cell?: string;
}

/** HTML (and DOCX converted to HTML): visible text in reading order, block elements as paragraphs, tables as cells. */
export function extractHtml(html: string, fileName: string, budget: CellBudget): Block[] {
  const blocks: Block[] = [];
  const tables: OpenTable[] = [];
  let tableCount = 0;
  let skipping = 0;
  let paragraph = '';
  const flush = () => {
    if (paragraph.trim()) blocks.push({ text: paragraph.trim(), after: '\n\n' });
    paragraph = '';
  };
  const table = () => tables[tables.length - 1];

  const parser = new Parser(
    {
      onopentag(name) {
        if (SKIPPED.has(name)) skipping++;
        if (skipping) return;
        const open = table();
        if (name === 'table') {
          if (open?.cell !== undefined) return; // a table inside a cell reads as that cell's text
          flush();
          tables.push({ builder: new TableBuilder(blocks, tableCount++, budget) });
        } else if (name === 'tr' && open && open.cell === undefined) open.row = [];
        else if ((name === 'td' || name === 'th') && open && open.cell === undefined) open.cell = '';
        else if (open?.cell !== undefined && BREAKS.has(name)) open.cell += ' ';
        else if (BREAKS.has(name)) flush();
      },
      ontext(text) {
        if (skipping) return;
        const open = table();
        if (open?.cell !== undefined) open.cell += text;
        else if (!open) paragraph += text;
      },
      onclosetag(name) {
        if (SKIPPED.has(name)) {
          skipping = Math.max(0, skipping - 1);
          return;
        }
        if (skipping) return;
        const open = table();
        if ((name === 'td' || name === 'th') && open?.cell !== undefined) {
          (open.row ??= []).push(open.cell.replace(/\s+/g, ' ').trim());
          open.cell = undefined;
        } else if (name === 'tr' && open?.row && open.cell === undefined) {
          open.builder.add(open.row);
          open.row = undefined;
        } else if (name === 'table' && open && open.cell === undefined) {
          tables.pop();
          if (open.row?.length) open.builder.add(open.row);
          open.builder.end();
        } else if (!open && BREAKS.has(name)) flush();
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  flush();
  if (!blocks.length) throw new EmptyDocumentError(fileName);
  return blocks;
}

export function extractHtmlFile(bytes: Uint8Array, fileName: string, budget: CellBudget): Block[] {
  return extractHtml(decodeText(bytes, fileName), fileName, budget);
}
