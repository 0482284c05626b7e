import { readFile, stat, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import pLimit from 'p-limit';
import {
  annotateFile,
  OptionsError,
  parseOptions,
  renderBrief,
  renderHtml,
  renderJson,
  renderMarkdown,
  renderText,
  SEVERITIES,
  severityRank,
  toReport,
  unreadable,
  DEFAULT_LIMITS,
  HallMonitorError,
  headline,
  InternalError,
  type DocumentReport,
  type ExtractOptions,
  type MarkupFormat,
  type OcrProgress,
  type ScanOptions,
} from '../core/index';
import { compareReports, renderComparison } from '../core/compare';
import { NodeOcr } from '../workers/ocr';
import { DEFAULT_MEMORY_MB, ScanPool } from '../workers/scan-pool';
import { filesUnder } from './folders';
import { readError, readPath, readStream, type InputStream, type ReadLimits } from './read-input';

const USAGE = `Usage: hallmonitor [options] <file|dir|->...

Scans agreements, rosters and policies for student-data risks. Directories are read recursively;
"-" reads standard input.

Options:
  -f, --format <text|json|markdown|html|brief|annotated-pdf|annotated-docx>
                                          report format (default: text); brief is a one-page
                                          printable HTML summary for a board; annotated-pdf and
                                          annotated-docx write a copy of one PDF or Word file with the
                                          flags as highlights, notes and comments (needs --out)
  -o, --out <file>                        write the report to a file instead of the terminal
      --min-severity <high|medium|low>    hide flags below this severity
      --only <ids>                        only these categories (comma-separated taxonomy ids)
      --ignore <ids>                      skip these categories
      --doctype <agreement|records|policy|other>  treat every input as this type
      --state <code>                      add a state's law to the protections checklist: CA, CO,
                                          CT, IL, MA, NY, TX or UT (default: federal law only)
      --district-size <n>                 students in the district, for the re-identification estimate (default 2000)
      --show-values                       show personal values unmasked (masked by default)
      --fail-on <high|medium|low>         exit 1 when a flag at or above this severity is found
      --compare <old> <new>               what changed between two versions of an agreement (text or json)
  -j, --jobs <n>                          files scanned at once, each in its own worker thread
                                          (default: one less than the number of CPU cores)
      --timeout <seconds>                 give up on a file that takes longer, with a timeout error
                                          (default: 120; 0 for no limit)
      --max-memory-mb <n>                 memory each file may use while it is scanned (default: 1024)
      --max-mb <n>, --max-pages <n>, --max-cells <n>
                                          read larger files (defaults: 25 MB, 2,000 PDF pages,
                                          1,000,000 table cells; tables are read up to the cell
                                          limit and the report counts the cells left out)
      --max-ocr-pages <n>                 scanned pages read with OCR per file, a second or more
                                          each (default: 50; 0 turns OCR off); the report lists any
                                          left unread
      --no-ocr                            do not read scanned pages and images
  -h, --help                              show this help
  -v, --version                           show the version

Exit codes: 0 no flags at the --fail-on level, 1 flags at or above it, 2 a usage error or an unreadable input.`;

const FORMATS = ['text', 'json', 'markdown', 'html', 'brief', 'annotated-pdf', 'annotated-docx'] as const;
const MARKUP: Partial<Record<(typeof FORMATS)[number], MarkupFormat>> = { 'annotated-pdf': 'pdf', 'annotated-docx': 'docx' };
const DOCTYPES = ['agreement', 'records', 'policy', 'other'] as const;
const PROGRESS_AFTER = 3;
// Long enough for a 2,000-page PDF or a 1,000,000-cell roster on a slow machine; each page read with OCR
// starts it afresh. It is what ends an input that never finishes.
const DEFAULT_TIMEOUT_S = 120;

export interface Io {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  stdin: InputStream;
}

class UsageError extends Error {}

/** Runs the CLI and returns its exit code; never throws for bad input, only for bugs. */
export async function run(argv: string[], io: Io = process): Promise<number> {
  let args;
  try {
    args = parse(argv);
  } catch (error) {
    if (!(error instanceof UsageError || error instanceof OptionsError || (error instanceof TypeError && 'code' in error))) throw error;
    io.stderr.write(`hallmonitor: ${error.message}\nRun "hallmonitor --help" for usage.\n`);
    return 2;
  }
  if (args.help) return write(io, USAGE + '\n');
  if (args.version) return write(io, `${await version()}\n`);
  if (args.markup) return markUp(args.markup, args, io);

  const inputs = await expand(args.inputs, io);
  const documents = await scanAll(inputs, args, io);
  for (const doc of documents) if (doc.error) io.stderr.write(`hallmonitor: ${doc.error.message}\n`);
  const report = toReport(documents);

  const comparison = args.compare && !report.documents.some((d) => d.error) ? compareReports(documents[0]!, documents[1]!) : undefined;
  const rendered = comparison
    ? args.format === 'json'
      ? `${JSON.stringify(comparison, null, 2)}\n`
      : `${renderComparison(comparison)}\n`
    : render(report, args.format, !args.out && Boolean(io.stdout.isTTY) && !process.env.NO_COLOR);
  if (args.out) await writeFile(args.out, rendered);
  else io.stdout.write(rendered);

  return exitCode(report.documents, args.failOn);
}

function exitCode(documents: DocumentReport[], failOn: ReturnType<typeof parse>['failOn']): number {
  if (documents.some((d) => d.error)) return 2;
  if (failOn && documents.some((d) => d.findings.some((f) => severityRank(f.severity) >= severityRank(failOn)))) return 1;
  return 0;
}

/**
 * `--format annotated-pdf|annotated-docx`: one file in, its marked-up copy out. It is scanned in this
 * process, because the copy is placed from the scan's text blocks, which do not cross to a worker thread.
 */
async function markUp(format: MarkupFormat, args: ReturnType<typeof parse>, io: Io): Promise<number> {
  const inputs = await expand(args.inputs, io);
  if (inputs.length !== 1) {
    io.stderr.write(`hallmonitor: --format annotated-${format} marks up one file at a time; ${args.inputs[0]} holds ${inputs.length} files.\n`);
    return 2;
  }
  const input = inputs[0]!;
  if (typeof input === 'string' && input !== '-' && resolve(input) === resolve(args.out!)) {
    io.stderr.write(`hallmonitor: --out ${args.out} is the file being marked up; write the copy under another name so the original is kept.\n`);
    return 2;
  }
  const { report, bytes } = typeof input === 'string' ? await annotateInput(input, format, args, io) : { report: input, bytes: undefined };
  if (report.error || !bytes) {
    io.stderr.write(`hallmonitor: ${report.error?.message}\n`);
    return 2;
  }
  try {
    await writeFile(args.out!, bytes);
  } catch (error) {
    io.stderr.write(`hallmonitor: could not write ${args.out} (${(error as NodeJS.ErrnoException).code ?? 'error'}); check the folder exists and can be written.\n`);
    return 2;
  }
  io.stdout.write(`${headline(report)} Marked-up copy: ${args.out}\n`);
  return exitCode([report], args.failOn);
}

async function annotateInput(input: string, format: MarkupFormat, args: ReturnType<typeof parse>, io: Io) {
  const name = input === '-' ? 'stdin' : input;
  let bytes: Uint8Array;
  try {
    bytes = await read(input, { maxBytes: args.options.maxBytes ?? DEFAULT_LIMITS.maxBytes }, io);
  } catch (error) {
    return { report: unreadable(name, error instanceof HallMonitorError ? error : new InternalError(name)), bytes: undefined };
  }
  const ocr = new NodeOcr(availableParallelism());
  try {
    return await annotateFile(bytes, name, format, args.options, { ocr, onOcrProgress: ocrProgress(name, io) });
  } finally {
    await ocr.close();
  }
}

/**
 * Scans every input, keeping their order in the report. Every file, even a single one, is scanned in a
 * worker thread with its own heap and time limit: a memory bomb or a hostile file ends in its own
 * too-large or timeout report, and neither takes the command down nor stops the files after it.
 */
async function scanAll(inputs: (string | DocumentReport)[], args: ReturnType<typeof parse>, io: Io): Promise<DocumentReport[]> {
  const files = inputs.filter((input) => typeof input === 'string').length;
  const jobs = Math.max(1, Math.min(args.jobs, files));
  // With one file at a time, OCR gets a Tesseract worker per core: its pages are read in parallel.
  const ocrConcurrency = jobs === 1 ? availableParallelism() : 1;
  const pool = new ScanPool(jobs, { timeoutMs: args.timeoutMs, memoryMb: args.memoryMb, ocrConcurrency });
  const readLimits: ReadLimits = { maxBytes: args.options.maxBytes ?? DEFAULT_LIMITS.maxBytes, timeoutMs: args.timeoutMs };
  const limit = pLimit(jobs);
  let done = 0;
  try {
    return await Promise.all(
      inputs.map((input) =>
        typeof input !== 'string'
          ? input
          : limit(async () => {
              const name = input === '-' ? 'stdin' : input;
              const doc = await read(input, readLimits, io).then(
                (bytes) => pool.scan(bytes, name, args.options, ocrProgress(name, io)),
                (error: unknown) => unreadable(name, error instanceof HallMonitorError ? error : new InternalError(name)),
              );
              if (files > PROGRESS_AFTER) io.stderr.write(`[${++done}/${files}] ${input}\n`);
              return doc;
            }),
      ),
    );
  } finally {
    await pool.close();
  }
}

function read(input: string, limits: ReadLimits, io: Io): Promise<Uint8Array> {
  return input === '-' ? readStream(io.stdin, 'stdin', limits) : readPath(input, limits);
}

const BAR_WIDTH = 20;

/** A bar per scanned page on a terminal; in a log, one line saying why the file takes a while. */
function ocrProgress(name: string, io: Io): (progress: OcrProgress) => void {
  return ({ read, total }) => {
    const pages = `${total} scanned page${total === 1 ? '' : 's'}`;
    if (!io.stderr.isTTY) {
      if (read === 0) io.stderr.write(`hallmonitor: reading ${pages} of ${name} with OCR\n`);
      return;
    }
    const filled = Math.round((read / total) * BAR_WIDTH);
    io.stderr.write(`\r\x1b[KReading ${name} with OCR [${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${read}/${total} pages`);
    if (read === total) io.stderr.write('\r\x1b[K');
  };
}

function parse(argv: string[]) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string', short: 'f', default: 'text' },
      out: { type: 'string', short: 'o' },
      'min-severity': { type: 'string' },
      only: { type: 'string' },
      ignore: { type: 'string' },
      doctype: { type: 'string' },
      state: { type: 'string' },
      'district-size': { type: 'string' },
      'show-values': { type: 'boolean', default: false },
      'fail-on': { type: 'string' },
      compare: { type: 'boolean', default: false },
      jobs: { type: 'string', short: 'j' },
      timeout: { type: 'string' },
      'max-memory-mb': { type: 'string' },
      'max-mb': { type: 'string' },
      'max-pages': { type: 'string' },
      'max-cells': { type: 'string' },
      'max-ocr-pages': { type: 'string' },
      'no-ocr': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
      version: { type: 'boolean', short: 'v', default: false },
    },
  });
  const format = oneOf('--format', values.format!, FORMATS);
  const options: ScanOptions & ExtractOptions = { showValues: values['show-values'] };
  if (values['max-mb'] !== undefined) options.maxBytes = count('--max-mb', values['max-mb'], 'a whole number of megabytes') * 2 ** 20;
  if (values['max-pages'] !== undefined) options.maxPages = count('--max-pages', values['max-pages'], 'a whole number of pages');
  if (values['max-cells'] !== undefined) options.maxCells = count('--max-cells', values['max-cells'], 'a whole number of cells');
  // The options every surface shares are checked by core's one schema, with the same messages.
  Object.assign(
    options,
    parseOptions({
      state: values.state,
      minSeverity: values['min-severity'],
      only: values.only,
      ignore: values.ignore,
      maxOcrPages: values['no-ocr'] ? 0 : values['max-ocr-pages'],
      districtSize: values['district-size'],
    }),
  );
  if (values.doctype) options.doctype = oneOf('--doctype', values.doctype, DOCTYPES);
  const jobs = values.jobs === undefined ? defaultJobs() : count('--jobs', values.jobs, 'a whole number of files');
  const timeoutS = values.timeout === undefined ? DEFAULT_TIMEOUT_S : count('--timeout', values.timeout, 'a whole number of seconds', 0);
  const timeoutMs = timeoutS ? timeoutS * 1000 : undefined;
  const memoryMb = values['max-memory-mb'] === undefined ? DEFAULT_MEMORY_MB : count('--max-memory-mb', values['max-memory-mb'], 'a whole number of megabytes');
  const failOn = values['fail-on'] ? oneOf('--fail-on', values['fail-on'], SEVERITIES) : undefined;
  if (!positionals.length && !values.help && !values.version) throw new UsageError('no input: give a file, a directory or - for standard input');
  if (values.compare && positionals.length !== 2) throw new UsageError('--compare takes exactly two files: the old version, then the new one');
  const markup = MARKUP[format];
  if (markup && !values.help && !values.version) {
    if (!values.out) throw new UsageError(`--format ${format} writes a marked-up copy of the file: give its name with --out`);
    if (positionals.length !== 1) throw new UsageError(`--format ${format} marks up one file at a time (got ${positionals.length})`);
    if (values.compare) throw new UsageError(`--format ${format} cannot be combined with --compare`);
    if (values.timeout !== undefined) throw new UsageError(`--format ${format} scans in this process, so --timeout does not apply; leave it out`);
  }
  return { format, markup, options, failOn, jobs, timeoutMs, memoryMb, out: values.out, inputs: positionals, help: values.help, version: values.version, compare: values.compare };
}

