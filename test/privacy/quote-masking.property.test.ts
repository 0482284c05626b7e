import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { summaryReply } from '../../bot/blocks';
import { normalize, renderBrief, renderHtml, renderJson, renderMarkdown, renderText, scan, toReport } from '../../core/index';

// Masking is a property of every quote, not of the values detectors flag: whatever a personal value looks
// like (any digit script, any dash look-alike, combining marks, a line break inside it, a published
// placeholder no detector counts), a clause finding that quotes its sentence must not carry it out, in any
// format a surface renders.
const ZEROS = { ascii: 0x30, 'arabic-indic': 0x660, 'extended arabic-indic': 0x6f0, devanagari: 0x966, bengali: 0x9e6, fullwidth: 0xff10 };
const script = fc.constantFrom(...Object.values(ZEROS));
const mark = fc.constantFrom('', '', '\u0332', '\u0301', '\u0323');
const dash = fc.constantFrom('-', ' ', '\u2212', '\uff0d', '\u2043', '\u2010', '\u2011', '\u2013', '\u2014', '\ufe63', '-\n', ' - ');
const digits = (count: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: count, maxLength: count });

const written = (zero: number, marks: string, groups: number[][], separators: string[]) =>
  groups.map((group) => group.map((d) => String.fromCodePoint(zero + d) + marks).join('')).reduce((text, group, i) => text + separators[i - 1] + group);

const ssn = fc
  .tuple(script, mark, digits(3), digits(2), digits(4), dash, dash)
  .map(([zero, marks, area, group, serial, a, b]) => written(zero, marks, [area, group, serial], [a, b]));
const placeholder = fc.constantFrom('078-05-1120', '219-09-9999', '123-45-6789', '000-00-0000');
const phone = fc.tuple(digits(3), digits(3), digits(4), fc.constantFrom('(%) %-%', '%-%-%', '%.%.%', '+1 % % %')).map(([a, e, l, shape]) => {
  const parts = [a, e, l].map((p) => p.join(''));
  return shape.replace(/%/g, () => parts.shift()!);
});
const card = fc.tuple(digits(4), digits(4), digits(4), digits(4), fc.constantFrom(' ', '-')).map(([a, b, c, d, s]) => [a, b, c, d].map((g) => g.join('')).join(s));
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const birthdate = fc
  .tuple(fc.integer({ min: 1, max: 28 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 2005, max: 2020 }), fc.integer({ min: 0, max: 3 }))
  .map(([day, month, year, shape]) => {
    const dd = String(day).padStart(2, '0');
    const mm = String(month).padStart(2, '0');
    return [`${day} ${MONTHS[month - 1]} ${year}`, `${MONTHS[month - 1]} ${day}, ${year}`, `${mm}/${dd}/${year}`, `${year}-${mm}-${dd}`][shape]!;
  })
  .map((date) => `date of birth ${date}`);

const value = fc.oneof(ssn, placeholder, phone, card, birthdate);
const CLAUSES = [
  (v: string) => `The Provider shall own all student data, including the record ${v} kept by the Board.`,
  (v: string) => `Provider may sell aggregated student data such as ${v} to its partners.`,
  (v: string) => `Provider may share student data, including ${v}, with its subcontractors and affiliates.`,
  (v: string) => `The Provider will keep all student data, including ${v}, indefinitely.`,
];
const clause = fc.constantFrom(...CLAUSES);

function everyFormat(text: string, showValues: boolean): Record<string, string> {
  const { report } = scan(text, { doctype: 'agreement', showValues, source: 'agreement.txt' });
  const full = toReport([report]);
  return {
    text: renderText(full),
    json: renderJson(full),
    markdown: renderMarkdown(full),
    html: renderHtml(full),
    brief: renderBrief(full),
    slack: JSON.stringify(summaryReply(report, { topRisks: 10 })),
  };
}

describe('masking in every quote', () => {
  it('lets no personal value out through a clause quote, flagged or not, in any format', () => {
    fc.assert(
      fc.property(value, clause, (v, sentence) => {
        const text = `MEMORANDUM OF UNDERSTANDING between the Board of Education ("Board") and Brightpath Inc. ("Provider"). ${sentence(v)}`;
        // As the scan sees it: NFKC and ASCII dashes (fullwidth digits become ASCII, a minus sign a hyphen).
        const seen = normalize(v);
        // Only cases where the value really is inside a quote when values are shown, so the check is not
        // vacuous (a value can change what a clause detector reads: "including 000.000.0000," is no clause).
        fc.pre(everyFormat(text, true).json.includes(JSON.stringify(seen).slice(1, -1)));
        for (const [format, output] of Object.entries(everyFormat(text, false))) {
          expect(output, format).not.toContain(v);
          expect(output.replace(/\\n/g, '\n'), format).not.toContain(seen);
        }
      }),
      { numRuns: 150 },
    );
  });
});
