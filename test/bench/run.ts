// `npm run bench`: Hall Monitor against the floor and its peers, in one process run so the ratios hold.
// Inputs are generated from fixed seeds; every figure is the median of several runs after a warm-up, and
// tools compared with each other are timed in turns.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { OpenRedaction } from '@openredaction/openredaction';
import nlp from 'compromise';
import { SyncRedactor } from 'redact-pii';
import { createWorker, OEM, PSM } from 'tesseract.js';
import { extractBlocks, scan, scanFile } from '../../core/index';
import { NodeOcr } from '../../workers/ocr';
import { ScanPool } from '../../workers/scan-pool';
import type { measureLongLine } from './long-line';
import { pdfFile } from '../fixtures/files';
import { imagePdf, pageImages } from '../fixtures/scans';
import { agreement, ROSTER_HEADER, rosterCsv, seeded } from '../fixtures/synthetic';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Median wall time in ms of `runs` calls after one warm-up call. */
async function time(work: () => unknown, runs = RUNS): Promise<number> {
  await work();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

/**
 * Medians of tools timed in turns, one call each per round, so a machine that speeds up or slows down
 * mid-run moves every figure alike; ratios are medians of each round's own ratio.
 */
async function timeInTurns<K extends string>(work: Record<K, () => unknown>, runs = RUNS): Promise<{ ms: Record<K, number>; ratio: (a: K, b: K) => number }> {
  const names = Object.keys(work) as K[];
  const samples = Object.fromEntries(names.map((name) => [name, [] as number[]])) as Record<K, number[]>;
  for (const name of names) await work[name]();
  for (let i = 0; i < runs; i++)
    for (const name of names) {
      const start = performance.now();
      await work[name]();
      samples[name].push(performance.now() - start);
    }
  return {
    ms: Object.fromEntries(names.map((name) => [name, median(samples[name])])) as Record<K, number>,
    ratio: (a, b) => median(samples[a].map((ms, i) => ms / samples[b][i]!)),
  };
}

const text = agreement(seeded(1), 100);
const megabytes = Buffer.byteLength(text) / 1e6;
const csv = rosterCsv(seeded(2), 10_000);
const csvBytes = new TextEncoder().encode(csv);
const pages = text.split(/\n\n(?=ARTICLE)/).map((page) => page.split('\n').flatMap((line) => wrap(line, 95)));
const pdf = await pdfFile(pages.map((lines) => lines.slice(0, 46)));

function wrap(line: string, width: number): string[] {
  const out: string[] = [];
  for (let rest = line; rest.length; ) {
    const cut = rest.length <= width ? rest.length : rest.lastIndexOf(' ', width) > 0 ? rest.lastIndexOf(' ', width) : width;
    out.push(rest.slice(0, cut));
    rest = rest.slice(cut).trimStart();
  }
  return out;
}

// The floor: one pass of one combined regex with the value patterns a scan must at least look for.
const FLOOR =
  /\b\d{3}-\d{2}-\d{4}\b|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4}|\b\d{1,2}\/\d{1,2}\/\d{4}\b|\b(?:19|20)\d\d-\d\d-\d\d\b|\b\d{7,10}\b|\b(?:student|SASID|DOB|IEP|lunch|ethnicity)\b/gi;
const floor = (input: string) => {
  let n = 0;
  for (const _ of input.matchAll(FLOOR)) n++;
  return n;
};

const redactPii = new SyncRedactor();
const openRedaction = new OpenRedaction();
// OpenRedaction goes quadratic on whole documents (see ../shared/notes/performance-figures.md): give it chunks.
const chunked = (input: string, size: number, work: (chunk: string) => unknown) => {
  for (let i = 0; i < input.length; i += size) work(input.slice(i, i + size));
};

// --- the agreement -------------------------------------------------------------------------------------
const stages = new Map<string, number[]>();
const agreementTurns = await timeInTurns({ scan: () => scan(text), floor: () => floor(text), redactPii: () => redactPii.redact(text) });
const { scan: scanMs, floor: floorMs, redactPii: redactPiiMs } = agreementTurns.ms;
for (let i = 0; i < RUNS; i++) {
  // a stage such as "pii detectors" laps once per detector: sum them within a run, then take the median across runs
  const run = new Map<string, number>();
  scan(text, { profile: (stage, ms) => run.set(stage, (run.get(stage) ?? 0) + ms) });
  for (const [stage, ms] of run) stages.set(stage, [...(stages.get(stage) ?? []), ms]);
}
const openRedactionMs = await time(() => chunked(text, 15_000, (chunk) => openRedaction.detect(chunk)), Math.min(RUNS, 3));
const compromiseMs = await time(() => nlp(text).sentences().length, Math.min(RUNS, 3));

