import { PDFDocument, PDFHexString, PDFString, type PDFPage, type PDFRef } from 'pdf-lib';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import type { ScanResult } from '../engine';
import { CorruptFileError, EncryptedFileError } from '../errors';
import { placesOf, type Finding, type Span } from '../finding';
import type { Severity } from '../taxonomy';
import { findingNote, summaryNote } from './notes';
import { pageGeometry, type BlockGeometry, type Quad } from './pdf-geometry';

export interface AnnotateOptions {
  /** The name errors use. */
  fileName: string;
  /** When the notes were written (the annotations' and comments' date). Default: now. */
  date?: Date;
}

/**
 * Opens the PDF with pdf.js to read where its text sits: Node passes the legacy build, a browser page its own
 * pdf.js (with its worker), so core loads no pdf.js of its own into a page that already has one.
 */
export type OpenPdf = (data: Uint8Array) => Promise<PDFDocumentProxy>;

export interface PdfAnnotateOptions extends AnnotateOptions {
  openPdf: OpenPdf;
}

// The viewer's highlight colours (rgba over white), so a marked-up PDF reads like the extension's viewer.
const COLOUR: Record<Severity, [number, number, number]> = { high: [0.96, 0.73, 0.73], medium: [1, 0.87, 0.65], low: [0.76, 0.87, 0.97] };
const AUTHOR = 'Hall Monitor';
const POPUP = { width: 220, height: 140 };

/**
 * A copy of a PDF with a highlight annotation over each flagged passage (colour by severity, a popup note
 * with what, why, the basis and what to ask) and a note on the first page with the summary, the checklist
 * and the questions. The pages themselves are not touched: annotations sit beside the content, so every
 * reader shows the original and can hide, reply to or delete the notes. `scan` is the scan of these same
 * bytes, so its blocks are the pages' text items (or OCR words) in order.
 */
export async function annotatePdf(bytes: Uint8Array, scan: ScanResult, options: PdfAnnotateOptions): Promise<Uint8Array> {
  const geometry = await blockGeometry(bytes, scan, options);
  let doc: PDFDocument;
  try {
    doc = await PDFDocument.load(bytes, { updateMetadata: false });
  } catch (error) {
    // An owner-password PDF is read by the scan, but notes written into it unencrypted would be garbage.
    // pdf-lib's errors are compiled to ES5 classes, so `instanceof EncryptedPDFError` never holds: read the message.
    if (error instanceof Error && /\bis encrypted\b/.test(error.message)) throw new EncryptedFileError(options.fileName);
    throw new CorruptFileError(options.fileName, 'it could not be rewritten with notes');
  }
  const date = PDFString.fromDate(options.date ?? new Date());
  const pages = doc.getPages();
  const unplaced: Finding[] = [];
  for (const finding of scan.report.findings) {
    // a repeated practice is one finding: each of its places gets its highlight
    let placed = false;
    for (const span of placesOf(finding))
      for (const [page, pageQuads] of quadsByPage(span, scan, geometry)) {
        highlight(doc, pages[page - 1]!, finding, pageQuads, date);
        placed = true;
      }
    if (!placed) unplaced.push(finding);
  }
  const summary = [...summaryNote(scan.report), ...unplaced.flatMap((f) => ['', ...findingNote(f)])];
  if (pages[0]) note(doc, pages[0], summary.join('\n'), date);
  return doc.save();
}

/** For each block of the scan, where its characters are on its page. */
async function blockGeometry(bytes: Uint8Array, scan: ScanResult, { fileName, openPdf }: PdfAnnotateOptions): Promise<(BlockGeometry | undefined)[]> {
  // a copy: pdf.js hands its data to its worker, which detaches the buffer pdf-lib reads next
  const pdf = await openPdf(new Uint8Array(bytes)).catch(() => {
    throw new CorruptFileError(fileName);
  });
  try {
    const byPage = new Map<number, number[]>();
    scan.source.blocks.forEach((block, i) => {
      if (!block.page) return;
      const indexes = byPage.get(block.page);
      if (indexes) indexes.push(i);
      else byPage.set(block.page, [i]);
    });
    const geometry: (BlockGeometry | undefined)[] = [];
    for (const [n, indexes] of byPage) {
      if (n > pdf.numPages) continue;
      const placed = await pageGeometry(await pdf.getPage(n), indexes.map((i) => scan.source.blocks[i]!));
      indexes.forEach((block, k) => (geometry[block] = placed[k]));
    }
    return geometry;
  } finally {
    await pdf.destroy();
  }
}

function quadsByPage(span: Span, scan: ScanResult, geometry: (BlockGeometry | undefined)[]): Map<number, Quad[]> {
  const quads = new Map<number, Quad[]>();
  for (const { block, start, end } of scan.source.toBlocks(span)) {
    const place = geometry[block];
    const page = scan.source.blocks[block]?.page;
    if (!place || !page || start >= end) continue;
    const pageQuads = quads.get(page);
    if (pageQuads) pageQuads.push(place(start, end));
    else quads.set(page, [place(start, end)]);
  }
  return quads;
}

function highlight(doc: PDFDocument, page: PDFPage, finding: Finding, quads: Quad[], date: PDFString): void {
  const xs = quads.flatMap((q) => [q[0], q[2], q[4], q[6]]);
  const ys = quads.flatMap((q) => [q[1], q[3], q[5], q[7]]);
  const rect = [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
  const note = findingNote(finding);
  const popupRef = doc.context.nextRef();
  const annotation = doc.context.register(
    doc.context.obj({
      Type: 'Annot',
      Subtype: 'Highlight',
      Rect: rect,
      QuadPoints: quads.flat(),
      C: COLOUR[finding.severity],
      F: 4, // print: a printed copy shows the highlights too
      Contents: PDFHexString.fromText(note.join('\n')),
      Subj: PDFHexString.fromText(note[0]!),
      T: PDFHexString.fromText(AUTHOR),
      NM: PDFString.of(finding.id),
      M: date,
      P: page.ref,
      Popup: popupRef,
    }),
  );
  attach(doc, page, annotation, popupRef, rect[3]!);
}

/** The document-level note: a comment icon in the first page's top left corner. */
function note(doc: PDFDocument, page: PDFPage, contents: string, date: PDFString): void {
  const { x, y, height } = page.getCropBox();
  const top = y + height - 8;
  const popupRef = doc.context.nextRef();
  const annotation = doc.context.register(
    doc.context.obj({
      Type: 'Annot',
      Subtype: 'Text',
      Name: 'Comment',
      Rect: [x + 8, top - 20, x + 28, top],
      C: [1, 0.85, 0.3],
      F: 4,
      Contents: PDFHexString.fromText(contents),
      Subj: PDFHexString.fromText('Hall Monitor review'),
      T: PDFHexString.fromText(AUTHOR),
      NM: PDFString.of('hall-monitor/summary'),
      M: date,
      P: page.ref,
      Popup: popupRef,
    }),
  );
  attach(doc, page, annotation, popupRef, top);
}

// The popup opens in the right margin at the passage's height, closed until the reader clicks.
function attach(doc: PDFDocument, page: PDFPage, annotation: PDFRef, popupRef: PDFRef, top: number): void {
  const { x, y, width } = page.getCropBox();
  const right = x + width;
  const popupTop = Math.max(y + POPUP.height, top);
  doc.context.assign(
    popupRef,
    doc.context.obj({ Type: 'Annot', Subtype: 'Popup', Rect: [right - POPUP.width, popupTop - POPUP.height, right, popupTop], Parent: annotation, Open: false }),
  );
  page.node.addAnnot(annotation);
  page.node.addAnnot(popupRef);
}
