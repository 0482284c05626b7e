import { defineDetector, type Detector } from './detector';
import type { Span } from './finding';
import type { Sentence } from './sentences';
import type { CategoryId } from './taxonomy';

export interface ProtectionSpec {
  category: CategoryId;
  /** Plain-language messages: what is missing, and (if the protection can be weak) what makes it weak. */
  missing: string;
  weakMessage?: string;
  /** Wording that gives the protection. Patterns that carry their own negation ("shall not re-disclose") set `negative`. */
  present: RegExp[];
  negative?: boolean;
  /** Wording that gives the protection as a ban, its negation included ("may not be used for any purpose not related to"). */
  bans?: RegExp[];
  /** Wording that gives only part of it (a breach notice with no deadline, "industry standard" security). */
  weak?: RegExp[];
  /** Only sentences about data count. */
  aboutData?: boolean;
}

/** Clauses that take a protection away: when both appear, the checklist item is 'contradicted'. */
export const CONTRADICTED_BY: Partial<Record<CategoryId, CategoryId[]>> = {
  'district-ownership': ['recipient-owns-data'],
  'use-limitation': ['broad-purpose', 'commercial-use', 'deidentified-use-unrestricted'],
  'redisclosure-ban': ['third-party-sharing'],
  'deletion-on-termination': ['indefinite-retention'],
  'reidentification-ban': ['deidentified-use-unrestricted'],
};

/** Clause findings (category/messageId) that take no protection back: processors working under a redisclosure ban. */
export const NOT_TAKEN_BACK_BY: Partial<Record<CategoryId, string[]>> = {
  'redisclosure-ban': ['third-party-sharing/processors'],
};

const DATA_WORDS = /\b(?:data|information|records?|PII|personally identifiable|files?|materials?)\b/i;

/**
 * A protections-checklist item from data: the wording that gives the protection and the wording that
 * gives only part of it. The engine turns 'missing' and 'weak' into findings and marks a present
 * protection 'contradicted' when a clause elsewhere takes it away.
 */
export function defineProtectionDetector(spec: ProtectionSpec): Detector {
  return defineDetector({
    meta: {
      kind: 'missing',
      category: spec.category,
      messages: { missing: spec.missing, weak: spec.weakMessage ?? spec.missing },
    },
    detect({ sentences, report }) {
      const present: Span[] = [];
      const weak: Span[] = [];
      for (const sentence of sentences) {
        if (spec.aboutData && !DATA_WORDS.test(sentence.text)) continue;
        if (spec.present.some((p) => gives(sentence, p, spec)) || spec.bans?.some((p) => sentence.find(p))) present.push(sentence.span);
        else if (spec.weak?.some((p) => gives(sentence, p, spec))) weak.push(sentence.span);
      }
      if (present.length) report({ messageId: 'missing', status: 'present', evidence: present.slice(0, 3) });
      else if (weak.length) report({ messageId: 'weak', status: 'weak', evidence: weak.slice(0, 3), severity: 'medium' });
      else report({ messageId: 'missing', status: 'missing' });
    },
  });
}

function gives(sentence: Sentence, pattern: RegExp, spec: ProtectionSpec): boolean {
  const match = sentence.find(pattern);
  if (!match) return false;
  return spec.negative || !sentence.isNegated(match);
}
