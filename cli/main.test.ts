import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { hallmonitor } from '../test/fixtures/cli';
import { docxFile, encryptedPdf, pdfFile } from '../test/fixtures/files';
import { imagePdf, pageImages } from '../test/fixtures/scans';
import { run } from './main';

let dir: string;
const AGREEMENT = 'MEMORANDUM OF UNDERSTANDING between the Lakeview Board of Education (the "Board") and Brightpath Inc. ("Provider"). The Provider shall own all data collected under this Agreement. The Board will send each student\'s date of birth and SSN 536-22-8726.';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'hallmonitor-cli-'));
  writeFileSync(join(dir, 'mou.txt'), AGREEMENT);
  writeFileSync(join(dir, 'agenda.md'), '# Regular meeting\n\n1. Call to order\n2. Approval of minutes\n3. Adjournment\n');
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'corrupt.pdf'), '%PDF-1.7\n garbage');
  writeFileSync(join(dir, 'locked.pdf'), encryptedPdf());
  writeFileSync(join(dir, 'agreement.pdf'), await pdfFile([['Student date of birth 03/14/2009']]));
  const typed = await pdfFile([['Student date of birth: 03/14/2009'], ['Provider may sell aggregated student data.'], ['Signed by both parties.']]);
  writeFileSync(join(dir, 'scanned.pdf'), await imagePdf(await pageImages(typed)));
  mkdirSync(join(dir, 'packet', 'nested'), { recursive: true });
  mkdirSync(join(dir, 'packet', '.hidden'));
  for (const name of ['a.txt', 'b.txt', 'nested/c.txt', 'nested/d.txt', '.hidden/e.txt']) writeFileSync(join(dir, 'packet', name), AGREEMENT);
});

