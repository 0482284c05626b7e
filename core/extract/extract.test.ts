import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { docxFile, encryptedPdf, blankPdf, pdfFile, truncated, utf16le, xlsxFile, zipBombDocx } from '../../test/fixtures/files';
import { HallMonitorError } from '../errors';
import { createScanText } from '../text';
import { extractBlocks } from './index';

const joined = async (bytes: Uint8Array, name: string) => createScanText((await extractBlocks(bytes, name)).blocks).text;

async function failure(bytes: Uint8Array, name: string, options = {}): Promise<HallMonitorError> {
  try {
    await extractBlocks(bytes, name, options);
  } catch (error) {
    if (error instanceof HallMonitorError) return error;
    throw error;
  }
  throw new Error(`${name} was read without error`);
}

describe('plain text and Markdown', () => {
  it('keeps paragraphs and reads pipe tables as cells under their headers', async () => {
    const md = '# Data request\n\nThe Board will share:\n\n| Field | Level |\n|---|---|\n| Student birthdate | Mandatory |\n| Lunch status | Encouraged |\n\nEnd.';
    const { blocks } = await extractBlocks(strToU8(md), 'mou.md');
    expect(blocks.find((b) => b.text === 'Student birthdate')?.cell).toEqual({ table: 0, row: 1, column: 0, header: 'Field' });
    expect(blocks.find((b) => b.text === 'Encouraged')?.cell).toMatchObject({ row: 2, column: 1, header: 'Level' });
    expect(createScanText(blocks).text).toBe('# Data request\n\nThe Board will share:\n\nField Level\nStudent birthdate Mandatory\nLunch status Encouraged\n\nEnd.');
  });

  it('decodes UTF-16 with a byte-order mark and Windows-1252', async () => {
    expect(await joined(utf16le('Date of birth: 03/14/2009'), 'notes.txt')).toBe('Date of birth: 03/14/2009');
    expect(await joined(new Uint8Array([0x93, 0x4f, 0x4b, 0x94]), 'old.txt')).toBe('"OK"');
  });

  it('refuses binary bytes named .txt and empty files', async () => {
    expect((await failure(new Uint8Array(200).map((_, i) => (i * 7) % 32), 'garbage.txt')).code).toBe('corrupt');
    expect((await failure(new Uint8Array(), 'empty.txt')).code).toBe('empty');
    expect((await failure(strToU8(' \n\t\n'), 'blank.md')).code).toBe('empty');
  });
});

describe('HTML', () => {
  it('reads visible text in blocks and tables with headers, skipping scripts and styles', async () => {
    const html = `<!doctype html><html><head><title>Vendor terms</title><style>p{color:red}</style></head><body>
      <h1>Terms</h1><p>We may share &amp; sell <b>aggregated</b> data.</p><script>var ssn = "536-22-8726"</script>
      <table><tr><th>Name</th><th>DOB</th></tr><tr><td>Ana Ruiz</td><td>2009-03-14</td></tr></table></body></html>`;
    const { blocks, format } = await extractBlocks(strToU8(html), 'terms.html');
    expect(format).toBe('html');
    const text = createScanText(blocks).text;
    expect(text).toContain('We may share & sell aggregated data.');
    expect(text).not.toContain('536-22-8726');
    expect(text).not.toContain('color');
    expect(blocks.find((b) => b.text === '2009-03-14')?.cell).toEqual({ table: 0, row: 1, column: 1, header: 'DOB' });
  });
});

describe('CSV and TSV', () => {
  it('makes one table with the first row as header, honouring quotes', async () => {
    const { blocks } = await extractBlocks(strToU8('Student,DOB,Notes\n"Ruiz, Ana",2009-03-14,"line one\nline two"\n'), 'roster.csv');
    expect(blocks.map((b) => b.text)).toEqual(['Student', 'DOB', 'Notes', 'Ruiz, Ana', '2009-03-14', 'line one\nline two']);
    expect(blocks[4]!.cell).toEqual({ table: 0, row: 1, column: 1, header: 'DOB' });
    const tsv = await extractBlocks(strToU8('SASID\tGrade\n1234567890\t7\n'), 'ids.tsv');
    expect(tsv.blocks[2]!.cell?.header).toBe('SASID');
  });
});

