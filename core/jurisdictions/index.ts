import ca from './ca';
import co from './co';
import ct from './ct';
import federal from './federal';
import il from './il';
import type { Jurisdiction } from './jurisdiction';
import ma from './ma';
import ny from './ny';
import tx from './tx';
import ut from './ut';

export { defineJurisdiction, type Deadline, type Jurisdiction, type Requirement, type SourceCheck } from './jurisdiction';

/** Applies to every agreement; a chosen state adds its own requirements to it. */
export const FEDERAL_BASELINE: Jurisdiction = federal;

/** The states with a checklist, by postal code: a new state is one data file and one line here. */
export const STATES: readonly Jurisdiction[] = [ca, co, ct, il, ma, ny, tx, ut];

/** A state by postal code or name, any case ("NY", "ny", "New York"). */
export function findState(idOrName: string): Jurisdiction | undefined {
  const wanted = idOrName.trim().toLowerCase();
  return STATES.find((s) => s.id.toLowerCase() === wanted || s.name.toLowerCase() === wanted);
}

// "governed by the laws of the State of New York", "construed under Illinois law".
const GOVERNING_LAW =
  /\b(?:governed\s+by|construed\s+(?:in\s+accordance\s+with|under)|subject\s+to)\s+(?:and\s+construed\s+in\s+accordance\s+with\s+)?(?:the\s+)?(?:laws?\s+of\s+(?:the\s+)?(?:State\s+|Commonwealth\s+)?(?:of\s+)?)?([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?:\s+law)?\b/g;
// A postal address line: "Albany, NY 12234".
const ADDRESS = /,\s*([A-Z]{2})\s+\d{5}(?:-\d{4})?\b/g;

export interface Suggestion {
  state: Jurisdiction;
  reason: string;
}

/** The state the document itself points to, when no state was chosen: its governing-law clause, else an address. */
export function suggestState(text: string): Suggestion | undefined {
  for (const match of text.matchAll(GOVERNING_LAW)) {
    // Two capitalized words are a state ("New York") or a state and what follows ("Texas Education").
    const state = findState(match[1]!) ?? findState(match[1]!.split(' ')[0]!);
    if (state) return { state, reason: `the governing-law clause names ${state.name}` };
  }
  for (const match of text.matchAll(ADDRESS)) {
    const state = findState(match[1]!);
    if (state) return { state, reason: `an address in the document is in ${state.name}` };
  }
  return undefined;
}
