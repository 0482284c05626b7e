import type { Doctype } from './detector';
import type { Jurisdiction } from './jurisdictions/jurisdiction';
import type { CategoryId, Severity } from './taxonomy';

/** A user's own pattern, e.g. the district's student-id format or a local program name. */
export interface CustomTerm {
  category: CategoryId;
  /** A regular expression source, matched case-insensitively. */
  pattern: string;
  label?: string;
}

export interface ScanOptions {
  /** Shown as the document's `source` in the report (a file name or URL). */
  source?: string;
  only?: CategoryId[];
  ignore?: CategoryId[];
  minSeverity?: Severity;
  /** 0..1, default 0.5: lower shows weaker matches too. */
  minScore?: number;
  /** Exact values or phrases never to flag (case-insensitive). */
  allow?: string[];
  customTerms?: CustomTerm[];
  /** Per-category severity overrides. */
  severity?: Partial<Record<CategoryId, Severity>>;
  /** Show personal values unmasked in quotes. Off by default. */
  showValues?: boolean;
  /** Treat the document as this type instead of guessing (only agreements get the protections checklist). */
  doctype?: Doctype;
  /**
   * The state whose law the protections checklist adds to the federal baseline: a postal code or a name
   * ("NY", "New York"), or a jurisdiction defined in code. Without it only the federal list applies.
   */
  state?: string | Jurisdiction;
  /** Students in the district, for the re-identification estimate. Default 2,000. */
  districtSize?: number;
  /** Called with the time (ms) each stage of the scan took; used by `npm run bench`. */
  profile?: (stage: string, ms: number) => void;
}