// The main thread reads files and renders, and V8 collects garbage on helper threads: measured on 2 cores,
// two scan workers were slower than one thread (npm run bench, "files at once"), so leave a core free.
function defaultJobs(): number {
  return Math.max(1, availableParallelism() - 1);
}

function count(flag: string, value: string, what: string, min = 1): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new UsageError(`${flag} must be ${what} (got "${value}")`);
  return n;
}

function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`${flag} must be one of ${allowed.join(', ')} (got "${value}")`);
  return value as T;
}

// A folder is replaced by the files under it; any other path is left to the reader, which reports a
// missing path, a device or a read error in its place, so the others are still scanned.
async function expand(inputs: string[], io: Io): Promise<(string | DocumentReport)[]> {
  const expanded: (string | DocumentReport)[] = [];
  for (const input of inputs) {
    const folder = input !== '-' && (await stat(input).then((info) => info.isDirectory(), () => false));
    if (!folder) {
      expanded.push(input);
      continue;
    }
    const { files, unlisted } = await filesUnder(input);
    if (!files.length && !unlisted.length) io.stderr.write(`hallmonitor: no files in ${input}\n`);
    expanded.push(...files, ...unlisted.map(({ path, error }) => unreadable(path, readError(path, error))));
  }
  return expanded;
}

function render(report: ReturnType<typeof toReport>, format: (typeof FORMATS)[number], color: boolean): string {
  if (format === 'json') return renderJson(report);
  if (format === 'markdown') return renderMarkdown(report);
  if (format === 'html') return renderHtml(report);
  if (format === 'brief') return renderBrief(report);
  return renderText(report, { color });
}

function write(io: Io, text: string): number {
  io.stdout.write(text);
  return 0;
}

async function version(): Promise<string> {
  const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  // A closed pipe (hallmonitor ... | head) is not an error worth a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  process.exitCode = await run(process.argv.slice(2));
}
