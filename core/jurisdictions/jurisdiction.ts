import { category, type CategoryId } from '../taxonomy';

/** A time limit the law sets for one duty, compared with the one the agreement states. */
export interface Deadline {
  /** The longest time the law allows; absent when the law only asks that the agreement state one. */
  limit?: number;
  unit: 'hours' | 'calendar days';
  /** The duty the clock is for, in plain words: "for notice to the district after a breach is discovered". */
  duty: string;
}

/**
 * How far the digest behind a requirement got: the statute's own text, or only district and law-firm
 * summaries of it, or not confirmed at all. The reader is told whenever it is not the statute's text.
 */
export type SourceCheck = 'statute' | 'summary' | 'unconfirmed';

export interface Requirement {
  /** The protection the law asks for: an id from the taxonomy, checked by the detector of that id. */
  protection: CategoryId;
  citation: string;
  /** What the law requires, in plain words, as it ends "8 NYCRR 121.3(c)(6): ...". */
  requires: string;
  /** What to ask the vendor for instead. */
  ask: string;
  deadline?: Deadline;
  source?: SourceCheck;
}

export interface Jurisdiction {
  /** Upper-case postal code, or 'US' for the federal baseline: what `--state` takes. */
  id: string;
  name: string;
  /** The law's short name, as a board brief names it: "New York Education Law § 2-d and 8 NYCRR Part 121". */
  law: string;
  requirements: Requirement[];
  /** What this list does not check, or where the law itself is unsettled; shown beside the checklist. */
  caveats: string[];
}

/** Checks a jurisdiction's data when its module loads: an unknown or non-protection id fails at once, not mid-scan. */
export function defineJurisdiction(jurisdiction: Jurisdiction): Jurisdiction {
  if (!/^[A-Z]{2}$/.test(jurisdiction.id)) throw new Error(`Jurisdiction id '${jurisdiction.id}' must be two capital letters`);
  for (const r of jurisdiction.requirements) {
    if (category(r.protection).kind !== 'missing') throw new Error(`${jurisdiction.id}: '${r.protection}' is not a protection id`);
    if (!r.citation.trim() || !r.requires.trim() || !r.ask.trim()) throw new Error(`${jurisdiction.id}: '${r.protection}' needs a citation, what it requires and an ask`);
    if (r.deadline?.limit !== undefined && !(r.deadline.limit > 0)) throw new Error(`${jurisdiction.id}: '${r.protection}' has a deadline that is not a positive number`);
  }
  return jurisdiction;
}
