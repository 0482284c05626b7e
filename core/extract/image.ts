import { CorruptFileError, HallMonitorError, NoTextLayerError } from '../errors';
import type { Block } from '../text';
import { meanConfidence, ocrPageBlocks, type ImageFormat, type OcrOptions, type OcrSummary } from './ocr';

/** A photo or scan saved as an image: every page is read with OCR, up to the OCR page limit. */
export async function extractImage(bytes: Uint8Array, fileName: string, format: ImageFormat, options: OcrOptions): Promise<{ blocks: Block[]; pages: number; ocr: OcrSummary }> {
  if (!options.ocr) throw new NoTextLayerError(fileName, 'ocr-off');
  const { pages, total } = await options.ocr
    .readImage(bytes, format, { maxPages: options.maxOcrPages, onProgress: options.onOcrProgress })
    .catch((error: unknown) => {
      if (error instanceof HallMonitorError) throw error;
      throw new CorruptFileError(fileName, 'the image could not be decoded');
    });
  if (!total) throw new CorruptFileError(fileName, 'it holds no image');
  const blocks = pages.flatMap((page, i) => ocrPageBlocks(page, i + 1));
  if (!blocks.length) throw new NoTextLayerError(fileName, 'unreadable');
  const numbers = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i + 1);
  return { blocks, pages: total, ocr: { pages: numbers(0, pages.length), confidence: meanConfidence(pages), skipped: numbers(pages.length, total) } };
}
