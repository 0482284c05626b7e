import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scan } from './index';

// Document-like text: contract words, personal values the detectors know, and the characters that
// break naive offset maps (zero-width, bidi marks, non-BMP letters, CRLF).
const token = fc.oneof(
  fc.constantFrom(
    'Provider', 'shall', 'not', 'may', 'sell', 'student', 'data', 'the', 'District', 'owns', 'all', 'records',
    'Date of Birth:', 'DOB', 'SSN', 'Social Security Number', 'breach', 'notify', 'within', '72 hours',
    'birthdate', 'email', 'IEP', 'free or reduced lunch', 'subcontractors', '.', ',', ';', '(the "Provider")',
    '\n', '\n\n', '\t', '|', 'Name | DOB | SSN', '---|---|---',
  ),
  fc.constantFrom('219-09-9999', '078-05-1120', '536-22-8726', 'jane.doe@school.org', 'x@example.com', '03/14/2009', '2008-11-02'),
  fc.constantFrom('\u200b', '\u202e', '\u00ad', '\ufeff', '\u{1d400}', 'é', 'ﬁ', '\r\n', '－'),
  fc.string({ maxLength: 12 }),
);
const documents = fc.array(token, { maxLength: 80 }).map((tokens) => tokens.join(' '));

describe('scan on arbitrary text', () => {
  it('never throws, and every span lies inside the text, in order, quoting exactly its words', () => {
    fc.assert(
      fc.property(documents, (text) => {
        const { report, source } = scan(text, { showValues: true, doctype: 'agreement' });
        let previous = -1;
        for (const finding of report.findings) {
          if (!finding.span) continue;
          expect(finding.span.start).toBeGreaterThanOrEqual(0);
          expect(finding.span.end).toBeLessThanOrEqual(source.text.length);
          expect(finding.span.start).toBeLessThan(finding.span.end);
          expect(finding.span.start).toBeGreaterThanOrEqual(previous);
          expect(finding.quote).toBe(source.text.slice(finding.span.start, finding.span.end));
          previous = finding.span.start;
        }
        expect(report.chars).toBe(source.text.length);
      }),
      { numRuns: 300 },
    );
  });

  it('maps every span back onto the blocks it came from', () => {
    const blockLists = fc.array(fc.record({ text: documents, page: fc.integer({ min: 1, max: 4 }) }), { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(blockLists, (blocks) => {
        const { report, source } = scan(blocks, { showValues: true });
        for (const finding of report.findings) {
          if (!finding.span) continue;
          for (const piece of source.toBlocks(finding.span)) {
            expect(piece.block).toBeGreaterThanOrEqual(0);
            expect(piece.block).toBeLessThan(blocks.length);
            expect(piece.start).toBeLessThanOrEqual(piece.end);
            expect(piece.end).toBeLessThanOrEqual(blocks[piece.block]!.text.length);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('never shows a personal value it found unless asked to', () => {
    fc.assert(
      fc.property(documents, (text) => {
        const revealed = scan(text, { showValues: true, doctype: 'agreement' }).report;
        const masked = JSON.stringify(scan(text, { doctype: 'agreement' }).report);
        for (const finding of revealed.findings) {
          if (finding.mode !== 'value' || !finding.quote || finding.quote.replace(/\W/g, '').length < 4) continue;
          expect(masked).not.toContain(finding.quote);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same report for the same text', () => {
    fc.assert(
      fc.property(documents, (text) => {
        expect(JSON.stringify(scan(text).report)).toBe(JSON.stringify(scan(text).report));
      }),
      { numRuns: 100 },
    );
  });
});
