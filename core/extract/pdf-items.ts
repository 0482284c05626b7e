import type { Block } from '../text';

/** The part of a pdf.js text item that decides the text: marked-content items have no `str`. */
export interface PdfTextItem {
  str?: string;
  hasEOL?: boolean;
  type?: string;
}

export interface PageBlocks {
  blocks: Block[];
  /** For each block, the index of its item among the page's text items: pdf.js's text-layer span. */
  textDivs: number[];
}

/**
 * One block per non-empty pdf.js text item. pdf.js already inserts space items where glyphs have gaps,
 * so items on one line join with nothing; `hasEOL` ends a line and a page ends a paragraph. The CLI, the
 * bot and the extension's viewer all build blocks here, so a finding lands on the same words everywhere.
 */
export function pdfPageBlocks(items: readonly PdfTextItem[], page: number): PageBlocks {
  const blocks: Block[] = [];
  const textDivs: number[] = [];
  let div = -1;
  for (const item of items) {
    if (item.str === undefined) continue;
    div++;
    if (!item.str) {
      if (item.hasEOL && blocks.length) blocks[blocks.length - 1]!.after = '\n';
      continue;
    }
    blocks.push({ text: item.str, page, after: item.hasEOL ? '\n' : '' });
    textDivs.push(div);
  }
  if (blocks.length) blocks[blocks.length - 1]!.after = '\n\n';
  return { blocks, textDivs };
}
