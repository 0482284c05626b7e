import { createCanvas, loadImage } from '@napi-rs/canvas';
import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxFile, ownerLockedPdf, pdfFile } from '../../test/fixtures/files';
import { pdfAnnotations as annotations, pdfinfo, pdftotext, qpdfCheck, renderPage, scratch, squeeze, wordsUnder, type Annotation } from '../../test/fixtures/readers';
import { imagePdf, markdownPdf, pageImages } from '../../test/fixtures/scans';
import { NodeOcr } from '../../workers/ocr';
import { placesOf } from '../finding';
import { annotateFile, category, type Finding } from '../index';

const MOU = readFileSync(new URL('../../examples/hamden-style-mou.md', import.meta.url), 'utf8');
const SCREENSHOT = new URL('../../docs/annotated-pdf.png', import.meta.url);

describe('annotated PDF of the example MOU', () => {
  let original: Uint8Array;
  let marked: Uint8Array;
  let findings: Finding[];
  let files: ReturnType<typeof scratch>;
  beforeAll(async () => {
    original = await markdownPdf(MOU);
    const result = await annotateFile(original, 'mou.pdf', 'pdf', { showValues: true });
    expect(result.report.error).toBeUndefined();
    marked = result.bytes!;
    findings = result.report.findings;
    files = scratch({ 'original.pdf': original, 'marked.pdf': marked });
  });
  afterAll(() => files.done());

  it('puts a highlight over each flagged passage, coloured by severity, with its note', async () => {
    const { annotations: read } = await annotations(marked);
    const highlights = read.filter((a) => a.subtype === 'Highlight');
    const flagged = findings.filter((f) => f.span);
    expect(flagged.length).toBeGreaterThan(20);
    // each place of a finding, its folded repeats included, gets its own highlight
    expect(highlights).toHaveLength(flagged.reduce((n, f) => n + placesOf(f).length, 0));
    expect(read.filter((a) => a.subtype === 'Popup')).toHaveLength(highlights.length + 1);
    const colours = new Set<string>();
    for (const finding of flagged) {
      const title = `${category(finding.category).title} (${finding.severity})`;
      const h = highlights.find((a) => a.page === finding.page && a.contents.startsWith(title) && a.contents.includes(`Ask: ${finding.ask}`))!;
      expect(h, finding.id).toBeDefined();
      expect(h.contents).toContain(`Why: `);
      expect(h.contents).toContain(finding.basis);
      colours.add(`${finding.severity}:${h.color}`);
    }
    // One colour per severity, and the three differ.
    expect(new Set([...colours].map((c) => c.split(':')[0])).size).toBe(colours.size);
  });

  it('places each highlight over the quoted words, as poppler reads the page', async () => {
    const { annotations: read, heights } = await annotations(marked);
    const highlights = read.filter((a) => a.subtype === 'Highlight');
    for (const finding of findings.filter((f) => f.span)) {
      const candidates = highlights.filter((a) => a.page === finding.page && a.contents.includes(finding.ask));
      const under = await Promise.all(candidates.map((a) => wordsUnder(files.path('marked.pdf'), a, heights[a.page - 1]!)));
      expect(under.some((words) => words.includes(squeeze(finding.quote!))), `${finding.id}: "${finding.quote}" not under ${JSON.stringify(under)}`).toBe(true);
    }
  });

  it('adds a note on the first page with the summary, the checklist and the questions to ask', async () => {
    const { annotations: read } = await annotations(marked);
    const summary = read.find((a) => a.subtype === 'Text')!;
    expect(summary.page).toBe(1);
    expect(summary.contents.startsWith(`Hall Monitor review. ${findings.length} flags in mou.pdf`)).toBe(true);
    expect(summary.contents).toContain('Protections checklist:\n');
    expect(summary.contents).toContain('✗ Breach notification: missing');
    expect(summary.contents).toContain('Questions to ask:\n1. ');
    expect(summary.contents).toContain('Student data: Student identifiers (required)');
  });

  it('keeps the pages as they were: qpdf finds no error, poppler reads the same pages and text', async () => {
    const check = await qpdfCheck(files.path('marked.pdf'));
    expect(check.code, check.stdout + check.stderr).toBe(0);
    expect(check.stdout).toContain('No syntax or stream encoding errors');
    const pages = (info: string) => /Pages:\s+(\d+)/.exec(info)?.[1];
    expect(pages((await pdfinfo(files.path('marked.pdf'))).stdout)).toBe(pages((await pdfinfo(files.path('original.pdf'))).stdout));
    expect(await pdftotext(files.path('marked.pdf'))).toBe(await pdftotext(files.path('original.pdf')));
  });

  it('draws the highlights when the page is rendered (docs/annotated-pdf.png)', async () => {
    const tinted = async (png: Uint8Array) => {
      const image = await loadImage(png);
      const canvas = createCanvas(image.width, image.height);
      const context = canvas.getContext('2d');
      context.drawImage(image, 0, 0);
      const { data } = context.getImageData(0, 0, image.width, image.height);
      let count = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i]! > 200 && data[i]! - data[i + 2]! > 40) count++; // red or orange over white
      return count;
    };
    const before = await renderPage(files.path('original.pdf'), 1, 60);
    const after = await renderPage(files.path('marked.pdf'), 1, 60);
    expect(await tinted(before)).toBe(0);
    expect(await tinted(after)).toBeGreaterThan(2000);
    writeFileSync(SCREENSHOT, await renderPage(files.path('marked.pdf'), 1, 80));
  });
});