// --- the roster ----------------------------------------------------------------------------------------
const rosterTurns = await timeInTurns({ scan: () => scanFile(csvBytes, 'roster.csv'), redactPii: () => redactPii.redact(csv) }, Math.min(RUNS, 3));
const { scan: rosterMs, redactPii: redactRosterMs } = rosterTurns.ms;
const rosterReport = await scanFile(csvBytes, 'roster.csv');
const rows = csv.trim().split('\n').slice(1).map(parseCsvLine);
const TRUTH_COLUMNS: Record<string, string> = { 'Student Name': 'student-name', SASID: 'student-id', DOB: 'birthdate', 'Parent Phone': 'phone', 'Parent Email': 'email' };

function parseCsvLine(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|([^,]+)|(?<=,|^)(?=,|$)/g)].map((m) => m[1] ?? m[2] ?? '');
}

// Recall: the share of the roster's values each tool finds (ours by column, theirs by what they redact).
const ourRecall: Record<string, number> = {};
const redactPiiRecall: Record<string, number> = {};
const redactedRoster = redactPii.redact(csv);
const openRedactionFound = new Set<string>();
chunked(csv, 15_000, (chunk) => openRedaction.detect(chunk).detections.forEach((d) => openRedactionFound.add(d.value)));
const openRedactionRecall: Record<string, number> = {};
for (const [header, category] of Object.entries(TRUTH_COLUMNS)) {
  const column = ROSTER_HEADER.indexOf(header);
  const values = rows.map((row) => row[column]!).filter(Boolean);
  const counted = rosterReport.findings.filter((f) => f.category === category && f.count !== undefined).reduce((n, f) => n + f.count!, 0);
  ourRecall[category] = Math.min(1, counted / values.length);
  redactPiiRecall[category] = values.filter((v) => !redactedRoster.includes(v)).length / values.length;
  openRedactionRecall[category] = values.filter((v) => [...openRedactionFound].some((found) => found.includes(v) || v.includes(found))).length / values.length;
}
const recallMin = (recall: Record<string, number>) => Math.min(...Object.values(recall));

// --- the PDF -------------------------------------------------------------------------------------------
const extractMs = await time(() => extractBlocks(pdf, 'agreement.pdf'), Math.min(RUNS, 3));
const pdfEndToEndMs = await time(() => scanFile(pdf, 'agreement.pdf'), Math.min(RUNS, 3));

// --- the bot's path: a 20-page PDF through the worker pool, the first file after start and then warm ------
const pdf20 = await pdfFile(pages.slice(0, 20).map((lines) => lines.slice(0, 46)));
const pool = new ScanPool(1);
const coldStart = performance.now();
await pool.scan(pdf20, 'agreement-20.pdf');
const botColdMs = performance.now() - coldStart;
const botWarmMs = await time(() => pool.scan(pdf20, 'agreement-20.pdf'), Math.min(RUNS, 3));
await pool.close();

// --- a scanned PDF: our OCR and scan against tesseract.js alone on the same page images -------------------
const OCR_PAGES = 3;
const printed = await pdfFile(pages.slice(0, OCR_PAGES).map((lines) => lines.slice(0, 46)));
const scannedImages = await pageImages(printed);
const scannedPdf = await imagePdf(scannedImages);
const ocr = new NodeOcr();
const ocrPerCore = new NodeOcr(availableParallelism());
const bareTesseract = await createWorker('eng', OEM.LSTM_ONLY, {
  langPath: join(dirname(createRequire(import.meta.url).resolve('@tesseract.js-data/eng/package.json')), '4.0.0_best_int'),
  cacheMethod: 'none',
});
await bareTesseract.setParameters({ tessedit_pageseg_mode: PSM.AUTO, user_defined_dpi: '150' });
const ocrTurns = await timeInTurns(
  {
    hallMonitor: () => scanFile(scannedPdf, 'scanned.pdf', {}, { ocr }),
    hallMonitorPerCore: () => scanFile(scannedPdf, 'scanned.pdf', {}, { ocr: ocrPerCore }),
    tesseract: async () => {
      for (const image of scannedImages) await bareTesseract.recognize(Buffer.from(image), {}, { blocks: true, text: false });
    },
    bornDigital: () => scanFile(printed, 'printed.pdf'),
  },
  Math.min(RUNS, 3),
);
await Promise.all([ocr.close(), ocrPerCore.close(), bareTesseract.terminate()]);

