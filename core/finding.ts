import type { CategoryId, Kind, Severity } from './taxonomy';

/** UTF-16 offsets into `ScanText.text`, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

export type PiiMode = 'value' | 'element';

/** One flag raised by one detector. Every surface (CLI, bot, extension) consumes this shape. */
export interface Finding {
  id: string;
  detector: string;
  /** Which of the detector's messages this is, as ESLint's messageId. */
  messageId: string;
  kind: Kind;
  mode?: PiiMode;
  category: CategoryId;
  severity: Severity;
  score: number;
  span?: Span;
  page?: number;
  quote?: string;
  message: string;
  basis: string;
  ask: string;
  /** Element findings: whether the document asks for the data, forbids it, or only mentions it. */
  context?: 'requested' | 'prohibited' | 'mentioned';
  /** Column findings: how many non-empty cells the column holds. */
  count?: number;
  /** The same practice found again elsewhere (a kind of data named twice, a clause restated): read once. */
  also?: Location[];
}

export interface Location {
  span: Span;
  page?: number;
}

/** Every place a finding marks: its own span, then the places of the repeats folded into it. */
export function placesOf(finding: { span?: Span; also?: { span: Span }[] }): Span[] {
  return finding.span ? [finding.span, ...(finding.also ?? []).map((l) => l.span)] : [];
}

export const SEVERITIES: readonly Severity[] = ['high', 'medium', 'low'];

export function severityRank(severity: Severity): number {
  return SEVERITIES.length - SEVERITIES.indexOf(severity);
}
