import type { Doctype } from '../detector';
import type { Finding } from '../finding';
import type { ScanOptions } from '../options';
import type { Party } from '../parties';
import type { Protection } from '../report/schema';
import type { Sentence } from '../sentences';
import type { Column } from '../tables';
import type { ScanText } from '../text';
import { dataSchedule } from './data-schedule';
import { legalBasis } from './legal-basis';
import { obligations } from './obligations';
import { anonymityClaim, reidentify } from './reidentification';

export interface AnalysisContext {
  source: ScanText;
  sentences: readonly Sentence[];
  columns: readonly Column[];
  parties: readonly Party[];
  doctype: Doctype;
  /** The findings that survived scoring and the user's options, unmasked. */
  findings: readonly Finding[];
  /** The protections checklist (agreements only). */
  protections: readonly Protection[];
  options: ScanOptions;
  /** Masks the personal values inside a quote that starts at `start`, unless the user asked to see them. */
  mask(quote: string, start: number): string;
}

/** A document-level analysis adds fields to the document report (e.g. `dataSchedule`). */
export type Analysis = (context: AnalysisContext) => Record<string, unknown>;

export const DEFAULT_DISTRICT_SIZE = 2000;

export const ANALYSES: Record<string, Analysis> = {
  studentData(context) {
    const { dataSchedule: schedule } = dataSchedule(context);
    if (!schedule.length) return {};
    const claim = anonymityClaim(context);
    return { dataSchedule: schedule, reidentification: reidentify(schedule, context.options.districtSize ?? DEFAULT_DISTRICT_SIZE, claim) };
  },
  agreementTerms(context) {
    const basis = legalBasis(context);
    const duties = obligations(context);
    return { ...(basis ? { legalBasis: basis } : {}), ...(duties.length ? { obligations: duties } : {}) };
  },
};
