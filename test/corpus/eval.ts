// `npm run eval`: the scan and a keyword baseline judged sentence by sentence on labelled real documents and
// on OPP-115, for the tuning split and the frozen test split. Errors are listed for the tuning split only;
// `--errors test` lists the test split's too: look at them only when a change is finished.
//   npm run eval [-- --errors tune|test|none] [--json FILE]
import { writeFileSync } from 'node:fs';
import { category } from '../../core/index';
import { FIGURE_NAMES, runEvaluation, SPLITS, value, type Fraction, type SplitName } from './figures';
import type { Verdict } from './judge';
import { SYSTEMS, type MeasuredDocument, type Tally } from './measure';
import type { OppTally } from './opp115';
import { evaluateValues } from './values';
import { precision, recall } from './evaluate';

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const errorsOf = (arg('--errors') ?? 'tune') as SplitName | 'none';
const jsonPath = arg('--json');

const started = performance.now();
const evaluation = await runEvaluation();
for (const message of evaluation.skipped) console.warn(message);
if (evaluation.unassigned.length) console.warn(`Not in corpus/split.json (npm run labels -- --assign): ${evaluation.unassigned.join(', ')}`);

const pct = (f: Fraction | undefined) => {
  const v = value(f);
  return v === undefined ? '-' : v.toFixed(2);
};
const cell = (f: Fraction | undefined) => `${pct(f)} (${f?.n ?? 0}/${f?.d ?? 0})`.padEnd(16);
const out: string[] = [];
const { documents, figures } = evaluation;
out.push(
  `Hall Monitor evaluation: ${documents.tune.length + documents.test.length} labelled real documents ` +
    `(tune ${documents.tune.length}, test ${documents.test.length})` +
    (evaluation.opp ? ' and the OPP-115 development half' : ''),
);
out.push('Flag precision counts a second flag of one practice as wrong; "keywords" is test/corpus/keyword-baseline.ts.');
out.push('');
out.push(`${''.padEnd(34)}${SPLITS.flatMap((s) => SYSTEMS.map((sys) => `${s} ${sys}`.padEnd(16))).join(' ')}`);
for (const [name, title] of FIGURE_NAMES)
  out.push(`${title.padEnd(34)}${SPLITS.flatMap((s) => SYSTEMS.map((sys) => cell(figures[s][sys][name]))).join(' ')}`);

out.push('');
out.push('Per category, scan: flag precision / sentence recall / document recall / false-positive rate (tune | test)');
const ids = new Set(SPLITS.flatMap((s) => [...evaluation.totals[s].scan.byCategory.keys()]));
const fr = (n: number, d: number): Fraction => ({ n, d });
const quad = (t: Tally | undefined) =>
  t
    ? [fr(t.verdicts.correct ?? 0, t.flags), fr(t.sentenceHits, t.sentences), fr(t.tp, t.tp + t.fn), fr(t.fp, t.fp + t.tn)].map((f) => `${pct(f)}`.padStart(5)).join(' ')
    : '';
for (const id of [...ids].sort((a, b) => category(a).kind.localeCompare(category(b).kind) || a.localeCompare(b)))
  out.push(`  ${`${category(id).kind}/${id}`.padEnd(40)} ${quad(evaluation.totals.tune.scan.byCategory.get(id)).padEnd(24)} | ${quad(evaluation.totals.test.scan.byCategory.get(id))}`);

out.push('');
out.push('Values (seeded synthetic letters, each value planted among look-alikes): precision / recall');
for (const [id, c] of Object.entries(evaluateValues()))
  out.push(`  ${id.padEnd(12)} ${precision(c).toFixed(2)} ${recall(c).toFixed(2)}   (${c.tp} found, ${c.fp} wrong, ${c.fn} missed)`);

if (evaluation.opp) {
  out.push('');
  out.push('OPP-115 per label, scan: segment precision / hard-negative error / document recall (tune | test)');
  const opp = evaluation.opp;
  const triple = (t: OppTally) => [fr(t.segRight, t.segFlagged), fr(t.negativesFlagged, t.negatives), fr(t.docHit, t.docGold)].map((f) => pct(f).padStart(5)).join(' ');
  for (const label of Object.keys(opp.tune.scan)) out.push(`  ${label.padEnd(40)} ${triple(opp.tune.scan[label]!).padEnd(18)} | ${triple(opp.test.scan[label]!)}`);
}

const WHAT: Record<Exclude<Verdict, 'correct'>, string> = {
  duplicate: 'a practice flagged again',
  'hard-negative': 'a ban, a protection or not student data, flagged as the risk',
  'wrong-category': 'the sentence carries another category',
  spurious: 'nothing of the kind in the sentence',
  'protection-present': 'a protection the agreement has, flagged as missing or weak',
  'not-an-agreement': 'a missing protection flagged on a document that is no agreement',
};

