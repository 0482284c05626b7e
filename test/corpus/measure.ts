import { readFileSync } from 'node:fs';
import { CATEGORIES, extractBlocks, type Block, type Kind } from '../../core/index';
import { scoreWith, type ScorerData } from '../../core/scorer/model';
import { scanBlocks } from '../../core/engine';
import type { ProtectionStatus } from '../../core/index';
import { Aligner } from './align';
import { judge, type Gold, type GoldSpan, type Judgement, type Verdict } from './judge';
import { baselineFlags } from './keyword-baseline';
import { doctypes, statuses, type LabelledDocument } from './labels';

// Scans every labelled document once and judges the scan, and the keyword baseline, against its labels.

export const SYSTEMS = ['scan', 'keywords'] as const;
export type System = (typeof SYSTEMS)[number];
export const KINDS: Kind[] = ['pii', 'clause', 'missing'];

export interface MeasuredDocument {
  id: string;
  /** The scanned text, for reading errors. */
  text: string;
  doctype: { expected: string[]; got: string };
  judgements: Record<System, Judgement>;
  /** Label quotes that could not be found in the scanned text. */
  unaligned: string[];
}

const SCORED = CATEGORIES.filter((c) => c.kind !== 'missing').map((c) => c.id);

export const readDocument = async (doc: LabelledDocument) =>
  (await extractBlocks(readFileSync(doc.documentPath), doc.label.file, { maxOcrPages: 0 })).blocks;

/** Judges one document's scan; `scorer` scores its sentences in place of the shipped clause scorer. */
export function measureDocument(doc: LabelledDocument, blocks: readonly Block[], scorer?: ScorerData): MeasuredDocument {
  scoreWith(scorer);
  const { report, source } = scanBlocks(blocks, { source: doc.id });
  scoreWith(undefined);
  const aligner = new Aligner(source.text, doc.text.length);
  const unaligned: string[] = [];
  const spans: GoldSpan[] = [];
  for (const span of doc.label.spans) {
    const at = aligner.locate(span.quote, span.start ?? 0);
    if (!at) unaligned.push(span.quote.slice(0, 80));
    else spans.push({ ...at, pos: span.pos ?? [], neg: span.neg ?? [], ...(span.practice ? { practice: span.practice } : {}) });
  }
  // A document the labels allow to be read as a policy is judged on its checklist only if the scan gave one.
  const checklist = doc.label.protections && (report.protections || doctypes(doc.label).every((d) => d === 'agreement'));
  const gold: Gold = {
    spans,
    ...(checklist ? { protections: Object.fromEntries(Object.entries(doc.label.protections!).map(([id, p]) => [id, statuses(p)])) } : {}),
  };
  const scanStatuses = report.protections && new Map<string, ProtectionStatus>(report.protections.map((p) => [p.id, p.status]));
  const keywords = baselineFlags(source.text, gold.protections !== undefined);
  return {
    id: doc.id,
    text: source.text,
    doctype: { expected: doctypes(doc.label), got: report.doctype },
    judgements: {
      scan: judge(gold, report.findings, scanStatuses, SCORED),
      keywords: judge(gold, keywords.flags, keywords.statuses, SCORED),
    },
    unaligned,
  };
}

export interface Tally {
  flags: number;
  verdicts: Partial<Record<Verdict, number>>;
  sentences: number;
  sentenceHits: number;
  negatives: number;
  negativesFlagged: number;
  /** Document-level: (document, category) pairs. */
  tp: number;
  fn: number;
  fp: number;
  tn: number;
}

export interface Totals {
  byKind: Record<Kind, Tally>;
  byCategory: Map<string, Tally>;
  protections: { labelled: number; right: number; present: number; presentCalledMissing: number };
  doctype: { right: number; total: number };
}

const emptyTally = (): Tally => ({ flags: 0, verdicts: {}, sentences: 0, sentenceHits: 0, negatives: 0, negativesFlagged: 0, tp: 0, fn: 0, fp: 0, tn: 0 });

export function totals(documents: MeasuredDocument[], system: System): Totals {
  const byKind = { pii: emptyTally(), clause: emptyTally(), missing: emptyTally() };
  const byCategory = new Map<string, Tally>();
  const protections = { labelled: 0, right: 0, present: 0, presentCalledMissing: 0 };
  const doctype = { right: 0, total: 0 };
  const both = (kind: Kind, id: string, add: (t: Tally) => void) => {
    if (!byCategory.has(id)) byCategory.set(id, emptyTally());
    add(byKind[kind]);
    add(byCategory.get(id)!);
  };
  for (const doc of documents) {
    const j = doc.judgements[system];
    doctype.total++;
    if (doc.doctype.expected.includes(doc.doctype.got)) doctype.right++;
    for (const { flag, verdict } of j.flags)
      both(flag.kind, flag.category, (t) => {
        t.flags++;
        t.verdicts[verdict] = (t.verdicts[verdict] ?? 0) + 1;
      });
    for (const s of j.sentences)
      both(s.kind, s.category, (t) => {
        t.sentences++;
        if (s.hit) t.sentenceHits++;
      });
    for (const s of j.negatives)
      both(s.kind, s.category, (t) => {
        t.negatives++;
        if (s.hit) t.negativesFlagged++;
      });
    for (const c of j.categories)
      both(c.kind, c.category, (t) => {
        t[c.expected ? (c.flagged ? 'tp' : 'fn') : c.flagged ? 'fp' : 'tn']++;
      });
    for (const p of j.protections) {
      protections.labelled++;
      if ((p.expected as string[]).includes(p.got)) protections.right++;
      if (p.expected.includes('present')) {
        protections.present++;
        if (p.got === 'missing' || p.got === 'contradicted') protections.presentCalledMissing++;
      }
    }
  }
  return { byKind, byCategory, protections, doctype };
}
