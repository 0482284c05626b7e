import { PDFDocument, StandardFonts, type PDFFont } from 'pdf-lib';
import type { PDFPageProxy } from 'pdfjs-dist';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { pdfPageBlocks } from '../extract/pdf-items';
import type { Block } from '../text';

/** Four corners in PDF user space, in the order QuadPoints lists them: upper left, upper right, lower left, lower right. */
export type Quad = [number, number, number, number, number, number, number, number];

/** Where each character of a block sits on its page: the quad over chars [start, end). */
export type BlockGeometry = (start: number, end: number) => Quad;

// pdf.js reports no ascent for some fonts; these are Helvetica's, near enough for a highlight.
const ASCENT = 0.8;
const DESCENT = -0.2;

/**
 * The geometry of every block of one page, indexed like the blocks `pdfPageBlocks` builds for the scan:
 * text items keep pdf.js's own positions (the ones the viewer's text layer is laid out from), and words
 * read by OCR carry their box on the page image. Inside a text item, characters are placed by the widths of
 * the standard font of its family, stretched to the item's width: what the viewer's text layer does with
 * the browser's font. OCR words are split in proportion to their characters.
 */
export async function pageGeometry(page: PDFPageProxy, blocks: readonly Block[]): Promise<(BlockGeometry | undefined)[]> {
  if (blocks.some((block) => block.box)) {
    const viewport = page.getViewport({ scale: 1 });
    return blocks.map((block) => block.box && boxGeometry(block, viewport));
  }
  const content = await page.getTextContent();
  const items = content.items as TextItem[];
  const { blocks: itemBlocks, textDivs } = pdfPageBlocks(items, page.pageNumber);
  const styles = content.styles as Record<string, { ascent?: number; descent?: number; fontFamily?: string }>;
  // Items without `str` (marked content) are skipped by pdfPageBlocks too, so count only text items.
  const textItems = items.filter((item) => item.str !== undefined);
  return Promise.all(blocks.map(async (block, k) => {
    const item = textItems[textDivs[k] ?? -1];
    if (!item || itemBlocks[k]?.text !== block.text) return undefined;
    const style = styles[item.fontName] ?? {};
    return itemGeometry(item, style.ascent || ASCENT, style.descent || DESCENT, await widths(style.fontFamily));
  }));
}

type Widths = (text: string) => number;

const FAMILY_FONT: Record<string, StandardFonts> = { serif: StandardFonts.TimesRoman, monospace: StandardFonts.Courier };
const fonts = new Map<StandardFonts, Promise<PDFFont>>();

/** Advance widths of the standard font closest to a pdf.js font family; unencodable characters get an average width. */
async function widths(family = 'sans-serif'): Promise<Widths> {
  const name = FAMILY_FONT[family] ?? StandardFonts.Helvetica;
  if (!fonts.has(name)) fonts.set(name, PDFDocument.create().then((doc) => doc.embedFont(name)));
  const font = await fonts.get(name)!;
  const width = (char: string) => {
    try {
      return font.widthOfTextAtSize(char, 1);
    } catch {
      return 0.5;
    }
  };
  return (text) => [...text].reduce((sum, char) => sum + width(char), 0);
}

function itemGeometry(item: TextItem, ascent: number, descent: number, measure: Widths): BlockGeometry {
  const [a, b, c, d, e, f] = item.transform as [number, number, number, number, number, number];
  const advance = Math.hypot(a, b) || 1;
  const size = Math.hypot(c, d) || item.height || 1;
  // Unit vectors along the baseline and up the glyphs, so rotated text gets a rotated quad.
  const ux = a / advance;
  const uy = b / advance;
  const vx = c / size;
  const vy = d / size;
  const whole = measure(item.str) || 1;
  return (start, end) => {
    const from = (item.width * measure(item.str.slice(0, start))) / whole;
    const to = (item.width * measure(item.str.slice(0, end))) / whole;
    const point = (along: number, up: number): [number, number] => [e + ux * along + vx * up * size, f + uy * along + vy * up * size];
    return [...point(from, ascent), ...point(to, ascent), ...point(from, descent), ...point(to, descent)] as Quad;
  };
}

function boxGeometry(block: Block, viewport: { width: number; height: number; convertToPdfPoint(x: number, y: number): number[] }): BlockGeometry {
  const box = block.box!;
  const length = block.text.length || 1;
  return (start, end) => {
    const left = (box.left + (box.width * start) / length) * viewport.width;
    const right = (box.left + (box.width * end) / length) * viewport.width;
    const top = box.top * viewport.height;
    const bottom = (box.top + box.height) * viewport.height;
    const corner = (x: number, y: number) => viewport.convertToPdfPoint(x, y) as [number, number];
    return [...corner(left, top), ...corner(right, top), ...corner(left, bottom), ...corner(right, bottom)] as Quad;
  };
}
