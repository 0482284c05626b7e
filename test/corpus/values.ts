import { placesOf, scan } from '../../core/index';
import { seeded, valuesDocument, type ValueCategory } from '../fixtures/synthetic';
import type { Counts } from './evaluate';

export const VALUE_CATEGORIES: readonly ValueCategory[] = ['ssn', 'email', 'phone', 'birthdate', 'student-id'];

/**
 * Value-mode precision and recall on seeded synthetic correspondence: each value is planted at a known
 * place among look-alikes (invoice numbers, contract dates, section numbers), so the truth comes from
 * the generator, never from our own output.
 */
export function evaluateValues(seed = 20261125, count = 400): Record<ValueCategory, Counts> {
  const { text, truth } = valuesDocument(seeded(seed), count);
  const found = scan(text)
    .report.findings.filter((f) => f.mode === 'value' && f.span)
    .flatMap((f) => placesOf(f).map((span) => ({ ...f, span })));
  const counts = Object.fromEntries(VALUE_CATEGORIES.map((c) => [c, { tp: 0, fp: 0, fn: 0 }])) as Record<ValueCategory, Counts>;
  const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
  for (const t of truth) counts[t.category][found.some((f) => f.category === t.category && overlaps(f.span!, t)) ? 'tp' : 'fn']++;
  for (const f of found) {
    const category = f.category as ValueCategory;
    if (VALUE_CATEGORIES.includes(category) && !truth.some((t) => t.category === category && overlaps(f.span!, t))) counts[category].fp++;
  }
  return counts;
}
