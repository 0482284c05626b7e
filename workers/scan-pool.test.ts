import { afterEach, describe, expect, it } from 'vitest';
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
    // 800 pages take several seconds to scan; the short file after it takes milliseconds
    pool = new ScanPool(1, 1500);
    const slow = pool.scan(encode(agreement(seeded(7), 800)), 'long.txt');
    const next = pool.scan(SHORT, 'next.txt');
    const report = await slow;
    expect(report.error?.code).toBe('timeout');
    expect(report.error?.message).toBe('long.txt took longer than 2 seconds to read, so Hall Monitor stopped. Split the file or raise the time limit.');
    const after = await next;
    expect(after.error).toBeUndefined();
    expect(after.findings.map((f) => f.category)).toContain('recipient-owns-data');
  });
});
