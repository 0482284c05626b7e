import { join } from 'node:path';
import type { Block } from '../../core/index';
import { CATEGORIES } from '../../core/index';
import { findParties } from '../../core/parties';
import { partyWords, sentenceFeatures, wordsOf } from '../../core/scorer/features';
import { readingsOf } from '../../core/readings';
import { probability, triggered, type CategoryModel, type ScorerData } from '../../core/scorer/model';
import { splitSentences } from '../../core/sentences';
import { createScanText } from '../../core/text';
import { Aligner } from './align';
import { ROOT, type LabelledDocument } from './labels';

// Trains the clause scorer (core/scorer) on labelled sentences: one logistic model per clause category.
// Each one's threshold is the lowest that keeps the precision of its out-of-fold predictions (documents
// held out a fifth at a time) at the target. The fold models score the tuning documents in `npm run eval`,
// so that no tuning document is judged by a model that saw it.

/** Where the shipped model lives. */
export const WEIGHTS_PATH = join(ROOT, 'core/scorer/weights.json');

const FOLDS = 5;
const PRECISION_TARGET = 0.7;
/** A word seen in fewer documents than this is a name or a one-off, not evidence. */
const MIN_DOCUMENTS = 3;
const EPOCHS = 10;
const L2 = 0.01;
const RATE = 0.3;
const HARD_NEGATIVE_WEIGHT = 3;
const PRUNE = 0.03;
/** Fewer out-of-fold hits than this say nothing about a threshold: the category is left to its rules. */
const MIN_HITS = 8;
/** A word this strong for a category makes a sentence worth scoring for it. */
const TRIGGER_WEIGHT = 1;

const CLAUSES = CATEGORIES.filter((c) => c.kind === 'clause').map((c) => c.id);

export interface Example {
  doc: string;
  fold: number;
  words: string[];
  features: string[];
  /** Per clause category: 1 the sentence carries it, 0 it does not, -1 it is a hard negative for it. */
  labels: Int8Array;
}

/** Which fifth of the documents `id` is held out with: by a hash, so adding a document moves no other. */
export function foldOf(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193) >>> 0;
  return h % FOLDS;
}

/** Every sentence of a labelled document as the scan reads it, with its labels. */
export function examplesOf(labelled: LabelledDocument, blocks: readonly Block[]): Example[] {
  const text = createScanText(blocks).text;
  const parties = findParties(text);
  const sentences = splitSentences(text, parties);
  const readings = readingsOf(sentences);
  const words = partyWords(parties);
  const aligner = new Aligner(text, labelled.text.length);
  const gold = labelled.label.spans.flatMap((s) => {
    const at = aligner.locate(s.quote, s.start ?? 0);
    return at ? [{ ...at, pos: s.pos ?? [], neg: s.neg ?? [] }] : [];
  });
  const fold = foldOf(labelled.id);
  return sentences.map((sentence, i) => {
    const labels = new Int8Array(CLAUSES.length);
    for (const g of gold) {
      if (g.start >= sentence.span.end || sentence.span.start >= g.end) continue;
      CLAUSES.forEach((c, k) => {
        if (g.pos.includes(c)) labels[k] = 1;
        else if (g.neg.includes(c) && labels[k] === 0) labels[k] = -1;
      });
    }
    const sentenceWords = wordsOf(sentence.text, words);
    return { doc: labelled.id, fold, words: sentenceWords, features: sentenceFeatures(sentenceWords, sentence.text, readings[i]!.lead, words), labels };
  });
}

function vocabulary(examples: Example[]): Set<string> {
  const docsOf = new Map<string, Set<string>>();
  for (const e of examples) for (const f of e.features) (docsOf.get(f) ?? docsOf.set(f, new Set()).get(f)!).add(e.doc);
  return new Set([...docsOf].filter(([, d]) => d.size >= MIN_DOCUMENTS).map(([f]) => f));
}