for (const split of SPLITS) {
  if (errorsOf !== split) continue;
  const docs = documents[split];
  out.push('');
  out.push(`Commonest errors of the scan (${split} split)`);
  const kinds = new Map<string, { count: number; categories: Map<string, number> }>();
  for (const doc of docs)
    for (const { flag, verdict } of doc.judgements.scan.flags) {
      if (verdict === 'correct') continue;
      const key = `${flag.kind} ${verdict}`;
      const entry = kinds.get(key) ?? { count: 0, categories: new Map() };
      entry.count++;
      entry.categories.set(flag.category, (entry.categories.get(flag.category) ?? 0) + 1);
      kinds.set(key, entry);
    }
  const misses = new Map<string, number>();
  for (const doc of docs) for (const s of doc.judgements.scan.sentences) if (!s.hit) misses.set(`${s.kind}/${s.category}`, (misses.get(`${s.kind}/${s.category}`) ?? 0) + 1);
  for (const [key, { count, categories }] of [...kinds].sort((a, b) => b[1].count - a[1].count)) {
    const top = [...categories].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([c, n]) => `${c} ${n}`).join(', ');
    out.push(`  ${String(count).padStart(4)}  ${key.padEnd(28)} ${WHAT[key.split(' ')[1] as keyof typeof WHAT]}: ${top}`);
  }
  const missTotal = [...misses.values()].reduce((a, b) => a + b, 0);
  out.push(`  ${String(missTotal).padStart(4)}  labelled sentences missed: ${[...misses].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([c, n]) => `${c} ${n}`).join(', ')}`);

  out.push('');
  out.push(`Worst documents (${split} split): wrong flags, missed sentences, wrong checklist statuses`);
  const score = (d: MeasuredDocument) => {
    const j = d.judgements.scan;
    return {
      wrong: j.flags.filter((f) => f.verdict !== 'correct').length,
      missed: j.sentences.filter((s) => !s.hit).length,
      statuses: j.protections.filter((p) => !(p.expected as string[]).includes(p.got)).length,
    };
  };
  for (const doc of [...docs].sort((a, b) => sum(score(b)) - sum(score(a))).slice(0, 12)) {
    const s = score(doc);
    const doctype = doc.doctype.expected.includes(doc.doctype.got) ? '' : `; doctype ${doc.doctype.got}, labelled ${doc.doctype.expected.join('/')}`;
    out.push(`  ${doc.id.padEnd(62)} ${String(s.wrong).padStart(3)} wrong, ${String(s.missed).padStart(3)} missed, ${s.statuses} statuses${doctype}`);
  }
}
const unaligned = SPLITS.flatMap((s) => documents[s].flatMap((d) => d.unaligned.map((q) => `${d.id}: "${q}"`)));
if (unaligned.length) out.push('', `Label quotes not found in the scanned text (${unaligned.length}):`, ...unaligned.map((u) => `  ${u}`));
out.push('', `Evaluated in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
console.log(out.join('\n'));

if (jsonPath) {
  const errors = (split: SplitName) =>
    documents[split].flatMap((doc) =>
      doc.judgements.scan.flags
        .filter((f) => f.verdict !== 'correct')
        .map((f) => ({
          document: doc.id,
          kind: f.flag.kind,
          category: f.flag.category,
          verdict: f.verdict,
          ...(f.flag.span && { quote: doc.text.slice(f.flag.span.start, f.flag.span.end).slice(0, 300), around: around(doc.text, f.flag.span) }),
        })),
    );
  const misses = (split: SplitName) =>
    documents[split].flatMap((doc) =>
      doc.judgements.scan.sentences.filter((s) => !s.hit).map((s) => ({ document: doc.id, category: s.category, quote: doc.text.slice(s.gold.start, s.gold.end).slice(0, 300) })),
    );
  const listed = SPLITS.filter((s) => errorsOf === s);
  writeFileSync(
    jsonPath,
    `${JSON.stringify({ figures, errors: Object.fromEntries(listed.map((s) => [s, errors(s)])), misses: Object.fromEntries(listed.map((s) => [s, misses(s)])) }, null, 1)}\n`,
  );
}

function around(text: string, span: { start: number; end: number }): string {
  return text.slice(Math.max(0, span.start - 150), Math.min(text.length, span.end + 150));
}

function sum(s: { wrong: number; missed: number; statuses: number }): number {
  return s.wrong + s.missed + s.statuses;
}
