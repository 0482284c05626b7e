import type { Party } from '../parties';
import { readingsOf } from '../readings';
import type { Sentence } from '../sentences';
import { partyWords, ROW, sentenceFeatures, wordsOf, type PartyWords } from './features';
import trained from './weights.json';

// A small linear model per clause category, trained offline on the tuning split's labelled sentences
// (`npm run train`, test/corpus/train-scorer.ts) and shipped as data: the same weights in Node and the
// browser. It finds sentences that state a risk in words no rule lists; the clause detector still judges
// each one (headings, negated list leads, its `unless` wording) before it becomes a finding.

export interface CategoryModel {
  bias: number;
  /** Words that carry strong evidence: a sentence with none of them is not scored, which keeps the scan fast. */
  triggers: string[];
  /** The probability at and above which a sentence is read as this risk, chosen by cross-validation. */
  threshold: number;
  weights: Record<string, number>;
}

export interface ScorerData {
  trained: { documents: number; sentences: number; folds: number; precisionTarget: number };
  categories: Record<string, CategoryModel>;
}

let active = trained as ScorerData;

/**
 * Scores with other weights until called again with none: the evaluation judges each tuning document with
 * the model trained without it. Scans run to completion synchronously, so no scan sees a half-made switch.
 */
export function scoreWith(data: ScorerData | undefined): void {
  active = data ?? (trained as ScorerData);
}

// A Map looks a word up faster than an object of thousands of keys.
const WEIGHTS = new WeakMap<CategoryModel, Map<string, number>>();
const TRIGGERS = new WeakMap<CategoryModel, Set<string>>();

export function triggered(model: CategoryModel, words: readonly string[]): boolean {
  let triggers = TRIGGERS.get(model);
  if (!triggers) TRIGGERS.set(model, (triggers = new Set(model.triggers)));
  return words.some((w) => triggers.has(w));
}

// Before a sentence is read into words at all: each trigger is a stem, so the raw text holds it as the start
// of a word ("company" as "compan" for "companies"). A trigger that is no plain stem (a party's side, a
// negated word) leaves every sentence to be read; the table-row mark is a pipe.
const RAW_TRIGGERS = new WeakMap<CategoryModel, RegExp | undefined>();

function mayTrigger(model: CategoryModel, text: string): boolean {
  if (!RAW_TRIGGERS.has(model)) {
    const words = model.triggers.filter((t) => t !== ROW);
    const plain = words.every((t) => /^[a-z]+$/.test(t));
    const stems = words.map((t) => `\\b${t.replace(/y$/, '')}`).concat(words.length < model.triggers.length ? ['\\|'] : []);
    RAW_TRIGGERS.set(model, plain ? new RegExp(stems.join('|'), 'i') : undefined);
  }
  const raw = RAW_TRIGGERS.get(model);
  return !raw || raw.test(text);
}

export function probability(model: CategoryModel, features: readonly string[]): number {
  let weights = WEIGHTS.get(model);
  if (!weights) WEIGHTS.set(model, (weights = new Map(Object.entries(model.weights))));
  let z = model.bias;
  for (const f of features) z += weights.get(f) ?? 0;
  return 1 / (1 + Math.exp(-z));
}

// Words and features are read once per sentence, and only for sentences a detector asks about.
interface Read {
  words: string[];
  features?: string[];
}
const READ = new WeakMap<readonly Sentence[], { parties: PartyWords; sentences: (Read | undefined)[] }>();

function readOf(sentences: readonly Sentence[], index: number, parties: readonly Party[]) {
  let cache = READ.get(sentences);
  if (!cache) READ.set(sentences, (cache = { parties: partyWords(parties), sentences: [] }));
  const { parties: names } = cache;
  const read = (cache.sentences[index] ??= { words: wordsOf(sentences[index]!.text, names) });
  return {
    words: read.words,
    features: () => (read.features ??= sentenceFeatures(read.words, sentences[index]!.text, readingsOf(sentences)[index]!.lead, names)),
  };
}

/** Whether the model reads sentence `index` as a risk of `category`; false for a category it was not trained on. */
export function scoredAs(category: string, sentences: readonly Sentence[], index: number, parties: readonly Party[]): boolean {
  const model = active.categories[category];
  if (!model || model.threshold > 1) return false;
  if (!mayTrigger(model, sentences[index]!.text)) return false;
  const read = readOf(sentences, index, parties);
  return triggered(model, read.words) && probability(model, read.features()) >= model.threshold;
}
