import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { scanFile } from '../../core/index';
import { docxFile, pdfFile, xlsxFile } from '../fixtures/files';

// Real files with bytes flipped, cut or spliced: the extractors must answer each with a report or a
// typed, plain-language error, never an exception and never the catch-all internal error.
const originals: Record<string, Uint8Array> = {};

beforeAll(async () => {
  originals['agreement.pdf'] = await pdfFile([['The Provider may share student data with affiliates.', 'Student SSN 512-44-8830']]);
  originals['agreement.docx'] = await docxFile(['The Provider may share student data with affiliates.'], [['Name', 'DOB'], ['Ana Ruiz', '04/17/2012']]);
  originals['roster.xlsx'] = await xlsxFile([['Student Name', 'DOB'], ['Ana Ruiz', '04/17/2012']]);
});

const mutation = fc.record({
  flips: fc.array(fc.record({ at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }), { maxLength: 12 }),
  cut: fc.option(fc.double({ min: 0.05, max: 1, noNaN: true }), { nil: undefined }),
});

function mutate(bytes: Uint8Array, m: { flips: { at: number; value: number }[]; cut?: number }): Uint8Array {
  const copy = bytes.slice(0, m.cut === undefined ? bytes.length : Math.max(1, Math.floor(bytes.length * m.cut)));
  for (const flip of m.flips) copy[flip.at % copy.length] = flip.value;
  return copy;
}

describe('extractors on mutated real files', () => {
  it.each(['agreement.pdf', 'agreement.docx', 'roster.xlsx'])('%s: always a report or a typed reason', async (name) => {
    await fc.assert(
      fc.asyncProperty(mutation, async (m) => {
        const doc = await scanFile(mutate(originals[name]!, m), name);
        if (doc.error) {
          expect(doc.error.code).not.toBe('internal');
          expect(doc.error.message).toContain(name);
        } else expect(doc.findings.every((f) => !f.quote?.includes('512-44-8830'))).toBe(true);
      }),
      { numRuns: 60 },
    );
  }, 120_000);
});
