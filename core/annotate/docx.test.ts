import { Document, CommentRangeEnd, CommentRangeStart, CommentReference, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { pdfFile } from '../../test/fixtures/files';
import { libreOfficePdf } from '../../test/fixtures/readers';
import { placesOf } from '../finding';
import { annotateFile, category, normalize, type Finding } from '../index';
import { SUGGESTED_WORDING } from './suggested-wording';

// An agreement as Word writes one: sentences split across runs by bold and italic, an ampersand, a table
// of the data asked for, and a reviewer's comment already on it.
const RECITAL = 'This Memorandum of Understanding is entered into by the Millbrook Board of Education (the "Board") and Northeast Council for School Renewal & Research, Inc. ("NCSR").';
async function agreement(): Promise<Uint8Array> {
  const split = (...parts: [string, { bold?: boolean; italics?: boolean }?][]) => new Paragraph({ children: parts.map(([text, style]) => new TextRun({ text, ...style })) });
  const doc = new Document({
    comments: { children: [{ id: 0, author: 'Board counsel', date: new Date('2026-11-02T10:00:00Z'), children: [new Paragraph('Check the parties.')] }] },
    sections: [
      {
        children: [
          new Paragraph({ children: [new CommentRangeStart(0), new TextRun('MEMORANDUM OF UNDERSTANDING'), new CommentRangeEnd(0), new TextRun({ children: [new CommentReference(0)] })] }),
          new Paragraph(RECITAL),
          split(['The Board will provide NCSR with the following student-level records for every student enrolled in the district.']),
          new Table({
            rows: [['Data element', 'Status'], ['Student birthdate', 'Mandatory'], ['Home address', 'Encouraged'], ['Free or reduced-price meal eligibility', 'Mandatory']].map(
              (row) => new TableRow({ children: row.map((text) => new TableCell({ children: [new Paragraph(text)] })) }),
            ),
          }),
          split(['All data and work product created under this MOU shall be the '], ['sole property', { bold: true }], [' of NCSR.']),
          split(['NCSR may '], ['sell or license', { italics: true }], [' aggregated student data to other districts and vendors.']),
          split(['NCSR may share the data with its subcontractors and affiliates as NCSR determines.']),
          split(['This MOU continues until terminated by either party. NCSR may retain the data after termination for its records.']),
          split(['The parties agree that the records listed above are not personally identifiable information.']),
          split(['IN WITNESS WHEREOF, the parties have signed this MOU.']),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const decode = (xml: string) => xml.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
const squeeze = (text: string) => normalize(text).replace(/\s+/g, ' ').trim();

/** Each comment's text, read from the comments part: id -> paragraphs. */
function comments(xml: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [, id, body] of xml.matchAll(/<w:comment\b[^>]*w:id="(\d+)"[^>]*>([\s\S]*?)<\/w:comment>/g))
    out.set(id!, [...body!.matchAll(/<w:p\b[\s\S]*?<\/w:p>/g)].map(([p]) => decode([...p.matchAll(/<w:t\b[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''))));
  return out;
}

/** The words each comment range covers in document.xml, read token by token: id -> text. */
function anchors(xml: string): Map<string, string> {
  const open = new Set<string>();
  const out = new Map<string, string>();
  for (const [token, start, end, text] of xml.matchAll(/<w:commentRangeStart w:id="(\d+)"\/>|<w:commentRangeEnd w:id="(\d+)"\/>|<w:t\b[^>]*>([^<]*)<\/w:t>|<\/w:p>/g)) {
    if (start) open.add(start);
    else if (end) open.delete(end);
    else for (const id of open) out.set(id, (out.get(id) ?? '') + (token === '</w:p>' ? ' ' : decode(text ?? '')));
  }
  return out;
}

describe('annotated Word document', () => {
  let original: Uint8Array;
  let marked: Uint8Array;
  let findings: Finding[];
  let parts: Record<string, Uint8Array>;
  beforeAll(async () => {
    original = await agreement();
    const result = await annotateFile(original, 'mou.docx', 'docx', { showValues: true, date: new Date('2026-12-04T12:00:00Z') });
    expect(result.report.error).toBeUndefined();
    marked = result.bytes!;
    findings = result.report.findings;
    parts = unzipSync(marked);
  });

  it('reads in mammoth with the same text, and the suggested clauses added at the end', async () => {
    const text = async (bytes: Uint8Array) => (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
    const inserted = findings.filter((f) => f.kind === 'missing' && f.messageId === 'missing' && SUGGESTED_WORDING[f.category]).map((f) => SUGGESTED_WORDING[f.category]!);
    expect(inserted.length).toBeGreaterThan(2);
    expect(await text(marked)).toBe(`${await text(original)}${inserted.map((s) => `${s}\n\n`).join('')}`);
  });

  it('keeps every part it does not mark up byte for byte', () => {
    const before = unzipSync(original);
    const changed = ['word/document.xml', 'word/comments.xml', '[Content_Types].xml', 'word/_rels/document.xml.rels'];
    for (const [name, bytes] of Object.entries(before)) if (!changed.includes(name)) expect(Buffer.from(parts[name]!).equals(Buffer.from(bytes)), name).toBe(true);
    expect(Object.keys(parts).sort()).toEqual(Object.keys(before).sort());
  });

  it('lists one comment per finding, each anchored on its quoted words, after the comment already there', () => {
    const listed = comments(strFromU8(parts['word/comments.xml']!));
    const anchored = anchors(strFromU8(parts['word/document.xml']!));
    expect(listed.get('0')).toEqual(['Check the parties.']);
    expect(anchored.get('0')).toBe('MEMORANDUM OF UNDERSTANDING');
    // Ours: the summary, then one per place of each finding (a protection that is missing has one).
    expect(listed.size).toBe(1 + 1 + commentsFor(findings));
    const ours = [...listed].filter(([id]) => id !== '0');
    expect(ours[0]![1][0]).toMatch(/^Hall Monitor review\. \d+ flags in mou\.docx/);
    expect(ours[0]![1]).toContain('✗ Breach notification: missing');
    for (const finding of findings) {
      const title = `${category(finding.category).title} (${finding.severity})`;
      const matches = ours.filter(([, lines]) => lines[0] === title && lines.includes(`Ask: ${finding.ask}`));
      expect(matches.length, finding.id).toBeGreaterThan(0);
      const words = matches.map(([id]) => squeeze(anchored.get(id) ?? ''));
      // A passage's comment covers its quote; a missing protection's covers the first paragraph.
      const expected = finding.quote ? squeeze(finding.quote) : 'MEMORANDUM OF UNDERSTANDING';
      expect(words, finding.id).toContain(expected);
    }
    expect(findings.some((f) => f.category === 'recipient-owns-data')).toBe(true);
  });

  it('puts the missing breach-notice clause in as a tracked insertion by Hall Monitor', () => {
    const xml = strFromU8(parts['word/document.xml']!);
    const insertion = /<w:ins w:id="\d+" w:author="Hall Monitor" w:date="2026-12-04T12:00:00Z"><w:r><w:t xml:space="preserve">([^<]*)<\/w:t><\/w:r><\/w:ins>/g;
    expect([...xml.matchAll(insertion)].map((m) => decode(m[1]!))).toContain(SUGGESTED_WORDING['breach-notification']);
  });

  it('converts to PDF in LibreOffice Writer without error, its comments shown as notes', { timeout: 180_000 }, async () => {
    const { pdf, code, stderr } = await libreOfficePdf(marked);
    expect(code, stderr).toBe(0);
    expect(pdf, stderr).toBeDefined();
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf!), verbosity: 0 }).promise;
    const notes: string[] = [];
    let text = '';
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      for (const a of await page.getAnnotations()) if (a.subtype === 'Text') notes.push(a.contentsObj?.str ?? '');
      text += (await page.getTextContent()).items.map((item) => ('str' in item ? item.str : '')).join(' ');
    }
    await doc.destroy();
    expect(notes).toHaveLength(1 + 1 + commentsFor(findings));
    expect(notes.some((note) => note.startsWith('Hall Monitor review.'))).toBe(true);
    expect(notes.some((note) => note.startsWith('Recipient owns the data (high)'))).toBe(true);
    expect(squeeze(text)).toContain(squeeze(RECITAL));
    expect(squeeze(text)).toContain(SUGGESTED_WORDING['breach-notification']);
  });
});

describe('annotated Word document edge cases', () => {
  it('adds its comments to an empty, self-closing comments part, and refuses a damaged one', async () => {
    const files = unzipSync(await agreement());
    const empty = { ...files, 'word/comments.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?>\n<w:comments xmlns:w="${W}"/>`) };
    const result = await annotateFile(zipSync(empty), 'mou.docx', 'docx');
    const listed = comments(strFromU8(unzipSync(result.bytes!)['word/comments.xml']!));
    expect(listed.size).toBe(1 + commentsFor(result.report.findings));
    const damaged = { ...files, 'word/comments.xml': strToU8(`<w:comments xmlns:w="${W}"><w:comment w:id="0">`) };
    expect((await annotateFile(zipSync(damaged), 'mou.docx', 'docx')).report.error).toMatchObject({ code: 'corrupt', message: expect.stringMatching(/^mou\.docx looks damaged/) });
  });


  it('says why it cannot mark up a PDF as Word, or a Word file whose document part has no body', async () => {
    const pdf = await annotateFile(await pdfFile([['The Provider shall own all data.']]), 'mou.pdf', 'docx');
    expect(pdf.bytes).toBeUndefined();
    expect(pdf.report.error).toMatchObject({ code: 'unsupported', message: expect.stringMatching(/mou\.pdf is not a Word \(\.docx\) document/) });
    const bodiless = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8(`<w:document xmlns:w="${W}"/>`) });
    const broken = await annotateFile(bodiless, 'broken.docx', 'docx');
    expect(broken.bytes).toBeUndefined();
    expect(broken.report.error).toMatchObject({ code: 'corrupt', message: expect.stringMatching(/^broken\.docx looks damaged/) });
  });
});

function commentsFor(findings: Finding[]): number {
  return findings.reduce((n, f) => n + Math.max(1, placesOf(f).length), 0);
}
