import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { category, scanFile, type DocumentReport, type Kind } from '../../core/index';
import { ROOT } from './labels';

/** Document-level labels: what a document holds, lacks, and must not be flagged for. */
export interface Label {
  file: string;
  doctype: string | string[];
  present: string[];
  absent: string[];
  missing: string[];
  weak_or_missing?: string[];
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface DocumentResult {
  file: string;
  doctype: { expected: string[]; got: string };
  /** Expected flags that were not raised, and flags raised for categories labelled absent. */
  missed: string[];
  wrong: string[];
  error?: string;
}

export interface Evaluation {
  documents: DocumentResult[];
  byCategory: Map<string, Counts>;
  byKind: Record<Kind, Counts>;
  overall: Counts;
  doctypeAccuracy: number;
  /** Protections-checklist items whose status (present, or not) matches the labels, on agreements. */
  checklist: { correct: number; total: number };
}

export const EXAMPLES = resolve(ROOT, 'examples');

/** Our own examples, labelled by document. They were written while the detectors were tuned: a floor, not a test. */
export function exampleLabels(): Label[] {
  return JSON.parse(readFileSync(join(ROOT, 'test/corpus/labels.json'), 'utf8')) as Label[];
}

/** Scans every labelled example and compares the flags with its labels. */
export async function evaluate(labels: Label[]): Promise<Evaluation> {
  const documents: DocumentResult[] = [];
  const checklist = { correct: 0, total: 0 };
  const byCategory = new Map<string, Counts>();
  const count = (id: string, key: keyof Counts) => {
    const counts = byCategory.get(id) ?? { tp: 0, fp: 0, fn: 0 };
    counts[key]++;
    byCategory.set(id, counts);
  };
  for (const label of labels) {
    const report = await scanFile(readFileSync(join(EXAMPLES, label.file)), label.file);
    const flagged = flaggedCategories(report);
    const expected = [...label.present, ...label.missing, ...(label.weak_or_missing ?? [])];
    const missed = expected.filter((id) => !flagged.has(id));
    const wrong = label.absent.filter((id) => flagged.has(id));
    for (const id of expected) count(id, flagged.has(id) ? 'tp' : 'fn');
    for (const id of wrong) count(id, 'fp');
    for (const protection of report.protections ?? []) {
      const lacking = [...label.missing, ...(label.weak_or_missing ?? [])].includes(protection.id);
      if (!lacking && !label.absent.includes(protection.id)) continue;
      checklist.total++;
      if (lacking === (protection.status !== 'present')) checklist.correct++;
    }
    const doctypes = Array.isArray(label.doctype) ? label.doctype : [label.doctype];
    documents.push({
      file: label.file,
      doctype: { expected: doctypes, got: report.doctype },
      missed,
      wrong,
      ...(report.error ? { error: report.error.message } : {}),
    });
  }
  const byKind: Record<Kind, Counts> = { pii: zero(), clause: zero(), missing: zero() };
  const overall = zero();
  for (const [id, counts] of byCategory) for (const target of [byKind[category(id).kind], overall]) add(target, counts);
  const doctypeAccuracy = documents.filter((d) => d.doctype.expected.includes(d.doctype.got)).length / Math.max(1, documents.length);
  return { documents, byCategory, byKind, overall, doctypeAccuracy, checklist };
}

function flaggedCategories(report: DocumentReport): Set<string> {
  return new Set(report.findings.map((f) => f.category));
}

const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

function add(target: Counts, counts: Counts): void {
  target.tp += counts.tp;
  target.fp += counts.fp;
  target.fn += counts.fn;
}

/** Precision over the flags we could check (labelled present or absent); 1 when nothing was flagged. */
export function precision(c: Counts): number {
  return c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1;
}

export function recall(c: Counts): number {
  return c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1;
}
