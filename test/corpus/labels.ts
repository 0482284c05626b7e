import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CATEGORIES } from '../../core/taxonomy';
import { FEDERAL_BASELINE } from '../../core/jurisdictions';

// Sentence-level labels of real documents (corpus/README.md says how to write them).

export type ProtectionStatus = 'present' | 'weak' | 'missing' | 'contradicted';

export interface SpanLabel {
  quote: string;
  start?: number;
  end?: number;
  pos?: string[];
  neg?: string[];
  practice?: string;
  note?: string;
}

export interface ProtectionLabel {
  status: ProtectionStatus | ProtectionStatus[];
  evidence?: { quote: string; start?: number; end?: number }[];
  note?: string;
}

export interface DocumentLabel {
  file: string;
  doctype: string | string[];
  source?: Record<string, string>;
  spans: SpanLabel[];
  protections?: Record<string, ProtectionLabel>;
  /** Categories where the labeller reads the text differently from ../shared's document-level labels, and why. */
  disputes?: Record<string, string>;
  labelled?: string;
}

export interface LabelledDocument {
  /** `<set>/<file>`: unique across sets. */
  id: string;
  set: string;
  labelPath: string;
  documentPath: string;
  text: string;
  label: DocumentLabel;
}

export const ROOT = resolve(import.meta.dirname, '../..');
export const SHARED = resolve(ROOT, '../shared');
const LABELS = join(ROOT, 'corpus/labels');

/** Where each set's documents live. */
export const SET_DIRS: Record<string, string> = {
  corpus: join(SHARED, 'corpus'),
  'corpus-2': join(SHARED, 'corpus-2'),
  collected: join(ROOT, 'corpus/docs'),
};

const STATUSES = new Set(['present', 'weak', 'missing', 'contradicted']);
const DOCTYPES = new Set(['agreement', 'records', 'policy', 'other']);
const KIND = new Map(CATEGORIES.map((c) => [c.id, c.kind]));

/** Every label file whose document can be read here; sets whose documents are absent are named in `skipped`. */
export function loadLabelledDocuments(): { documents: LabelledDocument[]; skipped: string[] } {
  const documents: LabelledDocument[] = [];
  const skipped: string[] = [];
  if (!existsSync(LABELS)) return { documents, skipped: [`${LABELS} not found`] };
  for (const set of readdirSync(LABELS).sort()) {
    const dir = SET_DIRS[set];
    if (!dir) throw new Error(`corpus/labels/${set}: unknown set (known: ${Object.keys(SET_DIRS).join(', ')})`);
    if (!existsSync(dir)) {
      skipped.push(`${dir} not found: the labels of set '${set}' are not evaluated.`);
      continue;
    }
    for (const name of readdirSync(join(LABELS, set)).filter((n) => n.endsWith('.json')).sort()) {
      const labelPath = join(LABELS, set, name);
      const label = JSON.parse(readFileSync(labelPath, 'utf8')) as DocumentLabel;
      const documentPath = join(dir, label.file);
      const text = existsSync(documentPath) ? readFileSync(documentPath, 'utf8') : '';
      documents.push({ id: `${set}/${label.file}`, set, labelPath, documentPath, text, label });
    }
  }
  return { documents, skipped };
}

export const statuses = (p: ProtectionLabel): ProtectionStatus[] => (Array.isArray(p.status) ? p.status : [p.status]);
export const doctypes = (l: DocumentLabel): string[] => (Array.isArray(l.doctype) ? l.doctype : [l.doctype]);

