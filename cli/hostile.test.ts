import { execFileSync, spawn } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { hallmonitor, type CliResult } from '../test/fixtures/cli';
import { cmapBombPdf, farCornerXlsx } from '../test/fixtures/hostile';
import { agreement, seeded } from '../test/fixtures/synthetic';

// The command on inputs that used to crash it, hang it or get the wrong reason: each ends in one plain line
// on stderr and its own entry in the report, and the files beside it are still read.
const AGREEMENT = 'The Provider shall own all data collected under this Agreement. The Board will send each student SSN 536-22-8726.';
const STACK_TRACE = /\bat .+:\d+:\d+|node:internal/;
let dir: string;

const codes = (result: CliResult) => JSON.parse(result.stdout).documents.map((d: { error?: { code: string } }) => d.error?.code ?? 'report');
const noStackTrace = (result: CliResult) => expect(result.stderr).not.toMatch(STACK_TRACE);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'hallmonitor-hostile-'));
  for (const name of ['a.txt', 'b.txt', 'c.txt', 'd.txt']) writeFileSync(join(dir, name), AGREEMENT);
});

describe('hallmonitor on hostile inputs', { timeout: 120_000 }, () => {
  it('gives four reports and one too-large when one file of five needs more memory than the limit', async () => {
    // 3,000 pages need a few hundred MB of heap to scan; core itself loads in less than 96
    writeFileSync(join(dir, 'huge.txt'), agreement(seeded(8), 3000));
    const files = ['a.txt', 'b.txt', 'huge.txt', 'c.txt', 'd.txt'].map((name) => join(dir, name));
    const result = await hallmonitor(['--format', 'json', '--max-memory-mb', '96', '--jobs', '1', ...files]);
    expect(result.code).toBe(2);
    expect(codes(result)).toEqual(['report', 'report', 'too-large', 'report', 'report']);
    expect(result.stderr).toContain(`hallmonitor: ${join(dir, 'huge.txt')} is larger than the limit of 96 MB of memory. Raise the limit or split the file.\n`);
    noStackTrace(result);
  });

  it('reads a workbook bomb in a batch up to the cell limit, at the default limits, and the files after it', async () => {
    // two cells, at A1 and XFD1048576: a dense reader allocates a grid of 17 billion (it aborted the process at 4 GB)
    writeFileSync(join(dir, 'corners.xlsx'), await farCornerXlsx());
    const files = ['a.txt', 'b.txt', 'corners.xlsx', 'c.txt', 'd.txt'].map((name) => join(dir, name));
    const result = await hallmonitor(['--format', 'json', ...files]);
    expect(codes(result)).toEqual(['report', 'report', 'report', 'report', 'report']);
    expect(JSON.parse(result.stdout).documents[2].cellLimit).toEqual({ limit: 1_000_000, notRead: 1 });
    noStackTrace(result);
  });

  it("refuses a PDF whose font's character map declares a billion codes, and reads the file after it", async () => {
    // pdf.js filled a table entry per code: the process died of memory after 40 s, the worker's heap limit notwithstanding
    writeFileSync(join(dir, 'cmap.pdf'), await cmapBombPdf('Student SSN 536-22-8726'));
    const result = await hallmonitor(['--format', 'json', '--timeout', '30', join(dir, 'cmap.pdf'), join(dir, 'a.txt')]);
    expect(codes(result)).toEqual(['too-large', 'report']);
    expect(result.stderr).toContain(`hallmonitor: ${join(dir, 'cmap.pdf')} (its fonts' character maps declare 1,006,632,900 character codes) is larger than the limit of 500,000 character codes.`);
    noStackTrace(result);
  });

  it('reads endless standard input (/dev/zero) no further than the size limit', async () => {
    const zero = openSync('/dev/zero', 'r');
    const result = await hallmonitor(['--format', 'json', '-'], zero);
    closeSync(zero);
    expect(result.code).toBe(2);
    expect(codes(result)).toEqual(['too-large']);
    expect(result.stderr).toBe('hallmonitor: stdin (more than 25 MB) is larger than the limit of 25 MB. Raise the limit or split the file.\n');
  });

  it('reads a FIFO with the same size limit, and stops waiting at the time limit for one nobody writes to', async () => {
    const endless = join(dir, 'endless.fifo');
    const silent = join(dir, 'silent.fifo');
    for (const fifo of [endless, silent]) execFileSync('mkfifo', [fifo]);
    // the writer blocks until the command opens the FIFO, then writes until the command stops reading
    const writer = spawn('sh', ['-c', `cat /dev/zero > '${endless}'`], { stdio: 'ignore' });
    const result = await hallmonitor(['--format', 'json', '--timeout', '2', '--max-mb', '1', endless, silent, join(dir, 'a.txt')]);
    writer.kill();
    expect(codes(result)).toEqual(['too-large', 'timeout', 'report']);
    expect(result.stderr).toContain(`hallmonitor: ${endless} (more than 1 MB) is larger than the limit of 1 MB.`);
    expect(result.stderr).toContain(`hallmonitor: ${silent} took longer than 2 seconds to read`);
    noStackTrace(result);
  });

  it('refuses a 3 GB file from its size, without reading it', async () => {
    const sparse = join(dir, 'sparse.txt');
    writeFileSync(sparse, '');
    truncateSync(sparse, 3 * 2 ** 30);
    const result = await hallmonitor(['--format', 'json', sparse]);
    expect(codes(result)).toEqual(['too-large']);
    expect(result.stderr).toBe(`hallmonitor: ${sparse} (3,072 MB) is larger than the limit of 25 MB. Raise the limit or split the file.\n`);
  });

  it('names a device, a read error and a symbolic-link loop for what they are, in one line each', async () => {
    const device = join(dir, 'device.txt');
    symlinkSync('/dev/null', device);
    const [loopA, loopB] = [join(dir, 'loop-a.txt'), join(dir, 'loop-b.txt')];
    symlinkSync(loopB, loopA);
    symlinkSync(loopA, loopB);
    // reading a process's own memory from offset 0 fails with EIO: a real read error, no mock
    const result = await hallmonitor(['--format', 'json', device, '/proc/self/mem', loopA, join(dir, 'missing.txt'), join(dir, 'a.txt')]);
    expect(codes(result)).toEqual(['not-a-file', 'unreadable', 'unreadable', 'not-found', 'report']);
    expect(result.stderr.split('\n').filter((line) => line.startsWith('hallmonitor:'))).toEqual([
      `hallmonitor: ${device} is a device, not a file. Give Hall Monitor a document, a folder, or - for standard input.`,
      'hallmonitor: /proc/self/mem could not be read: the disk reported an input/output error (EIO). Check the file, its permissions and the disk.',
      `hallmonitor: ${loopA} could not be read: its symbolic links form a loop. Check the file, its permissions and the disk.`,
      `hallmonitor: ${join(dir, 'missing.txt')} does not exist. Check the path and try again.`,
    ]);
  });

  it('follows symbolic links in a folder to files and folders, but never round a loop', async () => {
    const folder = join(dir, 'linked');
    mkdirSync(join(folder, 'inner'), { recursive: true });
    symlinkSync(join(dir, 'a.txt'), join(folder, 'inner', 'link.txt'));
    symlinkSync(folder, join(folder, 'inner', 'back-up')); // a link to an ancestor
    const result = await hallmonitor(['--format', 'json', folder]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).documents.map((d: { source: string }) => d.source)).toEqual([join(folder, 'inner', 'link.txt')]);
    expect(result.stderr).toBe('');
  });
});
