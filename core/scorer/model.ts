import type { Party } from '../parties';
import type { Sentence } from '../sentences';
import { partyWords, sentenceFeatures } from './features';
import trained from './weights.json';

// A small linear model per clause category, trained offline on the tuning split's labelled sentences
// (`npm run train`, test/corpus/train-scorer.ts) and shipped as data: the same weights in Node and the
// browser. It finds sentences that state a risk in words no rule lists; the clause detector still judges
// each one (headings, negated list leads, its `unless` wording) before it becomes a finding.

export interface CategoryModel {
  bias: number;
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

export function probability(model: CategoryModel, features: readonly string[]): number {
  let z = model.bias;
  for (const f of features) z += model.weights[f] ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/** The sentence that introduces each sentence: a list's lead for its items and rows, else nothing. */
export interface Reading {
  listItem: boolean;
  lead: string;
  /** What the sentence goes on about: its list's lead, or the sentence before one that starts "These ...". */
  context: string;
}

const LIST_ITEM = /^(?:[-*\u2022]\s+(?:\(?(?:[0-9]{1,2}|[ivx]{1,4}|[a-h])[.)]\s)?|\(?(?:[0-9]{1,2}|[ivx]{1,4}|[a-h])[.)]\s)/;
// A table row (cells joined by pipes) belongs to the sentence above its table, as an item to its list.
const TABLE_ROW = /\S\s*\|\s*\S/;
// "Some of these providers are located abroad" goes on about what the sentence before it was about.
const CONTINUES = /^(?:these|those|such|they|some\s+of\s+(?:these|those|them)|(?:each|any|all)\s+of\s+(?:these|those|them))\b/i;

const READINGS = new WeakMap<readonly Sentence[], Reading[]>();

export function readingsOf(sentences: readonly Sentence[]): Reading[] {
  let readings = READINGS.get(sentences);
  if (readings) return readings;
  readings = [];
  let lead = '';
  let previous = '';
  for (const sentence of sentences) {
    const listItem = LIST_ITEM.test(sentence.text) || (TABLE_ROW.test(sentence.text) && lead !== '');
    if (!listItem && !TABLE_ROW.test(sentence.text)) lead = sentence.text;
    readings.push({ listItem, lead: listItem ? lead : '', context: listItem ? lead : CONTINUES.test(sentence.text) ? previous : '' });
    previous = sentence.text;
  }
  READINGS.set(sentences, readings);
  return readings;
}

const FEATURES = new WeakMap<readonly Sentence[], string[][]>();

function featuresOf(sentences: readonly Sentence[], parties: readonly Party[]): string[][] {
  let features = FEATURES.get(sentences);
  if (!features) {
    const words = partyWords(parties);
    const readings = readingsOf(sentences);
    features = sentences.map((s, i) => sentenceFeatures(s.text, readings[i]!.lead, words));
    FEATURES.set(sentences, features);
  }
  return features;
}

/** Whether the model reads sentence `index` as a risk of `category`; false for a category it was not trained on. */
export function scoredAs(category: string, sentences: readonly Sentence[], index: number, parties: readonly Party[]): boolean {
  const model = active.categories[category];
  if (!model || model.threshold > 1) return false;
  return probability(model, featuresOf(sentences, parties)[index]!) >= model.threshold;
}