// --- scaling and memory --------------------------------------------------------------------------------
const scaling: Record<number, number> = {};
for (const n of [10, 100, 1000]) {
  const input = agreement(seeded(3), n);
  scaling[n] = await time(() => scan(input), n === 1000 ? Math.min(RUNS, 3) : RUNS);
}
// In a fresh process too: the heap this one keeps after OCR and the batch made the longer lines pay for
// collections the shorter ones did not (4.5x in a full run, 4.0x alone), which is not the scan's growth.
const longLine = inFreshProcess<ReturnType<typeof measureLongLine>>('long-line.ts', { BENCH_RUNS: String(Math.min(RUNS, 3)) });
// Peak memory of a 1,000-page scan, measured in a fresh process so the peers' allocations do not count.
const memory = inFreshProcess<{ peakMB: number; baselineMB: number }>('memory.ts');
const peakMemoryMB1000 = memory.peakMB;

// --- many files: the CLI one file at a time against a worker per core ------------------------------------
const BATCH = 24;
const batchDir = mkdtempSync(join(tmpdir(), 'hallmonitor-bench-'));
for (let i = 0; i < BATCH; i++) writeFileSync(join(batchDir, `agreement-${i}.txt`), agreement(seeded(100 + i), 10));
const cli = (jobs: number) => () =>
  execFileSync(process.execPath, [fileURLToPath(new URL('../../cli/bin.js', import.meta.url)), '--jobs', String(jobs), '-f', 'json', batchDir], {
    stdio: 'ignore',
  });
const cores = availableParallelism();
const batchOneThreadMs = await time(cli(1), Math.min(RUNS, 3));
const batchWorkersMs = cores > 1 ? await time(cli(cores), Math.min(RUNS, 3)) : batchOneThreadMs;
rmSync(batchDir, { recursive: true });