/** Logistic regression by AdaGrad over the vocabulary's words, positives weighted up to balance the classes. */
function train(examples: Example[], k: number, vocab: Set<string>): CategoryModel {
  const names = [...vocab].sort();
  const index = new Map(names.map((f, i) => [f, i]));
  const rows = examples.map((e) => Int32Array.from(e.features.flatMap((f) => (index.has(f) ? [index.get(f)!] : []))));
  const weights = new Float64Array(names.length);
  const squares = new Float64Array(names.length).fill(1e-8);
  let bias = 0;
  let biasSquares = 1e-8;
  const positives = examples.filter((e) => e.labels[k] === 1).length;
  if (positives === 0) return { bias: -10, threshold: 2, triggers: [], weights: {} };
  const positiveWeight = Math.sqrt((examples.length - positives) / positives);
  const order = examples.map((_, i) => i);
  let seed = 1 + k;
  const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const n of order) {
      const e = examples[n]!;
      const row = rows[n]!;
      const y = e.labels[k] === 1 ? 1 : 0;
      const weight = y ? positiveWeight : e.labels[k] === -1 ? HARD_NEGATIVE_WEIGHT : 1;
      let z = bias;
      for (const f of row) z += weights[f]!;
      const gradient = weight * (1 / (1 + Math.exp(-z)) - y);
      biasSquares += gradient * gradient;
      bias -= (RATE * gradient) / Math.sqrt(biasSquares);
      for (const f of row) {
        const g = gradient + L2 * weights[f]!;
        squares[f] += g * g;
        weights[f] -= (RATE * g) / Math.sqrt(squares[f]!);
      }
    }
  }
  const kept = names.flatMap((f, i) => (Math.abs(weights[i]!) >= PRUNE ? [[f, round(weights[i]!)] as const] : []));
  const triggers = kept.filter(([f, w]) => w >= TRIGGER_WEIGHT && !f.includes(' ') && !f.includes(':')).map(([f]) => f);
  return { bias: round(bias), threshold: 2, triggers, weights: Object.fromEntries(kept) };
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** The lowest threshold whose out-of-fold precision stays at the target, over at least MIN_HITS hits. */
function threshold(scored: { p: number; y: boolean }[]): number {
  const sorted = [...scored].sort((a, b) => b.p - a.p);
  let hits = 0;
  let best = 2;
  for (let i = 0; i < sorted.length; i++) {
    if (sorted[i]!.y) hits++;
    if (hits >= MIN_HITS && hits / (i + 1) >= PRECISION_TARGET && sorted[i]!.p >= 0.5) best = sorted[i]!.p;
  }
  return round(best);
}

export interface Trained {
  /** The model to ship, trained on every document given. */
  model: ScorerData;
  /** Per fold, the model trained without that fold's documents, with the shipped thresholds. */
  folds: ScorerData[];
  /** Per category, how its out-of-fold predictions at its threshold fared. */
  outOfFold: Record<string, { labelled: number; found: number; right: number }>;
}

export function trainScorer(examples: Example[]): Trained {
  const documents = new Set(examples.map((e) => e.doc)).size;
  const trained = { documents, sentences: examples.length, folds: FOLDS, precisionTarget: PRECISION_TARGET };
  const model: ScorerData = { trained, categories: {} };
  const folds: ScorerData[] = Array.from({ length: FOLDS }, () => ({ trained, categories: {} }));
  const outOfFold: Trained['outOfFold'] = {};
  const splits = folds.map((_, fold) => {
    const kept = examples.filter((e) => e.fold !== fold);
    return { kept, held: examples.filter((e) => e.fold === fold), vocab: vocabulary(kept) };
  });
  const vocab = vocabulary(examples);
  for (const [k, id] of CLAUSES.entries()) {
    const predictions: { p: number; y: boolean }[] = [];
    splits.forEach(({ kept, held, vocab }, fold) => {
      const m = train(kept, k, vocab);
      folds[fold]!.categories[id] = m;
      for (const e of held) predictions.push({ p: triggered(m, e.words) ? probability(m, e.features) : 0, y: e.labels[k] === 1 });
    });
    const final = train(examples, k, vocab);
    final.threshold = threshold(predictions);
    for (const fold of folds) fold.categories[id]!.threshold = final.threshold;
    // a category its rules must carry alone ships no weights
    if (final.threshold <= 1) model.categories[id] = final;
    const found = predictions.filter((s) => s.p >= final.threshold);
    outOfFold[id] = { labelled: examples.filter((e) => e.labels[k] === 1).length, found: found.length, right: found.filter((s) => s.y).length };
  }
  return { model, folds, outOfFold };
}
