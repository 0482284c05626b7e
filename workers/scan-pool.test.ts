import { afterEach, describe, expect, it } from 'vitest';
import { docxFile, ownerLockedPdf, pdfFile } from '../test/fixtures/files';
import { agreement, seeded } from '../test/fixtures/synthetic';
import { ScanPool } from './scan-pool';

const encode = (text: string) => new TextEncoder().encode(text);
const SHORT = encode('The Provider shall own all student data. The District will send each student date of birth.');

let pool: ScanPool | undefined;
afterEach(() => pool?.close());

describe('scan pool', { timeout: 60_000 }, () => {
  it('scans in worker threads with the same result as the main thread would', async () => {
    pool = new ScanPool(2);
    const [a, b] = await Promise.all([pool.scan(SHORT, 'a.txt'), pool.scan(SHORT, 'b.txt')]);
    expect(a.findings.map((f) => f.category)).toEqual(expect.arrayContaining(['recipient-owns-data', 'birthdate']));
    expect(b.findings).toEqual(a.findings);
  });

  it('stops a file that runs past the time limit with a timeout report, and goes on with the next file', async () => {
    // 3,000 pages take several seconds to scan, even on a fast machine; the short file after it takes milliseconds
    pool = new ScanPool(1, { timeoutMs: 1500 });
    const slow = pool.scan(encode(agreement(seeded(7), 3000)), 'long.txt');
    const next = pool.scan(SHORT, 'next.txt');
    const report = await slow;
    expect(report.error?.code).toBe('timeout');
    expect(report.error?.message).toBe('long.txt took longer than 2 seconds to read, so Hall Monitor stopped. Split the file or raise the time limit.');
    const after = await next;
    expect(after.error).toBeUndefined();
    expect(after.findings.map((f) => f.category)).toContain('recipient-owns-data');
  });

  it('stops a file that needs more memory than the limit with a too-large report, and goes on', async () => {
    // 3,000 pages need about three times the heap of 1,000, which need 64 to 96 MB; core itself loads in less
    pool = new ScanPool(1, { memoryMb: 96 });
    const huge = pool.scan(encode(agreement(seeded(8), 3000)), 'huge.txt');
    const next = pool.scan(SHORT, 'next.txt');
    expect((await huge).error).toEqual({ code: 'too-large', message: 'huge.txt is larger than the limit of 96 MB of memory. Raise the limit or split the file.' });
    expect((await next).findings.map((f) => f.category)).toContain('recipient-owns-data');
  });

  it('answers every file, not waits forever, when no worker can even load', async () => {
    pool = new ScanPool(2, { memoryMb: 2 });
    const reports = await Promise.all([pool.scan(SHORT, 'a.txt'), pool.scan(SHORT, 'b.txt')]);
    expect(reports.map((r) => r.error?.code)).toEqual(['internal', 'internal']);
    expect((await pool.scan(SHORT, 'c.txt')).error?.code).toBe('internal');
  });

  it('marks up a PDF or Word file in the worker from the same scan, and says why when it cannot', async () => {
    pool = new ScanPool(1);
    const lines = ['The Provider shall own all student data.', 'The District will send each student date of birth.'];
    const [pdf, docx, text, locked] = await Promise.all([
      pool.scanAndMarkUp(await pdfFile([lines]), 'a.pdf'),
      pool.scanAndMarkUp(await docxFile(lines), 'a.docx'),
      pool.scanAndMarkUp(SHORT, 'a.txt'),
      pool.scanAndMarkUp(ownerLockedPdf(lines), 'locked.pdf'),
    ]);
    expect(new TextDecoder().decode(pdf.markedUp!.bytes.subarray(0, 5))).toBe('%PDF-');
    expect(pdf.markedUp!.format).toBe('pdf');
    expect(pdf.report.findings.map((f) => f.category)).toEqual(text.report.findings.map((f) => f.category));
    // a .docx is a zip package
    expect([...docx.markedUp!.bytes.subarray(0, 2)]).toEqual([0x50, 0x4b]);
    expect(docx.markedUp!.format).toBe('docx');
    expect(text.markedUp).toBeUndefined();
    expect(text.markupError).toBeUndefined();
    expect(locked.report.findings.length).toBeGreaterThan(0);
    expect(locked.markedUp).toBeUndefined();
    expect(locked.markupError).toBe('locked.pdf is password-protected or encrypted. Ask the sender for an unlocked copy.');
  });
});