describe('annotated PDF notes and refusals', () => {
  const lines = ['MEMORANDUM OF UNDERSTANDING between the Board and Vendor Inc.', 'The Board will send each student record with SSN 536-22-8726.'];

  it('writes personal values into notes only when asked to show them', async () => {
    const pdf = await pdfFile([lines]);
    const masked = await annotations((await annotateFile(pdf, 'mou.pdf', 'pdf')).bytes!);
    const shown = await annotations((await annotateFile(pdf, 'mou.pdf', 'pdf', { showValues: true })).bytes!);
    const text = (read: { annotations: Annotation[] }) => read.annotations.map((a) => a.contents).join('\n');
    expect(text(masked)).toContain('Found: "***-**-8726"');
    expect(text(masked)).not.toContain('536-22');
    expect(text(shown)).toContain('Found: "536-22-8726"');
  });

  it('refuses, with the reason, a PDF encrypted with an owner password and a file that is not a PDF', async () => {
    const locked = await annotateFile(ownerLockedPdf(lines), 'locked.pdf', 'pdf');
    expect(locked.bytes).toBeUndefined();
    expect(locked.report.error).toMatchObject({ code: 'encrypted' });
    const word = await annotateFile(await docxFile(lines), 'mou.docx', 'pdf');
    expect(word.bytes).toBeUndefined();
    expect(word.report.error).toMatchObject({ code: 'unsupported', message: expect.stringMatching(/mou\.docx is not a PDF, so it cannot be marked up as one/) });
  });
});

describe('annotated PDF of a scanned MOU', { timeout: 180_000 }, () => {
  const ocr = new NodeOcr();
  afterAll(() => ocr.close());

  it('highlights the words OCR read, where the printed page has them', async () => {
    const born = await markdownPdf(MOU);
    const scanned = await imagePdf(await pageImages(born));
    const result = await annotateFile(scanned, 'scan.pdf', 'pdf', { showValues: true }, { ocr });
    expect(result.report.ocr?.pages).toEqual([1, 2]);
    const { annotations: read, heights } = await annotations(result.bytes!);
    const highlights = read.filter((a) => a.subtype === 'Highlight');
    const flagged = result.report.findings.filter((f) => f.span);
    // each place of a finding, its folded repeats included, gets its own highlight
    expect(highlights).toHaveLength(flagged.reduce((n, f) => n + placesOf(f).length, 0));
    // The scan is the born-digital page drawn edge to edge, so its words sit where the born-digital text is:
    // poppler reads that text under each highlight.
    const files = scratch({ 'born.pdf': born });
    try {
      let found = 0;
      for (const finding of flagged) {
        const candidates = highlights.filter((a) => a.page === finding.page && a.contents.includes(finding.ask));
        const under = await Promise.all(candidates.map((a) => wordsUnder(files.path('born.pdf'), a, heights[a.page - 1]!)));
        if (under.some((words) => words.toLowerCase().includes(squeeze(finding.quote!).toLowerCase()))) found++;
      }
      expect(found / flagged.length).toBeGreaterThanOrEqual(0.9);
    } finally {
      files.done();
    }
  });
});
