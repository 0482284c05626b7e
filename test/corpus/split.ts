import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './labels';

// The frozen test split (corpus/README.md, "The test split").

export interface Split {
  seed: string;
  method: string;
  documents: { test: string[]; tune: string[] };
  opp115: { test: string[]; tune: string[] };
}

export const SPLIT_PATH = join(ROOT, 'corpus/split.json');

export const readSplit = (): Split => JSON.parse(readFileSync(SPLIT_PATH, 'utf8')) as Split;

/** FNV-1a over the seed and the id: the same answer on every machine, and nobody chooses it. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** For documents labelled after the draw: test when the hash falls in the test share. */
export const ruleSaysTest = (seed: string, id: string, share: number) => hash(`${seed}:${id}`) % share === 0;

/** The one-time draw: ids sorted, shuffled by the seed, the first `1/share` of them are the test split. */
export function draw(seed: string, ids: string[], share: number): { test: string[]; tune: string[] } {
  const order = [...ids].sort().map((id) => ({ id, key: hash(`${seed}:draw:${id}`) }));
  order.sort((a, b) => a.key - b.key || a.id.localeCompare(b.id));
  const cut = Math.round(ids.length / share);
  return { test: order.slice(0, cut).map((o) => o.id).sort(), tune: order.slice(cut).map((o) => o.id).sort() };
}

/** Adds ids the split does not know by the rule, leaving every drawn id where it is. */
export function assign(split: Split, key: 'documents' | 'opp115', ids: string[], share: number): string[] {
  const known = new Set([...split[key].test, ...split[key].tune]);
  const added = ids.filter((id) => !known.has(id));
  for (const id of added) split[key][ruleSaysTest(split.seed, id, share) ? 'test' : 'tune'].push(id);
  split[key].test.sort();
  split[key].tune.sort();
  return added;
}

export const writeSplit = (split: Split) => writeFileSync(SPLIT_PATH, `${JSON.stringify(split, null, 1)}\n`);
