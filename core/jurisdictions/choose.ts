import { OptionsError } from '../errors';
import type { JurisdictionUse } from '../report/schema';
import { findState, STATES, suggestState } from './index';
import type { Jurisdiction } from './jurisdiction';

function unknownStateMessage(value: string): string {
  return `No checklist for the state "${value}". Choose one of ${STATES.map((s) => `${s.id} (${s.name})`).join(', ')}, or leave it out for the federal list alone.`;
}

/** The state an option names, by code or name; a jurisdiction defined in code (a test's) is taken as it is. */
export function resolveState(option: string | Jurisdiction | undefined): Jurisdiction | undefined {
  if (option === undefined || typeof option !== 'string') return option;
  const state = findState(option);
  if (!state) throw new OptionsError(unknownStateMessage(option));
  return state;
}

/** What the report says about the list it used: the chosen state, or a suggested one it did not apply. */
export function jurisdictionUse(state: Jurisdiction | undefined, text: string): JurisdictionUse {
  if (state) return { state: { id: state.id, name: state.name, law: state.law }, caveats: state.caveats };
  const suggestion = suggestState(text);
  // A suggestion is only said, never applied: the document may name a state whose law does not bind the district.
  return suggestion
    ? { suggested: { id: suggestion.state.id, name: suggestion.state.name, reason: suggestion.reason }, caveats: [] }
    : { caveats: [] };
}
