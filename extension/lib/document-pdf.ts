import { PDFDocument, StandardFonts, type PDFFont } from 'pdf-lib';
import type { Block } from '../../core/browser';
import { CellBudget, DEFAULT_LIMITS, extractDocx, extractText } from '../../core/extract/browser';

const PAGE = { width: 612, height: 792, margin: 64 };
const SIZE = 11;
const LEADING = 15;

/** True for the files `documentAsPdf` opens: Word documents and plain text or Markdown. */
export const isDocument = (file: File) => isWord(file) || /\.(?:txt|md|markdown|text)$/i.test(file.name) || file.type === 'text/plain' || file.type === 'text/markdown';
const isWord = (file: File) => /\.docx$/i.test(file.name) || file.type === 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * A Word or text file opened in the viewer becomes a plain PDF of its words (one paragraph per block core
 * reads from it, Helvetica, Letter pages), so the viewer shows, highlights and marks it up like any PDF:
 * one path, as with a photographed page. Layout and styling are not kept; the words are. Throws core's
 * plain-language errors for a file that is not a readable Word or text file.
 */
export async function documentAsPdf(file: File): Promise<Uint8Array> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  // The same cell limit as the scan of the PDF made from it.
  const budget = new CellBudget(DEFAULT_LIMITS.maxCells);
  const blocks = isWord(file) ? await extractDocx(bytes, file.name, budget) : extractText(bytes, file.name, budget);
  const pdf = await PDFDocument.create();
  pdf.setTitle(file.name);
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const printable = new Set(font.getCharacterSet());
  const width = PAGE.width - 2 * PAGE.margin;
  let page = pdf.addPage([PAGE.width, PAGE.height]);
  let y = PAGE.height - PAGE.margin;
  for (const paragraph of paragraphs(blocks)) {
    for (const line of wrap(encodable(paragraph, printable), font, SIZE, width)) {
      if (y < PAGE.margin) {
        page = pdf.addPage([PAGE.width, PAGE.height]);
        y = PAGE.height - PAGE.margin;
      }
      page.drawText(line, { x: PAGE.margin, y, size: SIZE, font });
      y -= LEADING;
    }
    y -= LEADING / 2;
  }
  return pdf.save();
}

/** Blocks joined as core joins them: a block ending in a space or nothing runs on into the next. */
function paragraphs(blocks: readonly Block[]): string[] {
  const out: string[] = [''];
  for (const block of blocks) {
    out[out.length - 1] += block.text;
    if (block.after === '' || block.after === ' ') out[out.length - 1] += block.after;
    else out.push('');
  }
  return out.map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

// The standard fonts write WinAnsi only: another character would make pdf-lib throw, so it is shown as '?'.
const encodable = (text: string, printable: Set<number>) => [...text].map((c) => (printable.has(c.codePointAt(0)!) ? c : '?')).join('');

/** Words laid into lines no wider than `width` at `size` points; a word longer than a line gets a line of its own. */
export function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (line && font.widthOfTextAtSize(next, size) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}
