import type { Doctype } from '../detector';
import type { Finding } from '../finding';
import type { ScanOptions } from '../options';
import type { Party } from '../parties';
import type { Sentence } from '../sentences';
import type { Column } from '../tables';
import type { ScanText } from '../text';

export interface AnalysisContext {
  source: ScanText;
  sentences: readonly Sentence[];
  columns: readonly Column[];
  parties: readonly Party[];
  doctype: Doctype;
  /** The findings that survived scoring and the user's options, unmasked. */
  findings: readonly Finding[];
  options: ScanOptions;
}

/** A document-level analysis adds fields to the document report (e.g. `dataSchedule`). */
export type Analysis = (context: AnalysisContext) => Record<string, unknown>;

export const ANALYSES: Record<string, Analysis> = {};
