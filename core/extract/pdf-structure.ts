import { Unzlib } from 'fflate';
import { ParseSpeeds, PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFRawStream, PDFRef, PDFStream, type PDFObject } from 'pdf-lib';
import { megabytes, TooLargeError } from '../errors';

// pdf.js fills one table entry per character code a font's CMap declares, and refuses only single ranges
// over 2^24 - 1 codes. A few hundred such ranges fit in a kilobyte and would fill billions of entries:
// the worker's heap limit cannot stop that (the table grows in allocations larger than its slack), so the
// process died. Real fonts map at most 65,536 codes each; this leaves room for several full ones.
export const MAX_CMAP_CODES = 500_000;
const PDFJS_MAX_RANGE = 2 ** 24 - 1;
const MAX_CMAP_BYTES = 8 * 2 ** 20;
const INFLATE_SLICE = 1024;
// A page tree deeper than this is not one a writer made; pdf.js itself gives up on such trees.
const MAX_TREE_DEPTH = 64;

/**
 * What pdf.js takes on trust, checked before it reads the file: the page tree's `/Count` (a tree that says
 * 1 over 3 real pages hides pages 2 and 3 from pdf.js, whose page list comes from `/Count` alone) and the
 * size of every font's character map. Returns the bytes pdf.js should open: the file itself, or a copy
 * whose `/Count`s say how many pages the tree really holds. A file pdf-lib cannot parse is left to pdf.js,
 * which says why it cannot read it.
 */
export async function preparePdf(bytes: Uint8Array, fileName: string): Promise<Uint8Array> {
  let doc: PDFDocument;
  try {
    // Throwing on an invalid object rather than warning keeps pdf-lib off the console (and stderr).
    doc = await PDFDocument.load(bytes, { ignoreEncryption: true, updateMetadata: false, throwOnInvalidObject: true, parseSpeed: ParseSpeeds.Fastest });
  } catch {
    return bytes;
  }
  const codes = declaredCodes(doc, fileName);
  if (codes > MAX_CMAP_CODES)
    throw new TooLargeError(
      `${fileName} (its fonts' character maps declare ${codes.toLocaleString('en-US')} character codes)`,
      `${MAX_CMAP_CODES.toLocaleString('en-US')} character codes`,
    );
  // A copy of an encrypted file would lose its key, and pdf.js could not decrypt the pages it found.
  if (doc.isEncrypted || !recount(doc)) return bytes;
  return doc.save({ updateFieldAppearances: false, addDefaultPage: false });
}

/** Sets every page-tree node's `/Count` to the pages below it; true if any said otherwise. */
function recount(doc: PDFDocument): boolean {
  let changed = false;
  const seen = new Set<PDFDict>();
  const walk = (node: PDFDict, depth: number): number => {
    if (seen.has(node) || depth > MAX_TREE_DEPTH) return 0; // a kid listed twice, or a loop, is one page at most
    seen.add(node);
    const kids = node.lookup(PDFName.of('Kids'));
    if (!(kids instanceof PDFArray)) return 1;
    let pages = 0;
    for (let i = 0; i < kids.size(); i++) {
      const kid = kids.lookup(i);
      if (kid instanceof PDFDict) pages += walk(kid, depth + 1);
    }
    const count = node.lookup(PDFName.of('Count'));
    if (!(count instanceof PDFNumber) || count.asNumber() !== pages) {
      node.set(PDFName.of('Count'), PDFNumber.of(pages));
      changed = true;
    }
    return pages;
  };
  try {
    const root = doc.catalog.lookup(PDFName.of('Pages'));
    if (root instanceof PDFDict) walk(root, 0);
  } catch {
    return false; // a tree pdf-lib cannot follow is left as it is: pdf.js reads what it can
  }
  return changed;
}

/** Character codes declared by every CMap a font points to (`/ToUnicode`, or an embedded `/Encoding`). */
function declaredCodes(doc: PDFDocument, fileName: string): number {
  const maps = new Set<PDFRawStream>();
  const visit = (object: PDFObject | undefined, depth: number) => {
    if (depth > 4) return;
    const dict = object instanceof PDFStream ? object.dict : object;
    if (dict instanceof PDFArray) for (let i = 0; i < dict.size(); i++) visit(dict.get(i), depth + 1);
    if (!(dict instanceof PDFDict)) return;
    for (const key of ['ToUnicode', 'Encoding']) {
      const ref = dict.get(PDFName.of(key));
      const map = ref instanceof PDFRef ? doc.context.lookup(ref) : undefined;
      if (map instanceof PDFRawStream) maps.add(map);
    }
    // Font dictionaries written inline sit inside a page's resources, which are themselves often inline.
    for (const value of dict.values()) if (!(value instanceof PDFRef)) visit(value, depth + 1);
  };
  for (const [, object] of doc.context.enumerateIndirectObjects()) visit(object, 0);
  let codes = 0;
  for (const map of maps) {
    const text = cmapText(map, fileName);
    if (text !== undefined) codes += rangeCodes(text);
  }
  return codes;
}

/** A CMap stream's text, inflated no further than a CMap can be; undefined for filters CMaps do not use. */
function cmapText(stream: PDFRawStream, fileName: string): string | undefined {
  const filter = stream.dict.lookup(PDFName.of('Filter'));
  const filters = filter instanceof PDFArray ? filter.asArray() : filter ? [filter] : [];
  const latin1 = new TextDecoder('latin1'); // one byte, one character: chunks decode on their own
  if (!filters.length) return latin1.decode(stream.contents);
  if (filters.length > 1 || filters[0]?.toString() !== '/FlateDecode') return undefined;
  let text = '';
  let size = 0;
  const inflate = new Unzlib((chunk) => {
    size += chunk.length;
    text += latin1.decode(chunk);
  });
  try {
    // Fed a slice at a time, so a kilobyte that inflates to gigabytes is stopped after a few megabytes.
    for (let at = 0; at < stream.contents.length && size <= MAX_CMAP_BYTES; at += INFLATE_SLICE)
      inflate.push(stream.contents.subarray(at, at + INFLATE_SLICE), at + INFLATE_SLICE >= stream.contents.length);
  } catch {
    return undefined; // a damaged stream: pdf.js ignores the map
  }
  if (size > MAX_CMAP_BYTES)
    throw new TooLargeError(`${fileName} (a font's character map inflates past ${megabytes(MAX_CMAP_BYTES)})`, `${megabytes(MAX_CMAP_BYTES)} per character map`);
  return text;
}

const RANGES = /begin(bf|cid)range([\s\S]*?)end\1range/g;
const TOKEN = /<[0-9a-fA-F\s]*>|\[[^\]]*\]|[+-]?\d+(?:\.\d+)?/g;

/** Codes the `bfrange` and `cidrange` sections fill: `<low> <high> destination`, as pdf.js counts them. */
function rangeCodes(cmap: string): number {
  let codes = 0;
  for (const [, , body] of cmap.matchAll(RANGES)) {
    const tokens = body!.match(TOKEN) ?? [];
    for (let i = 0; i + 2 < tokens.length; i += 3) {
      const span = hex(tokens[i + 1]!) - hex(tokens[i]!);
      if (span >= 0 && span <= PDFJS_MAX_RANGE) codes += span + 1;
    }
  }
  return codes;
}

function hex(token: string): number {
  return parseInt(token.replace(/[<>\s]/g, ''), 16);
}
