export * from './browser';
export type { ExtractHooks, ExtractOptions, Extracted } from './extract';
export { DEFAULT_LIMITS, extractBlocks } from './extract';
export type { ImageFormat, OcrEngine, OcrProgress } from './extract/ocr';
export { scanFile } from './scan-file';
export { annotateFile, scanAndMarkUp, type Annotated, type MarkedUp, type MarkupFormat } from './annotate';
