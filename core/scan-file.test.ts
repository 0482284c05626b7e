import { describe, expect, it } from 'vitest';
import { scanFile } from './index';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('scanFile', () => {
  it('reads and scans a file, naming it as the source', async () => {
    const report = await scanFile(bytes('Contact the registrar at pat.lee@riverbend.k12.us about records.'), 'letter.txt');
    expect(report.source).toBe('letter.txt');
    expect(report.error).toBeUndefined();
    expect(report.findings.map((f) => f.category)).toContain('email');
  });

  it('turns an unreadable file into a report with a plain-language error', async () => {
    const empty = await scanFile(bytes('  \n '), 'blank.txt');
    expect(empty.error).toMatchObject({ code: 'empty' });
    expect(empty.error!.message).toContain('blank.txt');
    const unknown = await scanFile(bytes('\u0000\u0001binary'), 'photo.heic');
    expect(unknown.error).toMatchObject({ code: 'unsupported' });
    expect(unknown.findings).toEqual([]);
  });
});
