import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { category, scanFile, type DocumentReport, type Kind } from '../../core/index';

/** Labels in the form of ../shared/corpus/labels.json: what a document holds, lacks, and must not be flagged for. */
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
  set: string;
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

export const ROOT = resolve(import.meta.dirname, '../..');
export const SHARED_CORPUS = resolve(ROOT, '../shared/corpus');
export const EXAMPLES = resolve(ROOT, 'examples');

export interface LabelSet {
  name: string;
  dir: string;
  labels: Label[];
}

/** Our own examples always; the real public documents in ../shared/corpus when they sit beside the checkout. */
export function labelSets(): { sets: LabelSet[]; skipped: string[] } {
  const sets: LabelSet[] = [{ name: 'examples', dir: EXAMPLES, labels: readLabels(join(ROOT, 'test/corpus/labels.json')) }];
  const skipped: string[] = [];
  const shared = join(SHARED_CORPUS, 'labels.json');
  if (existsSync(shared)) sets.push({ name: 'shared', dir: SHARED_CORPUS, labels: readLabels(shared) });
  else skipped.push(`${SHARED_CORPUS} not found: evaluating our own examples only.`);
  return { sets, skipped };
}

function readLabels(path: string): Label[] {
  return JSON.parse(readFileSync(path, 'utf8')) as Label[];
}

/** Scans every labelled document in place (never copying it) and compares the flags with its labels. */
export async function evaluate(sets: LabelSet[]): Promise<Evaluation> {
  const documents: DocumentResult[] = [];
  const checklist = { correct: 0, total: 0 };
  const byCategory = new Map<string, Counts>();
  const count = (id: string, key: keyof Counts) => {
    const counts = byCategory.get(id) ?? { tp: 0, fp: 0, fn: 0 };
    counts[key]++;
    byCategory.set(id, counts);
  };
  for (const set of sets)
    for (const label of set.labels) {
      const report = await scanFile(readFileSync(join(set.dir, label.file)), label.file);
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
        set: set.name,
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
