import { CorruptFileError, EncryptedFileError, HallMonitorError, NoTextLayerError, TooLargeError } from '../errors';
import type { Block } from '../text';

/**
 * One block per pdf.js text item, as the extension's viewer sees them, so a span maps to the same
 * items on every surface. pdf.js already inserts space items where glyphs have gaps, so items on one
 * line join with nothing; `hasEOL` ends a line and a page ends a paragraph.
 */
export async function extractPdf(bytes: Uint8Array, fileName: string, maxPages: number): Promise<{ blocks: Block[]; pages: number }> {
  // The legacy build runs in Node and in browsers without a worker; core stays free of Node APIs.
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // pdf.js takes ownership of the buffer it is given and refuses Node Buffers: hand it a plain copy.
  const task = pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 });
  let pdf;
  try {
    pdf = await task.promise;
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    if (name === 'PasswordException') throw new EncryptedFileError(fileName);
    throw new CorruptFileError(fileName, name === 'InvalidPDFException' ? 'it is not a valid PDF' : undefined);
  }
  try {
    if (pdf.numPages > maxPages) throw new TooLargeError(`${fileName} (${pdf.numPages} pages)`, `${maxPages} pages`);
    const blocks: Block[] = [];
    for (let page = 1; page <= pdf.numPages; page++) {
      const content = await (await pdf.getPage(page)).getTextContent();
      const first = blocks.length;
      for (const item of content.items) {
        if (!('str' in item)) continue;
        if (!item.str) {
          if (item.hasEOL && blocks.length > first) blocks[blocks.length - 1]!.after = '\n';
          continue;
        }
        blocks.push({ text: item.str, page, after: item.hasEOL ? '\n' : '' });
      }
      if (blocks.length > first) blocks[blocks.length - 1]!.after = '\n\n';
    }
    if (!blocks.some((b) => b.text.trim())) throw new NoTextLayerError(fileName);
    return { blocks, pages: pdf.numPages };
  } catch (error) {
    // pdf.js throws plain errors for damaged pages and streams; ours already say what happened.
    if (error instanceof HallMonitorError) throw error;
    throw new CorruptFileError(fileName, 'a page could not be read');
  } finally {
    await pdf.destroy();
  }
}
