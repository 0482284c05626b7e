// The readers a browser page loads on demand for a dropped Word or text file: kept out of core/browser.ts,
// so mammoth never lands in the content scripts' bundles.
export { extractDocx } from './docx';
export { extractText } from './text';
export { DEFAULT_LIMITS } from './limits';
export { CellBudget } from './table';
