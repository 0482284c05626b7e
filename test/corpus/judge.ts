import type { Kind } from '../../core/index';
import { category, placesOf } from '../../core/index';
import type { ProtectionStatus } from './labels';

// Judges a document's flags the way a reviewer counts them: against sentence labels, one credit per practice.

export interface Flag {
  kind: Kind;
  category: string;
  /** Offsets into the scanned (normalized) text; absent for a missing protection. */
  span?: { start: number; end: number };
  /** More places of the same practice, folded into this one flag. */
  also?: { span: { start: number; end: number } }[];
}


/** A labelled sentence, its offsets already moved into the scanned text. */
export interface GoldSpan {
  start: number;
  end: number;
  pos: string[];
  neg: string[];
  practice?: string;
}

export interface Gold {
  spans: GoldSpan[];
  /** Acceptable statuses per protection, for documents labelled as agreements. */
  protections?: Record<string, ProtectionStatus[]>;
}

export type Verdict =
  | 'correct'
  | 'duplicate' // a practice already credited in this document
  | 'hard-negative' // the sentence is labelled as not this (a ban, a protection, the vendor's own details)
  | 'wrong-category' // the sentence carries another category of the same kind
  | 'spurious' // nothing of the kind is there
  | 'protection-present' // a missing-or-weak-protection flag where the agreement has it
  | 'not-an-agreement'; // a missing-protection flag on a document that is no agreement

export interface JudgedFlag {
  flag: Flag;
  verdict: Verdict;
  /** The labelled span it was judged against, if any. */
  gold?: GoldSpan;
}

export interface Judgement {
  flags: JudgedFlag[];
  /** One entry per (labelled sentence, positive category). */
  sentences: { category: string; kind: Kind; hit: boolean; gold: GoldSpan }[];
  /** One entry per (labelled sentence, category it must not be flagged for). */
  negatives: { category: string; kind: Kind; hit: boolean; gold: GoldSpan }[];
  /** One entry per (category of kind pii or clause, or protection): whether the document has it, and whether it was flagged. */
  categories: { category: string; kind: Kind; expected: boolean; flagged: boolean }[];
  protections: { id: string; expected: ProtectionStatus[]; got: ProtectionStatus | 'none' }[];
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

/**
 * `statuses`: the checklist the scanner gave (undefined when it judged the document no agreement).
 * `categoryIds`: the pii and clause categories to count for document-level figures.
 */
export function judge(gold: Gold, flags: Flag[], statuses: Map<string, ProtectionStatus> | undefined, categoryIds: string[]): Judgement {
  const spans = [...flags].sort((a, b) => (a.span?.start ?? -1) - (b.span?.start ?? -1));
  const credited = new Set<string>();
  const practiceOf = (g: GoldSpan, flag: Flag) =>
    flag.kind === 'pii' ? flag.category : `${flag.category}:${g.practice ?? `${g.start}`}`;
  const judged: JudgedFlag[] = spans.map((flag) => {
    if (flag.kind === 'missing') return { flag, verdict: judgeMissing(gold, flag) };
    const touching = gold.spans.filter((g) => overlaps(g, flag.span!));
    const positive = touching.filter((g) => g.pos.includes(flag.category));
    if (positive.length) {
      const fresh = positive.find((g) => !credited.has(practiceOf(g, flag)));
      if (!fresh) return { flag, verdict: 'duplicate', gold: positive[0] };
      credited.add(practiceOf(fresh, flag));
      return { flag, verdict: 'correct', gold: fresh };
    }
    const negative = touching.find((g) => g.neg.includes(flag.category));
    if (negative) return { flag, verdict: 'hard-negative', gold: negative };
    const other = touching.find((g) => g.pos.some((id) => category(id).kind === flag.kind));
    if (other) return { flag, verdict: 'wrong-category', gold: other };
    return { flag, verdict: 'spurious', gold: touching[0] };
  });

  const entries = (key: 'pos' | 'neg') =>
    gold.spans.flatMap((g) =>
      g[key].map((id) => ({
        category: id,
        kind: category(id).kind,
        gold: g,
        // a flag is judged at its first place, and every one of its places reaches a labelled sentence
        hit: flags.some((f) => f.category === id && placesOf(f).some((p) => overlaps(p, g))),
      })),
    );

  const flagged = new Set(flags.map((f) => f.category));
  const present = new Set(gold.spans.flatMap((g) => g.pos));
  const categories = categoryIds.map((id) => ({ category: id, kind: category(id).kind, expected: present.has(id), flagged: flagged.has(id) }));
  const protections = Object.entries(gold.protections ?? {}).map(([id, expected]) => ({ id, expected, got: statuses?.get(id) ?? ('none' as const) }));
  for (const { id, expected } of protections) {
    // an ambiguous label ("present or weak") can be neither a miss nor a false alarm
    const lacking = expected.some((s) => s !== 'present');
    if (lacking && expected.includes('present')) continue;
    categories.push({ category: id, kind: 'missing', expected: lacking, flagged: flagged.has(id) });
  }
  return { flags: judged, sentences: entries('pos'), negatives: entries('neg'), categories, protections };
}

function judgeMissing(gold: Gold, flag: Flag): Verdict {
  const expected = gold.protections?.[flag.category];
  if (!expected) return 'not-an-agreement';
  return expected.some((s) => s !== 'present') ? 'correct' : 'protection-present';
}
