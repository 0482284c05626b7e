import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import {
  CATEGORIES,
  isCategoryId,
  renderBrief,
  renderHtml,
  renderJson,
  renderMarkdown,
  renderText,
  scanFile,
  SEVERITIES,
  severityRank,
  toReport,
  unreadable,
  NotFoundError,
  type CategoryId,
  type DocumentReport,
  type ScanOptions,
} from '../core/index';
import { compareReports, renderComparison } from '../core/compare';

const USAGE = `Usage: hallmonitor [options] <file|dir|->...

Scans agreements, rosters and policies for student-data risks. Directories are read recursively;
"-" reads standard input.

Options:
  -f, --format <text|json|markdown|html|brief>  report format (default: text); brief is a one-page
                                          printable HTML summary for a board
  -o, --out <file>                        write the report to a file instead of the terminal
      --min-severity <high|medium|low>    hide flags below this severity
      --only <ids>                        only these categories (comma-separated taxonomy ids)
      --ignore <ids>                      skip these categories
      --doctype <agreement|records|policy|other>  treat every input as this type
      --district-size <n>                 students in the district, for the re-identification estimate (default 2000)
      --show-values                       show personal values unmasked (masked by default)
      --fail-on <high|medium|low>         exit 1 when a flag at or above this severity is found
      --compare <old> <new>               what changed between two versions of an agreement (text or json)
  -h, --help                              show this help
  -v, --version                           show the version

Exit codes: 0 no flags at the --fail-on level, 1 flags at or above it, 2 a usage error or an unreadable input.`;

const FORMATS = ['text', 'json', 'markdown', 'html', 'brief'] as const;
const DOCTYPES = ['agreement', 'records', 'policy', 'other'] as const;
const PROGRESS_AFTER = 3;

export interface Io {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream;
  stdin: AsyncIterable<Uint8Array>;
}

class UsageError extends Error {}

/** Runs the CLI and returns its exit code; never throws for bad input, only for bugs. */
export async function run(argv: string[], io: Io = process): Promise<number> {
  let args;
  try {
    args = parse(argv);
  } catch (error) {
    if (!(error instanceof UsageError || (error instanceof TypeError && 'code' in error))) throw error;
    io.stderr.write(`hallmonitor: ${error.message}\nRun "hallmonitor --help" for usage.\n`);
    return 2;
  }
  if (args.help) return write(io, USAGE + '\n');
  if (args.version) return write(io, `${await version()}\n`);

  const inputs = await expand(args.inputs, io);
  const files = inputs.filter((input) => typeof input === 'string').length;
  const documents: DocumentReport[] = [];
  let done = 0;
  for (const input of inputs) {
    let doc: DocumentReport;
    if (typeof input !== 'string') doc = input;
    else {
      if (files > PROGRESS_AFTER) io.stderr.write(`[${++done}/${files}] ${input}\n`);
      const bytes = input === '-' ? await readStdin(io.stdin) : await readFile(input);
      doc = await scanFile(bytes, input === '-' ? 'stdin' : input, args.options);
    }
    if (doc.error) io.stderr.write(`hallmonitor: ${doc.error.message}\n`);
    documents.push(doc);
  }
  const report = toReport(documents);

  const comparison = args.compare && !report.documents.some((d) => d.error) ? compareReports(documents[0]!, documents[1]!) : undefined;
  const rendered = comparison
    ? args.format === 'json'
      ? `${JSON.stringify(comparison, null, 2)}\n`
      : `${renderComparison(comparison)}\n`
    : render(report, args.format, !args.out && Boolean(io.stdout.isTTY) && !process.env.NO_COLOR);
  if (args.out) await writeFile(args.out, rendered);
  else io.stdout.write(rendered);

  if (report.documents.some((d) => d.error)) return 2;
  if (args.failOn && report.documents.some((d) => d.findings.some((f) => severityRank(f.severity) >= severityRank(args.failOn!)))) return 1;
  return 0;
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
      'district-size': { type: 'string' },
      'show-values': { type: 'boolean', default: false },
      'fail-on': { type: 'string' },
      compare: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
      version: { type: 'boolean', short: 'v', default: false },
    },
  });
  const format = oneOf('--format', values.format!, FORMATS);
  const options: ScanOptions = { showValues: values['show-values'] };
  if (values['min-severity']) options.minSeverity = oneOf('--min-severity', values['min-severity'], SEVERITIES);
  if (values.only) options.only = categories('--only', values.only);
  if (values.ignore) options.ignore = categories('--ignore', values.ignore);
  if (values.doctype) options.doctype = oneOf('--doctype', values.doctype, DOCTYPES);
  if (values['district-size'] !== undefined) {
    const size = Number(values['district-size']);
    if (!Number.isInteger(size) || size < 1) throw new UsageError(`--district-size must be a whole number of students (got "${values['district-size']}")`);
    options.districtSize = size;
  }
  const failOn = values['fail-on'] ? oneOf('--fail-on', values['fail-on'], SEVERITIES) : undefined;
  if (!positionals.length && !values.help && !values.version) throw new UsageError('no input: give a file, a directory or - for standard input');
  if (values.compare && positionals.length !== 2) throw new UsageError('--compare takes exactly two files: the old version, then the new one');
  return { format, options, failOn, out: values.out, inputs: positionals, help: values.help, version: values.version, compare: values.compare };
}

function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`${flag} must be one of ${allowed.join(', ')} (got "${value}")`);
  return value as T;
}

function categories(flag: string, list: string): CategoryId[] {
  const ids = list.split(',').map((id) => id.trim()).filter(Boolean);
  const unknown = ids.filter((id) => !isCategoryId(id));
  if (unknown.length)
    throw new UsageError(`${flag}: unknown categor${unknown.length > 1 ? 'ies' : 'y'} ${unknown.join(', ')}. Valid ids: ${CATEGORIES.map((c) => c.id).join(', ')}`);
  return ids as CategoryId[];
}

// A missing path is reported like any unreadable file, in its place, so the others are still scanned.
async function expand(inputs: string[], io: Io): Promise<(string | DocumentReport)[]> {
  const expanded: (string | DocumentReport)[] = [];
  for (const input of inputs) {
    const info = input === '-' ? undefined : await stat(input).catch(() => undefined);
    if (input === '-' || info?.isFile()) expanded.push(input);
    else if (info?.isDirectory()) {
      const found = await walk(input);
      if (!found.length) io.stderr.write(`hallmonitor: no files in ${input}\n`);
      expanded.push(...found);
    } else expanded.push(unreadable(input, new NotFoundError(input)));
  }
  return expanded;
}

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .filter((path) => !relative(dir, path).split(/[\\/]/).some((part) => part.startsWith('.') || part === 'node_modules'))
    .sort();
}

async function readStdin(stdin: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of stdin) chunks.push(chunk);
  return Buffer.concat(chunks);
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
