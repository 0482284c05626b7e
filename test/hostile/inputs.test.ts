import { strToU8, zipSync } from 'fflate';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { extractBlocks, renderText, scanFile, toReport, type DocumentReport } from '../../core/index';
import { cmapBombPdf, docxWithParts, farCornerXlsx, pdfForm, understatedPdf, unreferencedXlsx } from '../fixtures/hostile';
import { docxFile, encryptedPdf, ownerLockedPdf, pdfFile, truncated, utf16le, xlsxFile, zipBombDocx, zipBombXlsx } from '../fixtures/files';

// Files strangers send to school boards. Every one ends in a report or a plain-language reason: never a
// crash, a hang or a silent skip. This is the path the CLI and the bot both take (scanFile).
type Outcome = { error: string } | { report: (doc: DocumentReport) => void };

const SSN = '512-44-8830';
const mb = (n: number) => n * 1024 * 1024;

async function manyPages(count: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  for (let i = 0; i < count; i++) doc.addPage([200, 200]);
  return doc.save();
}

const flagsSsn = (doc: DocumentReport) => {
  const ssn = doc.findings.find((f) => f.category === 'ssn');
  expect(ssn?.quote).toBe('***-**-8830');
};
const readable = (doc: DocumentReport) => expect(doc.error).toBeUndefined();
const rosterRows = (count: number) => Array.from({ length: count }, (_, i) => [`Student ${i}`, '7', `S${100000 + i}`, 'Maple School']);
const ROSTER_HEADER = ['Name', 'Grade', 'Student ID', 'School'];
const markdownTable = (rows: string[][]) => [rows[0]!, rows[0]!.map(() => '---'), ...rows.slice(1)].map((row) => `| ${row.join(' | ')} |`).join('\n');
const htmlTable = (rows: string[][]) => `<!doctype html><html><body><table>${rows.map((row) => `<tr>${row.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</table></body></html>`;
const readsCells = (count: number) => (doc: DocumentReport) => {
  expect(doc.error).toBeUndefined();
  expect(doc.chars).toBeGreaterThan(count);
};

const TABLE: [string, () => Promise<[Uint8Array, string]> | [Uint8Array, string], Outcome][] = [
  ['a PDF locked with a user password', () => [encryptedPdf(), 'locked.pdf'], { error: 'encrypted' }],
  ['a PDF encrypted with only an owner password (opens without one)', () => [ownerLockedPdf([`Student SSN ${SSN}`]), 'restricted.pdf'], { report: flagsSsn }],
  ['an SSN typed into a PDF form field', async () => [await pdfForm('Student enrollment form. Social Security Number:', SSN), 'form.pdf'], { report: flagsSsn }],
  [
    'a PDF whose page tree says 1 page over 3 real ones, the SSN on page 3',
    async () => [await understatedPdf([['Enrollment agreement.'], ['Terms of use.'], [`Student SSN ${SSN}`]]), 'understated.pdf'],
    { report: (doc) => [expect(doc.pages).toBe(3), flagsSsn(doc)] },
  ],
  ["a PDF whose font's character map declares a billion codes in under a kilobyte", async () => [await cmapBombPdf(`Student SSN ${SSN}`), 'cmap.pdf'], { error: 'too-large' }],
  ['a corrupt PDF', () => [strToU8('%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage'), 'broken.pdf'], { error: 'corrupt' }],
  ['a truncated PDF', async () => [truncated(await pdfFile([[`SSN ${SSN}`]]), 0.4), 'cut.pdf'], { error: 'corrupt' }],
  ['a truncated DOCX', async () => [truncated(await docxFile(['Hello'])), 'cut.docx'], { error: 'corrupt' }],
  ['a truncated XLSX', async () => [truncated(await xlsxFile([['Name'], ['Ana']])), 'cut.xlsx'], { error: 'corrupt' }],
  [
    'SSNs only in a DOCX comment, header and footer',
    async () => [await docxWithParts({ body: 'Board minutes.', comment: `Student SSN ${SSN} from the roster`, header: 'Student SSN 512-44-8831', footer: 'Student SSN 512-44-8832' }), 'parts.docx'],
    // one finding for the kind of value, with the other two places folded into it
    { report: (doc) => expect(doc.findings.filter((f) => f.category === 'ssn' && f.mode === 'value').map((f) => [f.quote, f.also?.length])).toEqual([['***-**-8830', 2]]) },
  ],
  ['a ZIP bomb named .docx', () => [zipBombDocx(), 'bomb.docx'], { error: 'too-large' }],
  ['a DOCX whose body inflates to 150 MB, under the 200 MB limit for the whole file', () => [zipBombDocx(mb(150)), 'body.docx'], { error: 'too-large' }],
  ['a ZIP bomb named .xlsx', () => [zipBombDocx(), 'bomb.xlsx'], { error: 'too-large' }],
  ['an XLSX whose shared strings inflate to 150 MB, under the 200 MB limit for the whole file', () => [zipBombXlsx(mb(150)), 'strings.xlsx'], { error: 'too-large' }],
  [
    'an SSN broken across two PDF lines, inside a clause sentence',
    async () => [await pdfFile([['The Provider shall own all student data, including the record 512-44-', '8830 kept by the Board.']]), 'broken.pdf'],
    // the clause quotes its whole sentence: the number must be masked in it though it spans a line break
    { report: (doc) => [expect(doc.findings.some((f) => f.kind === 'clause')).toBe(true), expect(JSON.stringify(doc)).not.toMatch(/512.{0,3}44/)] },
  ],
  ['a PDF with 5,000 pages', async () => [await manyPages(5000), 'huge.pdf'], { error: 'too-large' }],
  ['a 200 MB text file', () => [new Uint8Array(mb(200)).fill(0x61), 'huge.txt'], { error: 'too-large' }],
  ['binary garbage named .txt', () => [Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256), 'garbage.txt'], { error: 'corrupt' }],
  ['random bytes above 0x7F named .txt (no control characters)', () => [Uint8Array.from({ length: 4096 }, (_, i) => 0x80 + ((i * 7919 + (i >> 3)) % 128)), 'random.txt'], { error: 'corrupt' }],
  ['an empty file', () => [new Uint8Array(0), 'empty.txt'], { error: 'empty' }],
  ['a ZIP that is neither DOCX nor XLSX', () => [zipSync({ 'a.txt': strToU8('hi') }), 'archive.zip'], { error: 'unsupported' }],
  ['invalid UTF-8', () => [Uint8Array.from([...strToU8(`Student SSN ${SSN} `), 0xff, 0xfe, 0xc3, 0x28, ...strToU8(' caf\xe9')]), 'mixed.txt'], { report: flagsSsn }],
  ['UTF-16 with a byte-order mark', () => [utf16le(`Student SSN ${SSN}`), 'utf16.txt'], { report: flagsSsn }],
  // 2,000,002 cells: the first 1,000,000 read, the rest counted
  ['a CSV with 1,000,000 rows', () => [strToU8(`Name,Grade\n${'Ana Ruiz,7\n'.repeat(1_000_000)}`), 'million.csv'], { report: (doc) => expect(doc.cellLimit).toEqual({ limit: 1_000_000, notRead: 1_000_002 }) }],
  ['a CSV with 5,000 columns', () => [strToU8(`${Array.from({ length: 5000 }, (_, i) => `c${i}`).join(',')}\n${Array.from({ length: 5000 }, () => '1').join(',')}\n`), 'wide.csv'], { report: readable }],
  // big but honest tables: read, not an internal error (a spread of 200,000 blocks overflowed the stack)
  ['an HTML page with a 200,000-cell roster table', () => [strToU8(htmlTable([ROSTER_HEADER, ...rosterRows(50_000)])), 'roster.html'], { report: readsCells(200_000) }],
  ['a Markdown roster table of 200,000 cells', () => [strToU8(markdownTable([ROSTER_HEADER, ...rosterRows(50_000)])), 'roster.md'], { report: readsCells(200_000) }],
  ['a Markdown pipe table 200,000 columns wide', () => [strToU8(markdownTable([Array.from({ length: 200_000 }, (_, i) => `c${i}`), Array.from({ length: 200_000 }, () => '1')])), 'wide.md'], { report: readsCells(200_000) }],
  ['a DOCX with a 150,000-cell roster table', async () => [await docxFile(['Roster'], [ROSTER_HEADER, ...rosterRows(37_500)]), 'roster.docx'], { report: readsCells(150_000) }],
  // the grid is cut to what fits before the reader allocates it: A1 is read, the far corner is counted
  ['an XLSX with one cell at A1 and one at XFD1048576', async () => [await farCornerXlsx(), 'corners.xlsx'], { report: (doc) => expect(doc.cellLimit).toEqual({ limit: 1_000_000, notRead: 1 }) }],
  ['an XLSX without r= cell references, which Excel opens', async () => [await unreferencedXlsx([['Name', 'SSN'], ['Ana Ruiz', SSN]]), 'plain.xlsx'], { report: flagsSsn }],
  ['one 10 MB line', () => [strToU8('the board met and voted '.repeat(mb(10) / 24)), 'line.txt'], { report: readable }],
  ['a long run of digits', () => [strToU8('1'.repeat(mb(2))), 'digits.txt'], { report: readable }],
  ['long runs of spaces and dashes', () => [strToU8(`a${' '.repeat(mb(1))}-${'-'.repeat(mb(1))}b`), 'spaces.txt'], { report: readable }],
  ['a@a@a@... (email pattern bait)', () => [strToU8('a@'.repeat(mb(1) / 2)), 'at.txt'], { report: readable }],
  [
    'an SSN hidden with zero-width and right-to-left characters',
    () => [strToU8(`Student SSN \u202E5\u200B12-4\u200D4-8830\u202C on file`), 'hidden.txt'],
    { report: flagsSsn },
  ],
];

describe('hostile inputs', () => {
  it.each(TABLE)('%s', async (_, make, outcome) => {
    const [bytes, name] = await make();
    const doc = await scanFile(bytes, name);
    if ('error' in outcome) {
      expect(doc.error?.code).toBe(outcome.error);
      expect(doc.error?.message).toContain(name);
      expect(doc.findings).toEqual([]);
    } else {
      expect(doc.error).toBeUndefined();
      outcome.report(doc);
    }
  }, 120_000);
});

describe('tables past the cell limit: read up to it, and the rest counted', () => {
  const MAX_CELLS = 100_000;
  const roster = [ROSTER_HEADER, ...rosterRows(50_000)]; // 200,004 cells
  const wide = [Array.from({ length: 200_000 }, (_, i) => `c${i}`), Array.from({ length: 200_000 }, (_, i) => `v${i}`)];
  const CASES: [string, () => Promise<Uint8Array> | Uint8Array, string, number, string][] = [
    ['roster.docx', () => docxFile(['Roster'], roster), 'Student 24998', 200_004, 'Student 24999'],
    ['roster.html', () => strToU8(htmlTable(roster)), 'Student 24998', 200_004, 'Student 24999'],
    ['roster.md', () => strToU8(markdownTable(roster)), 'Student 24998', 200_004, 'Student 24999'],
    ['roster.csv', () => strToU8(roster.map((row) => row.join(',')).join('\n')), 'Student 24998', 200_004, 'Student 24999'],
    // a sheet counts by its grid: 25,000 rows of 4 columns fit, header included
    ['roster.xlsx', () => xlsxFile(roster.slice(0, 30_001)), 'Student 24998', 120_004, 'Student 24999'],
    ['wide.md', () => strToU8(markdownTable(wide)), 'c99999', 400_000, 'c100000'],
  ];
  it.each(CASES)('%s', async (name, make, lastRead, cells, firstNotRead) => {
    const extracted = await extractBlocks(await make(), name, { maxCells: MAX_CELLS });
    const text = extracted.blocks.map((b) => b.text);
    expect(extracted.blocks.filter((b) => b.cell)).toHaveLength(MAX_CELLS);
    expect(text).toContain(lastRead);
    expect(text).not.toContain(firstNotRead);
    expect(extracted.cellLimit).toEqual({ limit: MAX_CELLS, notRead: cells - MAX_CELLS });
  }, 120_000);

  it('says so in the report', async () => {
    const doc = await scanFile(strToU8(markdownTable(roster)), 'roster.md', { maxCells: MAX_CELLS });
    expect(renderText(toReport([doc]), { color: false })).toContain(
      'Note: Tables were read up to the limit of 100,000 cells; 100,004 more cells were not read, so flags in them may be missing: raise the cell limit to check them.',
    );
  }, 120_000);
});
