import type { Sentence } from './sentences';

// How each sentence sits among the others: a list item or table row belongs to the sentence that introduced
// its list ("We collect the following:"), and clause, element and scorer detectors all read it so.

/** The sentence that introduces each sentence: a list's lead for its items and rows, else nothing. */
export interface Reading {
  listItem: boolean;
  lead: string;
  /** What the sentence goes on about: its list's lead, or the sentence before one that starts "These ...". */
  context: string;
  /** A list item under a negated lead ("Provider shall not:"), which puts every item under its negation. */
  negatedLead: boolean;
}

const NEGATED_LEAD = /\b(?:not|never|no)\b[^.;]{0,80}:\s*$|\b(?:prohibited|refrain)\s+from\b[^.;]{0,80}:\s*$/i;

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
    readings.push({
      listItem,
      lead: listItem ? lead : '',
      context: listItem ? lead : CONTINUES.test(sentence.text) ? previous : '',
      negatedLead: listItem && NEGATED_LEAD.test(lead),
    });
    previous = sentence.text;
  }
  READINGS.set(sentences, readings);
  return readings;
}
