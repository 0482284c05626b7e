import { CorruptFileError, EncryptedFileError, HallMonitorError, NoTextLayerError, TooLargeError } from '../errors';
import type { Block } from '../text';
import { pdfPageBlocks } from './pdf-items';

/** Every page's text items as blocks, built the way the extension's viewer builds them (pdf-items.ts). */
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
      blocks.push(...pdfPageBlocks(content.items, page).blocks);
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
