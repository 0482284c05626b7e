import type { Party } from '../parties';

// The words a sentence is read by, for the learned scorer: the same function at training time and in every
// scan, so Node and the browser score alike. Party names become their side, so a weight learned on one
// vendor's name carries to every vendor; words under a negation are marked, so "not share" and "share" are
// different evidence; a list item or table row also carries the words of the sentence that introduced it.

const NEGATORS = new Set(['not', 'never', 'no', 'none', 'neither', 'nor', 'cannot', 'without', 'prohibited', 'refrain', "n't"]);
// A negation reaches to the end of its clause.
const SCOPE_ENDS = new Set([',', ';', ':', '.', '(', ')']);
const TOKEN = /[a-z]+(?:'[a-z]+)?|\d+|[,;:.()]/g;
const PRONOUNS = new Map([...['we', 'us', 'our', 'ours'].map((w) => [w, '_we_'] as const), ...['you', 'your', 'yours'].map((w) => [w, '_you_'] as const)]);
const STOP = new Set('a an the of to and or in on for by with as at be is are was were this that these those it its any all such from which'.split(' '));
/** The feature of a table row. */
export const ROW = '_row_';
const SUFFIXES: [suffix: string, keep: string][] = [['ies', 'y'], ['ing', ''], ['ed', ''], ['es', ''], ['s', '']];

/** "shares", "shared", "sharing" read as one word: a light suffix rule, enough for contract English. */
export function stem(word: string): string {
  if (word.length <= 4) return word;
  for (let i = 0; i < SUFFIXES.length; i++) {
    const [suffix, keep] = SUFFIXES[i]!;
    if (word.endsWith(suffix) && word.length - suffix.length >= 3) return word.slice(0, -suffix.length) + keep;
  }
  return word;
}

export interface PartyWords {
  /** Lower-case party names and aliases by their first word, longest first, with their side token. */
  byFirstWord: Map<string, { words: string[]; token: string }[]>;
}

export function partyWords(parties: readonly Party[]): PartyWords {
  const byFirstWord = new Map<string, { words: string[]; token: string }[]>();
  const names = parties
    .flatMap((p) => [p.name, ...p.aliases].map((n) => ({ words: n.toLowerCase().match(TOKEN) ?? [], token: `_${p.side}_` })))
    .filter((n) => n.words.length > 0)
    .sort((a, b) => b.words.length - a.words.length);
  for (const name of names) byFirstWord.set(name.words[0]!, [...(byFirstWord.get(name.words[0]!) ?? []), name]);
  return { byFirstWord };
}

/** The words of a sentence as the model reads them: party sides, pronouns, stems, negation marked. */
export function wordsOf(text: string, parties: PartyWords): string[] {
  const raw = text.toLowerCase().replace(/n't\b/g, " n't").match(TOKEN) ?? [];
  const out: string[] = [];
  let negated = false;
  for (let i = 0; i < raw.length; i++) {
    const name = parties.byFirstWord.get(raw[i]!)?.find((n) => n.words.every((w, k) => raw[i + k] === w));
    if (name) {
      out.push(name.token);
      i += name.words.length - 1;
      continue;
    }
    const word = raw[i]!;
    if (SCOPE_ENDS.has(word)) {
      negated = false;
      continue;
    }
    if (NEGATORS.has(word)) {
      negated = true;
      out.push('_neg_');
      continue;
    }
    if (STOP.has(word)) continue;
    const code = word.charCodeAt(0);
    const base = code >= 48 && code <= 57 ? '_num_' : PRONOUNS.get(word) ?? stem(word);
    out.push(negated ? `not_${base}` : base);
  }
  return out;
}

/** The features of one sentence: its words and word pairs, and the words of the sentence that leads it. */
export function sentenceFeatures(words: readonly string[], text: string, lead: string, parties: PartyWords): string[] {
  const features = new Set<string>(words);
  for (let i = 1; i < words.length; i++) features.add(`${words[i - 1]} ${words[i]}`);
  if (lead) for (const word of wordsOf(lead, parties)) features.add(`lead:${word}`);
  if (/\|/.test(text)) features.add(ROW);
  return [...features];
}
