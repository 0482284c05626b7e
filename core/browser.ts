// Everything a surface that reads documents itself (the browser extension) needs: the scan, the report
// and its renderers. The file extractors (pdf.js legacy build, mammoth, papaparse...) stay out of its bundle.
export type { Finding, Span, PiiMode } from './finding';
export type { Block, Box, Cell, BlockRange, ScanText } from './text';
export type { ScanOptions, CustomTerm } from './options';
export { parseOptions, type OptionInput, type ParsedOptions } from './parse-options';
export type { Report, DocumentReport, Protection, Evidence, Summary, DocumentError } from './report/schema';
export type { Category, CategoryId, Kind, Severity } from './taxonomy';
export type { Doctype, ProtectionStatus } from './detector';
export type { ScanResult } from './engine';
export { pdfPageBlocks, type PdfTextItem, type PageBlocks } from './extract/pdf-items';
export { mayBeScanned, meanConfidence, OCR_DPI, ocrPageBlocks, ocrScale, paintsImage, type OcrPage, type OcrSummary } from './extract/ocr';
export { CATEGORIES, category, isCategoryId } from './taxonomy';
export { SCHEMA_VERSION } from './report/schema';
export { normalize, createScanText } from './text';
export { maskValue } from './mask';
export { placesOf, SEVERITIES, severityRank } from './finding';
export { documentView, headline, KIND_LABEL, pageLabel, scanNotes, SECTION_ORDER, SECTION_TITLE, shorten, topRisks, view } from './report/view';
export type { ChecklistItemView, DocumentView, FindingView, SectionId, SectionView, SeverityGroup, ViewOptions } from './report/view';
export type { JurisdictionUse } from './report/schema';
export { defineJurisdiction, FEDERAL_BASELINE, findState, STATES, type Jurisdiction, type Requirement } from './jurisdictions';
export { renderText, type TextOptions } from './report/text';
export { renderMarkdown } from './report/markdown';
export { renderHtml, escapeHtml } from './report/html';
export { renderBrief } from './report/brief';
export { renderJson } from './report/json';
export * from './errors';
export { scan, toReport, unreadable, type ScanInput } from './scan';
export { annotatePdf, type OpenPdf } from './annotate/pdf';
