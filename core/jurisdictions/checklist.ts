import type { ProtectionStatus } from '../detector';
import type { CategoryId, Severity } from '../taxonomy';
import { limitHours, limitText, statedDeadline } from './deadline';
import { FEDERAL_BASELINE } from './index';
import type { Jurisdiction, Requirement } from './jurisdiction';

/** One law's demand on one protection, as the report carries it. */
export interface LawRequirement {
  jurisdiction: string;
  citation: string;
  requires: string;
  /** Set when the digest behind it did not read the statute's own text. */
  source?: 'summary' | 'unconfirmed';
}

/** The agreement's time limit beside the law's. */
export interface DeadlineCheck {
  /** Absent when the agreement states none. */
  stated?: string;
  /** The law's limit, or absent when it only asks that one be stated. */
  required?: string;
  met: boolean;
}

/** What the chosen state's list decided about one protection the detectors judged. */
export interface Verdict {
  status: ProtectionStatus;
  severity?: Severity;
  law?: LawRequirement[];
  deadline?: DeadlineCheck;
  /** Set when the state's deadline decided the status: the finding says both numbers. */
  message?: string;
  /** The state's citations: the finding's basis and the checklist's sources under that state. */
  basis?: string;
  ask?: string;
}

export interface Checklist {
  /** Whether this list asks for the protection, so its detector must run. */
  asks(id: CategoryId): boolean;
  judge(id: CategoryId, status: ProtectionStatus, evidence: readonly string[]): Verdict;
}

const SOURCE_NOTE = { summary: 'from summaries of the law; the statute text was not read', unconfirmed: 'not confirmed in the statute text' } as const;

/** The federal baseline plus the chosen state's requirements, which add to it and never remove from it. */
export function checklistFor(state?: Jurisdiction): Checklist {
  const asked = new Set<string>([...FEDERAL_BASELINE.requirements, ...(state?.requirements ?? [])].map((r) => r.protection));
  return {
    asks: (id) => asked.has(id),
    judge(id, status, evidence) {
      const own = state?.requirements.filter((r) => r.protection === id) ?? [];
      // Without a state requirement the detector's judgement stands as it is: the federal list sets no deadlines.
      if (!state || !own.length) return { status };
      const law = own.map((r) => lawRequirement(state, r));
      const basis = `${own.map(cite).join('; ')} (${state.law})`;
      const ask = own.map((r) => r.ask).join(' ');
      const timed = own.find((r) => r.deadline);
      if (status !== 'present' || !timed?.deadline) return { status, law, basis, ask };

      const stated = statedDeadline(evidence);
      const required = limitText(timed.deadline);
      const limit = limitHours(timed.deadline);
      const met = stated !== undefined && (limit === undefined || stated.hours <= limit);
      const deadline: DeadlineCheck = { ...(stated ? { stated: stated.text } : {}), ...(required ? { required } : {}), met };
      if (met) return { status, law, deadline, basis, ask };
      const message = stated
        ? `The agreement gives ${stated.text} ${timed.deadline.duty}; ${state.name} requires ${required} (${timed.citation}): too late.`
        : `The agreement sets no time limit ${timed.deadline.duty}; ${state.name} requires ${required ?? 'one to be stated'} (${timed.citation}).`;
      return { status: 'weak', severity: 'medium', law, deadline, basis, ask, message };
    },
  };
}

function lawRequirement(state: Jurisdiction, r: Requirement): LawRequirement {
  return {
    jurisdiction: state.id,
    citation: r.citation,
    requires: r.requires,
    ...(r.source && r.source !== 'statute' ? { source: r.source } : {}),
  };
}

/** "8 NYCRR 121.3(c)(6): encryption in motion and at rest", with a note when the statute text was not read. */
function cite(r: Requirement): string {
  const note = r.source && r.source !== 'statute' ? ` (${SOURCE_NOTE[r.source]})` : '';
  return `${r.citation}: ${r.requires}${note}`;
}