describe('PDF', () => {
  it('reads every page as text items with page numbers', async () => {
    const bytes = await pdfFile([['Memorandum of Understanding', 'Student DOB 03/14/2009'], ['Page two text']]);
    const { blocks, pages, format } = await extractBlocks(bytes, 'mou.pdf');
    expect([format, pages]).toEqual(['pdf', 2]);
    const source = createScanText(blocks);
    expect(source.text).toContain('Student DOB 03/14/2009');
    expect(source.pageAt(source.text.indexOf('Page two'))).toBe(2);
    expect(source.pageAt(source.text.indexOf('Memorandum'))).toBe(1);
  });

  it('says a password-protected PDF is encrypted', async () => {
    const error = await failure(encryptedPdf(), 'locked.pdf');
    expect(error.code).toBe('encrypted');
    expect(error.message).toContain('locked.pdf');
  });

  it('says a damaged or truncated PDF is corrupt', async () => {
    expect((await failure(strToU8('%PDF-1.7\n garbage'), 'bad.pdf')).code).toBe('corrupt');
    const cut = truncated(await pdfFile([['Some text on a page']]), 0.3);
    expect(['corrupt', 'no-text']).toContain((await failure(cut, 'cut.pdf')).code);
  });

  it('says a PDF without text or scanned images has no text', async () => {
    const error = await failure(await blankPdf(), 'blank.pdf');
    expect(error.code).toBe('no-text');
    expect(error.message).toBe('No text found in blank.pdf: its pages hold neither text nor scanned images.');
  });

  it('refuses more pages than the limit, which the caller can raise', async () => {
    const bytes = await pdfFile([['one'], ['two'], ['three']]);
    expect((await failure(bytes, 'long.pdf', { maxPages: 2 })).code).toBe('too-large');
    expect((await extractBlocks(bytes, 'long.pdf', { maxPages: 3 })).pages).toBe(3);
  });
});

describe('Word and Excel', () => {
  it('reads DOCX paragraphs and tables with headers', async () => {
    const bytes = await docxFile(['The Provider shall delete all data.'], [['Field', 'Level'], ['Birthdate', 'Mandatory']]);
    const { blocks, format } = await extractBlocks(bytes, 'mou.docx');
    expect(format).toBe('docx');
    expect(createScanText(blocks).text).toContain('The Provider shall delete all data.');
    expect(blocks.find((b) => b.text === 'Mandatory')?.cell).toMatchObject({ row: 1, column: 1, header: 'Level' });
  });

  it('reads XLSX sheets as tables, dates as ISO dates', async () => {
    const bytes = await xlsxFile([['Name', 'DOB', 'Lunch Status'], ['Ana Ruiz', new Date(Date.UTC(2009, 2, 14)), 'Free']]);
    const { blocks, format } = await extractBlocks(bytes, 'roster.xlsx');
    expect(format).toBe('xlsx');
    expect(blocks.find((b) => b.cell?.header === 'DOB' && b.cell.row === 1)?.text).toBe('2009-03-14');
    expect(blocks.find((b) => b.text === 'Free')?.cell?.header).toBe('Lunch Status');
  });

  it('says truncated DOCX and XLSX files are corrupt', async () => {
    expect((await failure(truncated(await docxFile(['Hello there.'])), 'cut.docx')).code).toBe('corrupt');
    expect((await failure(truncated(await xlsxFile([['A'], ['1']])), 'cut.xlsx')).code).toBe('corrupt');
  });

  it('refuses a ZIP that declares a huge uncompressed size', async () => {
    expect((await failure(zipBombDocx(), 'bomb.docx')).code).toBe('too-large');
  });
});

describe('file types and limits', () => {
  it('goes by the bytes, not the name', async () => {
    const bytes = await pdfFile([['Hidden PDF text']]);
    expect((await extractBlocks(bytes, 'renamed.txt')).format).toBe('pdf');
  });

  it('refuses unknown and legacy Office types with the file name', async () => {
    const unknown = await failure(strToU8('GIF89a...'), 'photo.gif');
    expect(unknown.code).toBe('unsupported');
    expect(unknown.message).toContain('photo.gif');
    expect((await failure(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'old.doc')).code).toBe('unsupported');
  });

  it('refuses files over the size limit', async () => {
    expect((await failure(strToU8('a'.repeat(2048)), 'big.txt', { maxBytes: 1024 })).code).toBe('too-large');
  });
});
