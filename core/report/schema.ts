import type { ScheduleRow } from '../analysis/data-schedule';
import type { LegalBasis } from '../analysis/legal-basis';
import type { Obligation } from '../analysis/obligations';
import type { Reidentification } from '../analysis/reidentification';
import type { Doctype, ProtectionStatus } from '../detector';
import type { OcrSummary } from '../extract/ocr';
import type { CellLimit } from '../extract/table';
import type { Finding, Span } from '../finding';
import type { DeadlineCheck, LawRequirement } from '../jurisdictions/checklist';
import type { Party } from '../parties';
import type { CategoryId, Severity } from '../taxonomy';

export const SCHEMA_VERSION = 1;

export interface Evidence {
  quote: string;
  span: Span;
  page?: number;
}

export interface Protection {
  id: CategoryId;
  status: ProtectionStatus;
  evidence: Evidence[];
  sources: string;
  /** What the chosen state's law asks of this protection; absent when only the federal list applies. */
  law?: LawRequirement[];
  /** The agreement's time limit beside the state's. */
  deadline?: DeadlineCheck;
}

/** Which list the checklist used: the federal baseline always, plus the chosen state's. */
export interface JurisdictionUse {
  state?: { id: string; name: string; law: string };
  /** When no state was chosen: the one the document points to, said but not applied. */
  suggested?: { id: string; name: string; reason: string };
  /** What the state's list does not check, or where its law is unsettled. */
  caveats: string[];
}

export interface Summary {
  total: number;
  bySeverity: Record<Severity, number>;
  byCategory: Partial<Record<CategoryId, number>>;
}

export interface DocumentError {
  code: string;
  message: string;
}

/** One scanned document. Later analyses add their own fields (dataSchedule, reidentification, ...). */
export interface DocumentReport {
  source: string;
  doctype: Doctype;
  pages: number;
  chars: number;
  findings: Finding[];
  summary: Summary;
  parties?: Party[];
  protections?: Protection[];
  jurisdiction?: JurisdictionUse;
  dataSchedule?: ScheduleRow[];
  reidentification?: Reidentification;
  legalBasis?: LegalBasis;
  obligations?: Obligation[];
  error?: DocumentError;
  ocr?: OcrSummary;
  cellLimit?: CellLimit;
  [analysis: string]: unknown;
}

export interface Report {
  schemaVersion: typeof SCHEMA_VERSION;
  documents: DocumentReport[];
}
