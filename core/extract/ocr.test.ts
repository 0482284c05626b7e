import { describe, expect, it } from 'vitest';
import { scan } from '../scan';
import { scanNotes } from '../report/view';
import { mayBeScanned, meanConfidence, ocrPageBlocks, type OcrPage } from './ocr';

const word = (text: string, x0: number, y0: number, confidence = 90) => ({ text, confidence, bbox: { x0, y0, x1: x0 + text.length * 10, y1: y0 + 20 } });
const page: OcrPage = {
  width: 1000,
  height: 2000,
  paragraphs: [
    { lines: [{ words: [word('Provider', 100, 100), word('may', 200, 100)] }, { words: [word('sell', 100, 130), word(' ', 150, 130), word('data.', 200, 130)] }] },
    { lines: [{ words: [] }] },
    { lines: [{ words: [word('DOB', 100, 300, 60), word('03/14/2009', 150, 300, 60)] }] },
  ],
};

describe('OCR words as blocks', () => {
  it('joins words with spaces, lines with a break and paragraphs with a blank line, skipping empty words and lines', () => {
    const blocks = ocrPageBlocks(page, 4);
    expect(blocks.map((b) => b.text + b.after).join('')).toBe('Provider may\nsell data.\n\nDOB 03/14/2009\n\n');
    expect(blocks.every((b) => b.page === 4)).toBe(true);
  });

  it('keeps a sentence whole when Tesseract breaks its paragraph before a lower-case word', () => {
    const split: OcrPage = {
      width: 1000,
      height: 1000,
      paragraphs: [
        { lines: [{ words: [word('records', 10, 10), word('for', 100, 10), word('every', 150, 10)] }] },
        { lines: [{ words: [word('student', 10, 40), word('enrolled.', 100, 40)] }] },
        { lines: [{ words: [word('Term', 10, 80)] }] },
      ],
    };
    expect(ocrPageBlocks(split, 1).map((b) => b.text + b.after).join('')).toBe('records for every\nstudent enrolled.\n\nTerm\n\n');
  });

  it('gives each word its box as fractions of the page', () => {
    expect(ocrPageBlocks(page, 1)[0]!.box).toEqual({ left: 0.1, top: 0.05, width: 0.08, height: 0.01 });
  });

  it('lets the scan find flags in OCR text, on the right page', () => {
    const { report } = scan(ocrPageBlocks(page, 2));
    expect(report.findings.find((f) => f.category === 'birthdate')?.page).toBe(2);
  });

  it('weights confidence by words', () => {
    expect(meanConfidence([page])).toBe(Math.round((5 * 90 + 2 * 60) / 7));
    expect(meanConfidence([])).toBe(0);
  });

  it('takes a page with a stamp or page number for a possible scan, and a page of text for none', () => {
    expect(mayBeScanned([{ text: 'Page 3' }, { text: 'BATES 0042' }])).toBe(true);
    expect(mayBeScanned([{ text: 'The Board will provide NCSR with student-level records.' }])).toBe(false);
  });
});

describe('report notes on scanned pages', () => {
  const doc = (ocr: { pages: number[]; confidence: number; skipped: number[] }) => ({ ...scan('text').report, ocr });

  it('says which pages OCR read, and warns when its confidence is low', () => {
    expect(scanNotes(doc({ pages: [1, 2, 3, 5], confidence: 93, skipped: [] }))).toEqual(['Pages 1-3 and 5 were scanned images, read with OCR (confidence 93%).']);
    const low = scanNotes(doc({ pages: [2], confidence: 58, skipped: [] }));
    expect(low[0]).toBe('Page 2 was a scanned image, read with OCR (confidence 58%).');
    expect(low[1]).toMatch(/^OCR confidence is low: words may be misread, so flags may be missing/);
  });

  it('names the scanned pages beyond the OCR page limit', () => {
    expect(scanNotes(doc({ pages: [1, 2], confidence: 90, skipped: [3, 4, 7] }))[1]).toBe(
      'Pages 3-4 and 7 are scanned images beyond the OCR limit of 2 pages, so they were not read: raise the limit to check them.',
    );
  });

  it('names the scanned pages left unread with OCR turned off', () => {
    expect(scanNotes(doc({ pages: [], confidence: 0, skipped: [2] }))).toEqual([
      'Page 2 is a scanned image and reading scans (OCR) is turned off, so it was not read: turn OCR on to check it.',
    ]);
  });

  it('says nothing for a document without scanned pages', () => {
    expect(scanNotes(scan('text').report)).toEqual([]);
  });
});