/** Everything wrong with one label file, in words a labeller can act on. */
export function checkLabel(doc: LabelledDocument): string[] {
  const { label, text } = doc;
  const problems: string[] = [];
  const where = (i: number) => `span ${i} ("${doc.label.spans[i]!.quote.slice(0, 50)}")`;
  if (!text) return [`document ${doc.documentPath} not found`];
  if (`${label.file}.json` !== doc.labelPath.split('/').pop()) problems.push(`file name ${label.file} does not match the label file's name`);
  for (const d of doctypes(label)) if (!DOCTYPES.has(d)) problems.push(`unknown doctype '${d}'`);
  if (doc.set === 'collected' && !label.source?.title) problems.push('a collected document needs its source (title and repo/path/commit or url)');
  label.spans.forEach((span, i) => {
    if (!span.quote?.trim()) problems.push(`${where(i)}: empty quote`);
    else if (span.start === undefined || span.end === undefined) problems.push(`${where(i)}: no offsets (npm run labels -- --fill)`);
    else if (text.slice(span.start, span.end) !== span.quote) problems.push(`${where(i)}: quote not found at ${span.start}-${span.end}`);
    if (!span.pos?.length && !span.neg?.length) problems.push(`${where(i)}: neither pos nor neg`);
    for (const id of [...(span.pos ?? []), ...(span.neg ?? [])]) {
      const kind = KIND.get(id);
      if (!kind) problems.push(`${where(i)}: unknown category '${id}'`);
      else if (kind === 'missing') problems.push(`${where(i)}: '${id}' is a protection: put it under "protections"`);
    }
    for (const id of span.pos ?? []) if (span.neg?.includes(id)) problems.push(`${where(i)}: '${id}' is both pos and neg`);
  });
  for (const [id, protection] of Object.entries(label.protections ?? {})) {
    if (KIND.get(id) !== 'missing') problems.push(`protections: '${id}' is not a protection id`);
    for (const s of statuses(protection)) if (!STATUSES.has(s)) problems.push(`protections.${id}: unknown status '${s}'`);
    for (const e of protection.evidence ?? [])
      if (e.start === undefined || e.end === undefined || text.slice(e.start, e.end) !== e.quote)
        problems.push(`protections.${id}: evidence "${e.quote.slice(0, 50)}" not found at its offsets`);
  }
  // Labels judge the checklist every agreement gets; the ids only a state's list asks for are not labelled.
  const protectionIds = FEDERAL_BASELINE.requirements.map((r) => r.protection);
  if (label.protections) for (const id of protectionIds) if (!label.protections[id]) problems.push(`protections: '${id}' has no status`);
  if (doctypes(label).includes('agreement') && !label.protections) problems.push('an agreement needs a status for every protection');
  return [...problems, ...disagreementsWithShared(doc)];
}

interface SharedLabel {
  file: string;
  present: string[];
  absent: string[];
  missing: string[];
  weak_or_missing?: string[];
}

const sharedLabels = new Map<string, SharedLabel[]>();
function sharedLabel(set: string, file: string): SharedLabel | undefined {
  const path = join(SET_DIRS[set]!, 'labels.json');
  if (!sharedLabels.has(set)) sharedLabels.set(set, existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as SharedLabel[]) : []);
  return sharedLabels.get(set)!.find((l) => l.file === file);
}

/**
 * The document-level labels in ../shared were read twice by a reviewer: sentence labels must agree with
 * them, or say in `disputes` why the text reads otherwise.
 */
function disagreementsWithShared(doc: LabelledDocument): string[] {
  if (doc.set === 'collected') return [];
  const shared = sharedLabel(doc.set, doc.label.file);
  if (!shared) return [`no entry for ${doc.label.file} in ${doc.set}/labels.json`];
  const problems: string[] = [];
  const positive = new Set(doc.label.spans.flatMap((s) => s.pos ?? []));
  const disputed = (id: string) => doc.label.disputes?.[id] !== undefined;
  const status = (id: string) => {
    const p = doc.label.protections?.[id];
    return p ? statuses(p) : [];
  };
  for (const id of shared.present)
    if (KIND.get(id) !== 'missing' && !positive.has(id) && !disputed(id)) problems.push(`shared labels say '${id}' is present: no pos span has it`);
  for (const id of shared.absent) {
    if (disputed(id)) continue;
    if (KIND.get(id) === 'missing') {
      if (doc.label.protections && !status(id).includes('present')) problems.push(`shared labels say protection '${id}' is there: status is ${status(id).join('/') || 'unset'}`);
    } else if (positive.has(id)) problems.push(`shared labels say '${id}' is absent: a pos span has it`);
  }
  for (const id of shared.missing)
    if (!disputed(id) && doc.label.protections && !status(id).some((s) => s === 'missing' || s === 'contradicted'))
      problems.push(`shared labels say protection '${id}' is missing: status is ${status(id).join('/') || 'unset'}`);
  for (const id of shared.weak_or_missing ?? [])
    if (!disputed(id) && doc.label.protections && !status(id).some((s) => s !== 'present'))
      problems.push(`shared labels say protection '${id}' is weak or missing: status is ${status(id).join('/') || 'unset'}`);
  return problems;
}

/**
 * Writes offsets for quotes that have none: the quote's occurrence after the previous span's, or its first.
 * A quote that is not in the text is left for `checkLabel` to report.
 */
export function fillOffsets(doc: LabelledDocument): number {
  let filled = 0;
  let cursor = 0;
  const locate = (item: { quote: string; start?: number; end?: number }) => {
    if (item.start !== undefined && doc.text.slice(item.start, item.end) === item.quote) return item.start;
    let at = doc.text.indexOf(item.quote, cursor);
    if (at < 0) at = doc.text.indexOf(item.quote);
    if (at < 0) return undefined;
    item.start = at;
    item.end = at + item.quote.length;
    filled++;
    return at;
  };
  for (const span of doc.label.spans) {
    const at = locate(span);
    if (at !== undefined) cursor = at + 1;
  }
  for (const protection of Object.values(doc.label.protections ?? {}))
    for (const evidence of protection.evidence ?? []) {
      cursor = 0;
      locate(evidence);
    }
  return filled;
}
