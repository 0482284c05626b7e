import { loadLabelledDocuments, type LabelledDocument } from './labels';
import {
  KINDS,
  measureDocument,
  readDocument,
  SYSTEMS,
  totals,
  type MeasuredDocument,
  type System,
  type Totals,
} from './measure';
import { evaluateOpp, OPP_CLAUSES, OPP_PII, oppPolicies, pool, type OppResult } from './opp115';
import { readSplit } from './split';
import { examplesOf, foldOf, trainScorer } from './scorer-training';
import type { Block } from '../../core/index';
import type { ScorerData } from '../../core/scorer/model';

// Every headline figure of `npm run eval`, by split and system, under one name each: the eval prints them
// and the corpus test holds them to the floors in thresholds.json.

export type SplitName = 'tune' | 'test';
export const SPLITS: SplitName[] = ['tune', 'test'];
/** A figure as its two counts: its value is n / d, undefined when nothing was counted. */
export interface Fraction {
  n: number;
  d: number;
}
export type Figures = Record<string, Fraction>;
export const value = (f: Fraction | undefined): number | undefined => (f && f.d ? f.n / f.d : undefined);

export interface Evaluation {
  documents: Record<SplitName, MeasuredDocument[]>;
  totals: Record<SplitName, Record<System, Totals>>;
  opp: Record<SplitName, { scan: OppResult; baseline: OppResult }> | undefined;
  figures: Record<SplitName, Record<System, Figures>>;
  skipped: string[];
  unassigned: string[];
  /** The scorer as `npm run train` would write it from today's labels. */
  retrained: ScorerData;
}

export async function runEvaluation(): Promise<Evaluation> {
  const { documents, skipped } = loadLabelledDocuments();
  const split = readSplit();
  const bySplit = (name: SplitName) => documents.filter((d) => split.documents[name].includes(d.id));
  const unassigned = documents.filter((d) => !split.documents.test.includes(d.id) && !split.documents.tune.includes(d.id)).map((d) => d.id);
  const read = async (docs: LabelledDocument[]) => {
    const out: { doc: LabelledDocument; blocks: Block[] }[] = [];
    for (const doc of docs) out.push({ doc, blocks: await readDocument(doc) });
    return out;
  };
  const tune = await read(bySplit('tune'));
  // The clause scorer was trained on the tuning split: each tuning document is scored by the model trained
  // without its fold, the test split by the shipped model.
  const scorer = trainScorer(tune.flatMap(({ doc, blocks }) => examplesOf(doc, blocks)));
  const measured = {
    tune: tune.map(({ doc, blocks }) => measureDocument(doc, blocks, scorer.folds[foldOf(doc.id)])),
    test: (await read(bySplit('test'))).map(({ doc, blocks }) => measureDocument(doc, blocks)),
  };
  const policies = oppPolicies();
  if (!policies) skipped.push('../shared/opp115-dev not found: OPP-115 figures left out.');
  const opp = policies && {
    tune: await evaluateOpp(split.opp115.tune),
    test: await evaluateOpp(split.opp115.test),
  };
  const tot = Object.fromEntries(SPLITS.map((s) => [s, { scan: totals(measured[s], 'scan'), keywords: totals(measured[s], 'keywords') }])) as Evaluation['totals'];
  const figures = Object.fromEntries(
    SPLITS.map((s) => [s, Object.fromEntries(SYSTEMS.map((sys) => [sys, figuresOf(tot[s][sys], opp?.[s][sys === 'scan' ? 'scan' : 'baseline'])]))]),
  ) as Evaluation['figures'];
  return { documents: measured, totals: tot, opp, figures, skipped, unassigned, retrained: scorer.model };
}

/** The figures' names, in the order the eval prints them, with how to read each. */
export const FIGURE_NAMES: [name: string, title: string][] = [
  ...KINDS.flatMap((k): [string, string][] => [
    [`${k}.flagPrecision`, `${k} flag precision`],
    ...(k === 'missing' ? [] : ([[`${k}.sentenceRecall`, `${k} sentence recall`]] as [string, string][])),
    [`${k}.documentRecall`, `${k} document recall`],
    [`${k}.falsePositiveRate`, `${k} false-positive rate`],
    ...(k === 'missing' ? [] : ([[`${k}.hardNegativeError`, `${k} hard-negative error`]] as [string, string][])),
  ]),
  ['all.flagPrecision', 'all flag precision'],
  ['protections.statusAccuracy', 'checklist status accuracy'],
  ['protections.presentCalledMissing', 'present called missing'],
  ['doctype.accuracy', 'doctype accuracy'],
  ['opp.clauseSegmentPrecision', 'OPP-115 clause segment precision'],
  ['opp.piiSegmentPrecision', 'OPP-115 pii segment precision'],
  ['opp.hardNegativeError', 'OPP-115 hard-negative error'],
  ['opp.clauseDocumentRecall', 'OPP-115 clause document recall'],
  ['opp.piiDocumentRecall', 'OPP-115 pii document recall'],
];

function figuresOf(t: Totals, opp: OppResult | undefined): Figures {
  const f: Figures = {};
  for (const k of KINDS) {
    const x = t.byKind[k];
    f[`${k}.flagPrecision`] = { n: x.verdicts.correct ?? 0, d: x.flags };
    if (k !== 'missing') f[`${k}.sentenceRecall`] = { n: x.sentenceHits, d: x.sentences };
    f[`${k}.documentRecall`] = { n: x.tp, d: x.tp + x.fn };
    f[`${k}.falsePositiveRate`] = { n: x.fp, d: x.fp + x.tn };
    if (k !== 'missing') f[`${k}.hardNegativeError`] = { n: x.negativesFlagged, d: x.negatives };
  }
  const all = KINDS.map((k) => t.byKind[k]);
  f['all.flagPrecision'] = { n: all.reduce((n, x) => n + (x.verdicts.correct ?? 0), 0), d: all.reduce((n, x) => n + x.flags, 0) };
  f['protections.statusAccuracy'] = { n: t.protections.right, d: t.protections.labelled };
  f['protections.presentCalledMissing'] = { n: t.protections.presentCalledMissing, d: t.protections.present };
  f['doctype.accuracy'] = { n: t.doctype.right, d: t.doctype.total };
  if (opp) {
    const clauses = pool(opp, OPP_CLAUSES);
    const pii = pool(opp, OPP_PII);
    const strict = pool(opp, [...OPP_CLAUSES, ...OPP_PII]);
    f['opp.clauseSegmentPrecision'] = { n: clauses.segRight, d: clauses.segFlagged };
    f['opp.piiSegmentPrecision'] = { n: pii.segRight, d: pii.segFlagged };
    f['opp.hardNegativeError'] = { n: strict.negativesFlagged, d: strict.negatives };
    f['opp.clauseDocumentRecall'] = { n: clauses.docHit, d: clauses.docGold };
    f['opp.piiDocumentRecall'] = { n: pii.docHit, d: pii.docGold };
  }
  return f;
}

/** Lower is better for these. */
export const LOWER_IS_BETTER = new Set(
  FIGURE_NAMES.map(([n]) => n).filter((n) => /falsePositiveRate|hardNegativeError|presentCalledMissing/.test(n)),
);