describe('hallmonitor command', { timeout: 30_000 }, () => {
  it('--state adds that state\'s list, cites it, and judges its deadline; the same file under another state differs', async () => {
    const file = join(import.meta.dirname, '../test/fixtures/states/ny.md');
    const ny = await hallmonitor(['--state', 'ny', '--format', 'json', file]);
    const ca = await hallmonitor(['--state', 'CA', '--format', 'json', file]);
    expect([ny.code, ca.code]).toEqual([0, 0]);
    const doc = (out: string) => JSON.parse(out).documents[0];
    expect(doc(ny.stdout).jurisdiction.state.id).toBe('NY');
    const breach = doc(ny.stdout).findings.find((f: { category: string }) => f.category === 'breach-notification');
    expect(breach.message).toContain('10 days');
    expect(breach.message).toContain('New York requires 7 calendar days');
    const statuses = (out: string) => Object.fromEntries(doc(out).protections.map((p: { id: string; status: string }) => [p.id, p.status]));
    expect(statuses(ny.stdout)).toMatchObject({ 'ny-bill-of-rights': 'missing', 'breach-notification': 'weak' });
    expect(statuses(ca.stdout)).toMatchObject({ 'advertising-profiling-ban': 'missing', 'breach-notification': 'present' });
    expect(statuses(ca.stdout)['ny-bill-of-rights']).toBeUndefined();
    const text = await hallmonitor([file]);
    expect(text.stdout).toContain('Suggested state: New York (the governing-law clause names New York)');
  });

  it('refuses an unknown --state with the states it knows, and takes --max-ocr-pages 0 as OCR off', async () => {
    const bad = await hallmonitor(['--state', 'Atlantis', join(dir, 'mou.txt')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('No checklist for the state "Atlantis". Choose one of CA (California)');
    const off = await hallmonitor(['--max-ocr-pages', '0', join(dir, 'scanned.pdf')]);
    expect(off.stderr).toMatch(/reading scans \(OCR\) is turned off/);
  });

  it('prints a readable summary of flags with quotes and exits 0', async () => {
    const { code, stdout } = await hallmonitor([join(dir, 'mou.txt')]);
    expect(code).toBe(0);
    expect(stdout).toContain('HIGH');
    expect(stdout).toContain('The Provider shall own all data collected under this Agreement.');
    expect(stdout).toContain('***-**-8726');
    expect(stdout).not.toContain('536-22-8726');
  });

  it('prints a valid schema-1 JSON report', async () => {
    const { code, stdout } = await hallmonitor(['--format', 'json', join(dir, 'mou.txt')]);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.schemaVersion).toBe(1);
    expect(report.documents[0].findings.map((f: { category: string }) => f.category)).toContain('recipient-owns-data');
  });

  it('reveals values only with --show-values, and filters with --only', async () => {
    const { stdout } = await hallmonitor(['--format', 'json', '--show-values', '--only', 'ssn', join(dir, 'mou.txt')]);
    const findings = JSON.parse(stdout).documents[0].findings;
    expect(new Set(findings.map((f: { category: string }) => f.category))).toEqual(new Set(['ssn']));
    expect(findings.find((f: { mode: string }) => f.mode === 'value').quote).toBe('536-22-8726');
  });

  it('exits 1 with --fail-on when a flag at that level exists, 0 when none does', async () => {
    expect((await hallmonitor(['--fail-on', 'high', join(dir, 'mou.txt')])).code).toBe(1);
    expect((await hallmonitor(['--fail-on', 'low', join(dir, 'agenda.md')])).code).toBe(0);
  });

  it('exits 2 with one clear line per unreadable input and no stack trace, still reporting the others', async () => {
    const inputs = ['missing.pdf', 'corrupt.pdf', 'empty.txt', 'locked.pdf', 'mou.txt'].map((n) => join(dir, n));
    const { code, stdout, stderr } = await hallmonitor(['--format', 'json', ...inputs]);
    expect(code).toBe(2);
    const lines = stderr.trim().split('\n').filter((line) => line.startsWith('hallmonitor:'));
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/missing\.pdf does not exist/);
    expect(lines[1]).toMatch(/corrupt\.pdf looks damaged/);
    expect(lines[2]).toMatch(/empty\.txt has no text/);
    expect(lines[3]).toMatch(/locked\.pdf is password-protected/);
    expect(stderr).not.toMatch(/\bat .+:\d+:\d+/);
    const docs = JSON.parse(stdout).documents;
    expect(docs.map((d: { error?: { code: string } }) => d.error?.code)).toEqual(['not-found', 'corrupt', 'empty', 'encrypted', undefined]);
  });

  it('refuses a file over --max-mb with a clear line, and reads it when the limit is raised', async () => {
    const big = join(dir, 'minutes.txt');
    writeFileSync(big, 'The board approved the minutes of the last meeting.\n'.repeat(30_000)); // about 1.5 MB
    const refused = await hallmonitor(['--max-mb', '1', big]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/^hallmonitor: .+minutes\.txt \(1\.\d MB\) is larger than the limit of 1 MB\. Raise the limit or split the file\.\n$/);
    expect((await hallmonitor(['--max-mb', '2', big])).code).toBe(0);
  });

  it('reads PDFs and standard input', async () => {
    const pdf = await hallmonitor(['--format', 'json', join(dir, 'agreement.pdf')]);
    expect(JSON.parse(pdf.stdout).documents[0].findings.some((f: { page?: number }) => f.page === 1)).toBe(true);
    const stdin = await hallmonitor(['--format', 'json', '-'], AGREEMENT);
    expect(JSON.parse(stdin.stdout).documents[0].source).toBe('stdin');
  });

  it('reads scanned pages with OCR up to --max-ocr-pages, says so, and names the pages left unread', { timeout: 120_000 }, async () => {
    const scanned = join(dir, 'scanned.pdf');
    const { code, stdout, stderr } = await hallmonitor(['--max-ocr-pages', '2', scanned]);
    expect(code).toBe(0);
    expect(stderr).toBe(`hallmonitor: reading 2 scanned pages of ${scanned} with OCR\n`);
    expect(stdout).toMatch(/Note: Pages 1-2 were scanned images, read with OCR \(confidence \d+%\)\./);
    expect(stdout).toContain('Note: Page 3 is a scanned image beyond the OCR limit of 2 pages, so it was not read: raise the limit to check it.');
    expect(stdout).toContain('Birthdates');
    expect(stdout).toContain('Provider may sell aggregated student data.');

    // two files go to worker threads, which read scans too
    const pooled = await hallmonitor(['--jobs', '2', '--format', 'json', scanned, join(dir, 'agreement.pdf')]);
    expect(pooled.stderr).toBe(`hallmonitor: reading 3 scanned pages of ${scanned} with OCR\n`);
    expect(JSON.parse(pooled.stdout).documents[0].ocr.pages).toEqual([1, 2, 3]);

    const off = await hallmonitor(['--no-ocr', scanned]);
    expect(off.code).toBe(2);
    expect(off.stderr).toBe(`hallmonitor: No text found in ${scanned}: its pages are scanned images, and reading scans (OCR) is turned off. Turn OCR on to read it.\n`);
  });

  it('draws a bar per scanned page on a terminal, and clears it when done', { timeout: 120_000 }, async () => {
    const terminal = (isTTY: boolean) => Object.assign(new PassThrough(), { isTTY, text: '' });
    const [stdout, stderr] = [terminal(false), terminal(true)];
    stderr.on('data', (chunk: Buffer) => (stderr.text += chunk.toString()));
    const code = await run(['--format', 'json', '--max-ocr-pages', '2', join(dir, 'scanned.pdf')], { stdout, stderr, stdin: new PassThrough() });
    expect(code).toBe(0);
    const name = join(dir, 'scanned.pdf');
    expect(stderr.text.split('\r\x1b[K').filter(Boolean)).toEqual([
      `Reading ${name} with OCR [....................] 0/2 pages`,
      `Reading ${name} with OCR [##########..........] 1/2 pages`,
      `Reading ${name} with OCR [####################] 2/2 pages`,
    ]);
    expect(stderr.text.endsWith('\r\x1b[K')).toBe(true);
  });

  it('scans directories recursively, skipping hidden folders, with progress on stderr', async () => {
    const { code, stdout, stderr } = await hallmonitor(['--format', 'json', join(dir, 'packet')]);
    expect(code).toBe(0);
    const sources = JSON.parse(stdout).documents.map((d: { source: string }) => d.source.slice(dir.length + 1));
    expect(sources).toEqual(['packet/a.txt', 'packet/b.txt', 'packet/nested/c.txt', 'packet/nested/d.txt']);
    expect(stderr).toContain('[4/4]');
    const oneThread = await hallmonitor(['--format', 'json', '--jobs', '1', join(dir, 'packet')]);
    const workers = await hallmonitor(['--format', 'json', '--jobs', '3', join(dir, 'packet')]);
    expect(workers.stdout).toBe(oneThread.stdout);
  });

  it('writes markdown and html reports to --out', async () => {
    const md = join(dir, 'report.md');
    const html = join(dir, 'report.html');
    await hallmonitor(['--format', 'markdown', '--out', md, join(dir, 'mou.txt')]);
    await hallmonitor(['--format', 'html', '--out', html, join(dir, 'mou.txt')]);
    expect(readFileSync(md, 'utf8')).toMatch(/^# Hall Monitor report/);
    expect(readFileSync(html, 'utf8')).toMatch(/^<!doctype html>/);
  });

  it('prints a one-page board brief and compares two versions', async () => {
    const brief = await hallmonitor(['--format', 'brief', join(dir, 'mou.txt')]);
    expect(brief.code).toBe(0);
    expect(brief.stdout).toContain('Questions to ask');
    expect(brief.stdout).not.toContain('536-22-8726');
    writeFileSync(join(dir, 'mou-v2.txt'), AGREEMENT.replace('The Provider shall own all data collected under this Agreement. ', ''));
    const compared = await hallmonitor(['--compare', join(dir, 'mou.txt'), join(dir, 'mou-v2.txt')]);
    expect(compared.code).toBe(0);
    expect(compared.stdout).toContain('removed (better): Recipient owns the data');
    expect((await hallmonitor(['--compare', join(dir, 'mou.txt')])).code).toBe(2);
  });

  it('rejects bad usage with exit 2 and a hint', async () => {
    for (const args of [[], ['--format', 'pdf', 'x'], ['--only', 'shoe-size', 'x'], ['--bogus', 'x'], ['--jobs', '0', 'x'], ['--timeout', 'soon', 'x']]) {
      const { code, stderr } = await hallmonitor(args);
      expect(code).toBe(2);
      expect(stderr).toMatch(/^hallmonitor: .+\nRun "hallmonitor --help" for usage\.\n$/);
    }
    expect((await hallmonitor(['--help'])).stdout).toContain('Usage: hallmonitor');
  });
});

describe('hallmonitor --format annotated-pdf and annotated-docx', { timeout: 120_000 }, () => {
  const annotationTypes = async (path: string) => {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const pdf = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(path)), verbosity: 0 }).promise;
    const types: string[] = [];
    for (let n = 1; n <= pdf.numPages; n++) types.push(...(await (await pdf.getPage(n)).getAnnotations()).map((a: { subtype: string }) => a.subtype));
    await pdf.destroy();
    return types;
  };

  it('writes a marked-up copy of a PDF to --out and prints the headline', async () => {
    const out = join(dir, 'reviewed.pdf');
    const { code, stdout, stderr } = await hallmonitor(['--format', 'annotated-pdf', '--out', out, join(dir, 'agreement.pdf')]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^\d+ flags? in .*agreement\.pdf: .*Marked-up copy: .*reviewed\.pdf\n$/);
    const types = await annotationTypes(out);
    expect(types.filter((t) => t === 'Highlight').length).toBeGreaterThan(0);
    expect(types).toContain('Text');
  });

  it('writes a Word copy with comments, and keeps --fail-on', async () => {
    writeFileSync(join(dir, 'mou.docx'), await docxFile([AGREEMENT]));
    const out = join(dir, 'reviewed.docx');
    const { code } = await hallmonitor(['--format', 'annotated-docx', '-o', out, '--fail-on', 'high', join(dir, 'mou.docx')]);
    expect(code).toBe(1);
    const comments = strFromU8(unzipSync(readFileSync(out))['word/comments.xml']!);
    expect(comments).toContain('Recipient owns the data (high)');
    expect(comments).toContain('***-**-8726');
    expect(comments).not.toContain('536-22-8726');
  });

  it('refuses, with exit 2 and one clear line, what it cannot mark up, writing nothing', async () => {
    const out = join(dir, 'never.docx');
    const cases: [string[], RegExp][] = [
      [['--format', 'annotated-docx', '-o', out, join(dir, 'agreement.pdf')], /agreement\.pdf is not a Word \(\.docx\) document, so it cannot be marked up as one/],
      [['--format', 'annotated-pdf', '-o', out, join(dir, 'locked.pdf')], /password-protected/],
      [['--format', 'annotated-pdf', '-o', out, join(dir, 'packet')], /marks up one file at a time; .*packet holds 4 files/],
      [['--format', 'annotated-pdf', '-o', join(dir, 'agreement.pdf'), join(dir, 'agreement.pdf')], /is the file being marked up/],
      [['--format', 'annotated-pdf', '-o', join(dir, 'no-such-folder', 'x.pdf'), join(dir, 'agreement.pdf')], /could not write .*x\.pdf \(ENOENT\)/],
      [['--format', 'annotated-pdf', join(dir, 'agreement.pdf')], /give its name with --out/],
      [['--format', 'annotated-pdf', '-o', out, join(dir, 'agreement.pdf'), join(dir, 'mou.txt')], /one file at a time \(got 2\)/],
    ];
    for (const [args, message] of cases) {
      const { code, stderr, stdout } = await hallmonitor(args);
      expect(code, args.join(' ')).toBe(2);
      expect(stderr).toMatch(message);
      expect(stderr).not.toMatch(/\n\s+at /);
      expect(stdout).toBe('');
    }
    expect(() => readFileSync(out)).toThrow();
  });
});
