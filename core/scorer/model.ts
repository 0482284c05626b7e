import type { Party } from '../parties';
import { readingsOf } from '../readings';
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