// --- report --------------------------------------------------------------------------------------------
const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`);
const pct = (x: number) => `${Math.round(x * 100)}%`;
const table: [string, string][] = [
  [`agreement: ${pages.length} pages, ${(text.length / 1000).toFixed(0)}k chars`, ''],
  ['  Hall Monitor scan', `${fmt(scanMs)} (${(megabytes / (scanMs / 1000)).toFixed(2)} MB/s)`],
  ...[...stages].map(([stage, ms]): [string, string] => [`    stage: ${stage}`, fmt(median(ms))]),
  ['  floor: one combined regex pass', fmt(floorMs)],
  ['  redact-pii', fmt(redactPiiMs)],
  ['  OpenRedaction (15k chunks)', fmt(openRedactionMs)],
  ['  compromise parse of the whole text', fmt(compromiseMs)],
  [`roster: ${rows.length.toLocaleString('en-US')} rows, ${(csv.length / 1e6).toFixed(1)} MB`, ''],
  ['  Hall Monitor scan (extract + scan)', `${fmt(rosterMs)}, ${rosterReport.findings.length} findings`],
  ['  redact-pii', fmt(redactRosterMs)],
  ['  recall, Hall Monitor', Object.entries(ourRecall).map(([c, r]) => `${c} ${pct(r)}`).join(', ')],
  ['  recall, redact-pii', Object.entries(redactPiiRecall).map(([c, r]) => `${c} ${pct(r)}`).join(', ')],
  ['  recall, OpenRedaction', Object.entries(openRedactionRecall).map(([c, r]) => `${c} ${pct(r)}`).join(', ')],
  [`pdf: ${pages.length} pages`, ''],
  ['  pdf.js text extraction', `${fmt(extractMs)} (${(pages.length / (extractMs / 1000)).toFixed(0)} pages/s)`],
  ['  extraction + scan', fmt(pdfEndToEndMs)],
  [`scanned pdf: ${OCR_PAGES} page images, no text layer`, ''],
  ['  Hall Monitor (OCR + scan), one Tesseract worker', `${fmt(ocrTurns.ms.hallMonitor)} (${(OCR_PAGES / (ocrTurns.ms.hallMonitor / 1000)).toFixed(2)} pages/s)`],
  [`  the same, a worker per core (the CLI: ${cores})`, `${fmt(ocrTurns.ms.hallMonitorPerCore)} (${(OCR_PAGES / (ocrTurns.ms.hallMonitorPerCore / 1000)).toFixed(2)} pages/s)`],
  ['  tesseract.js alone, same images', `${fmt(ocrTurns.ms.tesseract)} (${(OCR_PAGES / (ocrTurns.ms.tesseract / 1000)).toFixed(2)} pages/s)`],
  ['  the same pages born digital (text layer)', fmt(ocrTurns.ms.bornDigital)],
  ['bot: 20-page PDF in a scan worker', `${fmt(botWarmMs)} (first file after start, loading core too: ${fmt(botColdMs)})`],
  ['scaling (scan only)', Object.entries(scaling).map(([n, ms]) => `${n} pages ${fmt(ms)}`).join(', ')],
  ['one unpunctuated line (SSNs)', `${Object.entries(longLine.ms).map(([n, ms]) => `${Number(n) / 1000}k repeats ${fmt(ms)}`).join(', ')}; 80k/20k ${longLine.ratio80kTo20k.toFixed(2)}x`],
  [`${BATCH} files of 10 pages, CLI`, ''],
  ['  --jobs 1 (one worker thread)', fmt(batchOneThreadMs)],
  [`  --jobs ${cores} (worker threads)`, fmt(batchWorkersMs)],
  ['peak memory, 1,000-page scan (RSS)', `${peakMemoryMB1000.toFixed(0)} MB (after loading core, before the scan: ${memory.baselineMB.toFixed(0)} MB)`],
];
const width = Math.max(...table.map(([label]) => label.length));
console.log(`Hall Monitor benchmark: Node ${process.version}, ${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}, medians of ${RUNS} runs\n`);
for (const [label, value] of table) console.log(`${label.padEnd(width)}  ${value}`);

const round = (x: number) => Math.round(x * 100) / 100;
console.log(
  JSON.stringify({
    date: new Date().toISOString().slice(0, 10),
    node: process.version,
    cores: cpus().length,
    scanMs: round(scanMs),
    scanMBps: round(megabytes / (scanMs / 1000)),
    stagesMs: Object.fromEntries([...stages].map(([stage, ms]) => [stage, round(median(ms))])),
    floorMs: round(floorMs),
    redactPiiMs: round(redactPiiMs),
    openRedactionMs: round(openRedactionMs),
    compromiseMs: round(compromiseMs),
    rosterMs: round(rosterMs),
    pdfExtractMs: round(extractMs),
    pdfEndToEndMs: round(pdfEndToEndMs),
    botPdf20Ms: round(botWarmMs),
    botPdf20ColdMs: round(botColdMs),
    scalingMs: Object.fromEntries(Object.entries(scaling).map(([n, ms]) => [n, round(ms)])),
    scanVsFloor: round(agreementTurns.ratio('scan', 'floor')),
    scanVsRedactPii: round(agreementTurns.ratio('scan', 'redactPii')),
    scanVsCompromiseParse: round(scanMs / compromiseMs),
    rosterVsRedactPii: round(rosterTurns.ratio('scan', 'redactPii')),
    rosterRecallMin: round(recallMin(ourRecall)),
    redactPiiRosterRecallMin: round(recallMin(redactPiiRecall)),
    openRedactionRosterRecallMin: round(recallMin(openRedactionRecall)),
    pdfScanVsExtract: round(pdfEndToEndMs / extractMs),
    ocrPagesPerSecond: round(OCR_PAGES / (ocrTurns.ms.hallMonitor / 1000)),
    ocrScanVsTesseract: round(ocrTurns.ratio('hallMonitor', 'tesseract')),
    ocrScanVsBornDigital: round(ocrTurns.ratio('hallMonitor', 'bornDigital')),
    ocrPerCoreSpeedup: round(ocrTurns.ratio('hallMonitor', 'hallMonitorPerCore')),
    ocrPerCorePagesPerSecond: round(OCR_PAGES / (ocrTurns.ms.hallMonitorPerCore / 1000)),
    batchOneThreadMs: round(batchOneThreadMs),
    batchWorkersMs: round(batchWorkersMs),
    jobsSpeedup: round(batchOneThreadMs / batchWorkersMs),
    scaling1000vs100: round(scaling[1000]! / scaling[100]!),
    longLineMs: Object.fromEntries(Object.entries(longLine.ms).map(([n, ms]) => [n, round(ms)])),
    longLine80kVs20k: round(longLine.ratio80kTo20k),
    peakMemoryMB1000: Math.round(peakMemoryMB1000),
  }),
);

/** A bench script run alone in its own process: the JSON on the last line it prints. */
function inFreshProcess<T>(script: string, env: Record<string, string> = {}): T {
  const out = execFileSync(process.execPath, ['--import', 'tsx', fileURLToPath(new URL(script, import.meta.url))], { encoding: 'utf8', env: { ...process.env, ...env } });
  return JSON.parse(out.trim().split('\n').at(-1)!) as T;
}
