import type { ScheduleRow } from '../analysis/data-schedule';
import type { LegalBasis } from '../analysis/legal-basis';
import type { Obligation } from '../analysis/obligations';
import type { Reidentification } from '../analysis/reidentification';
import type { Doctype, ProtectionStatus } from '../detector';
import type { OcrSummary } from '../extract/ocr';
import type { CellLimit } from '../extract/table';
import type { Finding, Span } from '../finding';
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
