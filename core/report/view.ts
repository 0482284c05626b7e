import { SEVERITIES, type Finding } from '../finding';
import { category } from '../taxonomy';
import type { Demand, ScheduleRow } from '../analysis/data-schedule';
import type { Basis } from '../analysis/legal-basis';
import type { ObligationKind } from '../analysis/obligations';
import { LOW_CONFIDENCE, type OcrSummary } from '../extract/ocr';
import type { DocumentError, DocumentReport, Protection } from './schema';

// What every renderer shows, decided once: the order of findings, their labels, and the wording of
// the checklist. Renderers only choose the markup.

export interface FindingView {
  kind: Finding['kind'];
  severity: Finding['severity'];
  title: string;
  category: string;
  where: string;
  quote?: string;
  what: string;
  why: string;
  basis: string;
  ask: string;
}

export interface SeverityGroup {
  severity: Finding['severity'];
  findings: FindingView[];
}

export const KIND_LABEL: Record<Finding['kind'], string> = { pii: 'Student data', clause: 'Risky clauses', missing: 'Missing protections' };

export const STATUS_MARK: Record<Protection['status'], string> = { present: '✓', weak: '~', missing: '✗', contradicted: '!' };

export function headline(doc: DocumentReport): string {
  if (doc.error) return `Could not read ${doc.source}: ${doc.error.message}`;
  const { total, bySeverity } = doc.summary;
  if (!total) return `No flags in ${doc.source}.`;
  const counts = SEVERITIES.filter((s) => bySeverity[s]).map((s) => `${bySeverity[s]} ${s}`);
  return `${total} flag${total === 1 ? '' : 's'} in ${doc.source}: ${counts.join(', ')}.`;
}

/**
 * What a reader must know about what was read: that OCR read scanned pages, that a low confidence means
 * words (and so flags) may be missing, which pages went unread because of the OCR page limit, and how many
 * table cells went unread because of the cell limit.
 */
export function scanNotes(doc: DocumentReport): string[] {
  const notes = doc.ocr ? ocrNotes(doc.ocr) : [];
  if (doc.cellLimit) {
    const { limit, notRead } = doc.cellLimit;
    const more = notRead === 1 ? '1 more cell was' : `${notRead.toLocaleString('en-US')} more cells were`;
    notes.push(`Tables were read up to the limit of ${limit.toLocaleString('en-US')} cells; ${more} not read, so flags in them may be missing: raise the cell limit to check them.`);
  }
  return notes;
}

function ocrNotes({ pages, confidence, skipped }: OcrSummary): string[] {
  const notes: string[] = [];
  if (pages.length) {
    notes.push(`${pageList(pages)} ${pages.length === 1 ? 'was a scanned image' : 'were scanned images'}, read with OCR (confidence ${confidence}%).`);
    if (confidence < LOW_CONFIDENCE)
      notes.push(`OCR confidence is low: words may be misread, so flags may be missing. Check the quotes against the page, or ask for the original file or a sharper scan.`);
  }
  if (skipped.length) {
    const one = skipped.length === 1;
    const why = pages.length ? `beyond the OCR limit of ${pages.length} pages` : 'and reading scans (OCR) is turned off';
    notes.push(`${pageList(skipped)} ${one ? 'is a scanned image' : 'are scanned images'} ${why}, so ${one ? 'it was' : 'they were'} not read: ${pages.length ? 'raise the limit' : 'turn OCR on'} to check ${one ? 'it' : 'them'}.`);
  }
  return notes;
}

/** "Page 3", "Pages 1-4 and 7". */
function pageList(numbers: readonly number[]): string {
  const runs: string[] = [];
  for (let i = 0; i < numbers.length; ) {
    let j = i;
    while (j + 1 < numbers.length && numbers[j + 1] === numbers[j]! + 1) j++;
    runs.push(j > i ? `${numbers[i]}-${numbers[j]}` : String(numbers[i]));
    i = j + 1;
  }
  const list = runs.length > 1 ? `${runs.slice(0, -1).join(', ')} and ${runs.at(-1)}` : runs[0]!;
  return `${numbers.length === 1 ? 'Page' : 'Pages'} ${list}`;
}

export function describeDocument(doc: DocumentReport): string {
  return `${doc.doctype}, ${doc.pages} page${doc.pages === 1 ? '' : 's'}, ${doc.chars.toLocaleString('en-US')} characters`;
}

/** "also in 2 more places (pages 4, 7)": a repeated practice is one flag. */
function alsoLabel(finding: Finding): string {
  const n = finding.also?.length ?? 0;
  if (!n) return '';
  const pages = [...new Set(finding.also!.flatMap((l) => (l.page === undefined || l.page === finding.page ? [] : [l.page])))];
  return `also in ${n} more place${n === 1 ? '' : 's'}${pages.length ? ` (${pages.length === 1 ? 'page' : 'pages'} ${pages.join(', ')})` : ''}`;
}

export function view(finding: Finding): FindingView {
  const taxonomy = category(finding.category);
  const where = [pageLabel(finding.page), finding.count ? `${finding.count} rows` : '', contextLabel(finding), alsoLabel(finding)]
    .filter(Boolean)
    .join(', ');
  return {
    kind: finding.kind,
    severity: finding.severity,
    title: taxonomy.title,
    category: finding.category,
    where: where || (finding.kind === 'missing' && !finding.quote ? 'not found in the document' : ''),
    quote: finding.quote,
    what: finding.message,
    why: taxonomy.why,
    basis: finding.basis,
    ask: finding.ask,
  };
}

function contextLabel(finding: Finding): string {
  if (finding.context === 'requested') return 'requested';
  if (finding.context === 'prohibited') return 'prohibited by the document';
  return '';
}

export function bySeverity(doc: DocumentReport): SeverityGroup[] {
  return SEVERITIES.map((severity) => ({ severity, findings: doc.findings.filter((f) => f.severity === severity).map(view) })).filter(
    (g) => g.findings.length,
  );
}

export function protectionTitle(protection: Protection): string {
  return category(protection.id).title;
}

export function shorten(text: string, max = 320): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

export const DEMAND_LABEL: Record<Demand, string> = {
  required: 'required',
  requested: 'requested',
  held: 'in the document',
  optional: 'optional',
  prohibited: 'forbidden by the document',
};

export function scheduleCount(row: ScheduleRow): string {
  return row.count ? `${row.count.toLocaleString('en-US')} value${row.count === 1 ? '' : 's'}` : '';
}

export const BASIS_LABEL: Record<Basis, string> = {
  'school-official': 'the school-official exception',
  studies: 'the studies exception',
  'audit-evaluation': 'the audit-or-evaluation exception',
  consent: 'parental consent',
  'none-stated': 'no stated FERPA basis',
};

/** One line on the FERPA basis, then one per condition it must meet. */
export function basisLines(doc: DocumentReport): { headline: string; conditions: { met: boolean; text: string }[] } | undefined {
  const basis = doc.legalBasis;
  if (!basis) return undefined;
  const headline =
    basis.basis === 'none-stated'
      ? 'Legal basis: the agreement names no FERPA exception and no parental consent for sharing student records.'
      : `Legal basis: ${BASIS_LABEL[basis.basis]} (${basis.citation}).`;
  return { headline, conditions: basis.requirements.map((r) => ({ met: r.met, text: r.requirement })) };
}

export const OBLIGATION_LABEL: Record<ObligationKind, string> = {
  term: 'Term',
  deletion: 'Deletion',
  'breach-notice': 'Breach notice',
  notice: 'Notice',
  posting: 'Posting',
  report: 'Report',
};

/** "page 3", or nothing for a document without pages: the one place a page label is worded. */
export function pageLabel(page: number | undefined): string {
  return page ? `page ${page}` : '';
}

const TOP_RISKS = 5;
// Contract terms first: they are what a vote can still change; then missing protections, then the data itself.
const KIND_ORDER: Finding['kind'][] = ['clause', 'missing', 'pii'];

/** The risks a reader should hear about first: high before low, contract terms before data fields, one per category. */
export function topRisks(doc: DocumentReport, count = TOP_RISKS): Finding[] {
  const rank = (f: Finding) => SEVERITIES.indexOf(f.severity) * 10 + KIND_ORDER.indexOf(f.kind);
  const seen = new Set<string>();
  return [...doc.findings]
    .sort((a, b) => rank(a) - rank(b))
    .filter((f) => !seen.has(f.category) && seen.add(f.category))
    .slice(0, count);
}

/** The sections of a document's report, in the order every format shows them. */
export const SECTION_ORDER = ['summary', 'data', 'reidentification', 'risks', 'checklist', 'deadlines', 'legal-basis', 'questions'] as const;
export type SectionId = (typeof SECTION_ORDER)[number];
export const SECTION_TITLE: Record<SectionId, string> = {
  summary: 'Summary',
  data: 'Student data',
  reidentification: 'Can students be identified?',
  risks: 'Risks',
  checklist: 'Protections checklist',
  deadlines: 'Deadlines and duties',
  'legal-basis': 'Legal basis',
  questions: 'Questions to ask',
};

export interface ChecklistItemView {
  id: string;
  mark: string;
  status: Protection['status'];
  title: string;
  evidence?: string;
  /** The chosen state's citations for this protection. */
  law?: string;
  /** "10 days stated; New York requires 7 calendar days". */
  deadline?: string;
}

export type SectionView =
  | { id: 'summary'; title: string; counts: { severity: Finding['severity']; count: number }[]; notes: string[] }
  | { id: 'data'; title: string; rows: { category: string; title: string; demand: string; sensitivity: string; count: string }[] }
  | { id: 'reidentification'; title: string; level: string; reason: string }
  | { id: 'risks'; title: string; groups: SeverityGroup[]; /** Set when only the top risks are shown: how many flags there are in all. */ of?: number }
  | { id: 'checklist'; title: string; list: string; items: ChecklistItemView[]; caveats: string[] }
  | { id: 'deadlines'; title: string; items: { label: string; when: string; where: string }[] }
  | { id: 'legal-basis'; title: string; headline: string; conditions: { met: boolean; text: string }[] }
  | { id: 'questions'; title: string; items: { ask: string; basis: string }[] };

export interface DocumentView {
  source: string;
  headline: string;
  /** "agreement, 3 pages, 9,120 characters"; absent for a document that could not be read. */
  described?: string;
  error?: DocumentError;
  sections: SectionView[];
}

export interface ViewOptions {
  /** Show only this many top risks (a brief, a chat message) instead of every flag. */
  topRisks?: number;
}

/**
 * The one ordered view of a document report: which sections, their titles, counts, page labels, the
 * checklist with its jurisdiction, deadlines, legal basis and questions. Renderers choose only markup.
 */
export function documentView(doc: DocumentReport, options: ViewOptions = {}): DocumentView {
  if (doc.error) return { source: doc.source, headline: headline(doc), error: doc.error, sections: [] };
  const counts = SEVERITIES.filter((severity) => doc.summary.bySeverity[severity]).map((severity) => ({ severity, count: doc.summary.bySeverity[severity] }));
  const sections: SectionView[] = [{ id: 'summary', title: SECTION_TITLE.summary, counts, notes: scanNotes(doc) }];
  const schedule = doc.dataSchedule ?? [];
  if (schedule.length)
    sections.push({
      id: 'data',
      title: SECTION_TITLE.data,
      rows: schedule.map((row) => ({ category: row.category, title: row.title, demand: DEMAND_LABEL[row.demand], sensitivity: row.sensitivity, count: scheduleCount(row) })),
    });
  if (doc.reidentification)
    sections.push({ id: 'reidentification', title: SECTION_TITLE.reidentification, level: doc.reidentification.level, reason: doc.reidentification.reason });
  if (doc.findings.length) {
    const shown = options.topRisks === undefined ? undefined : topRisks(doc, options.topRisks);
    const groups = shown ? SEVERITIES.map((severity) => ({ severity, findings: shown.filter((f) => f.severity === severity).map(view) })).filter((g) => g.findings.length) : bySeverity(doc);
    sections.push({ id: 'risks', title: SECTION_TITLE.risks, groups, ...(shown ? { of: doc.findings.length } : {}) });
  }
  if (doc.protections?.length) sections.push(checklistSection(doc));
  if (doc.obligations?.length)
    sections.push({
      id: 'deadlines',
      title: SECTION_TITLE.deadlines,
      items: doc.obligations.map((o) => ({ label: OBLIGATION_LABEL[o.what], when: o.when, where: pageLabel(o.page) })),
    });
  const basis = basisLines(doc);
  if (basis) sections.push({ id: 'legal-basis', title: SECTION_TITLE['legal-basis'], ...basis });
  const questions = topRisks(doc);
  if (questions.length) sections.push({ id: 'questions', title: SECTION_TITLE.questions, items: questions.map((f) => ({ ask: f.ask, basis: f.basis })) });
  return { source: doc.source, headline: headline(doc), described: describeDocument(doc), sections };
}

function checklistSection(doc: DocumentReport): SectionView {
  const use = doc.jurisdiction;
  const state = use?.state;
  const list = state
    ? `Checked against federal law and ${state.name}: ${state.law}.`
    : use?.suggested
      ? `Checked against federal law only. Suggested state: ${use.suggested.name} (${use.suggested.reason}); choose ${use.suggested.id} to add its law.`
      : 'Checked against federal law only; choose a state to add its law.';
  const items = doc.protections!.map((p): ChecklistItemView => {
    const deadline = p.deadline && state ? deadlineLabel(p.deadline, state.name) : undefined;
    return {
      id: p.id,
      mark: STATUS_MARK[p.status],
      status: p.status,
      title: protectionTitle(p),
      ...(p.evidence[0] ? { evidence: p.evidence[0].quote } : {}),
      ...(p.law?.length ? { law: p.law.map((l) => l.citation).join('; ') } : {}),
      ...(deadline ? { deadline } : {}),
    };
  });
  return { id: 'checklist', title: SECTION_TITLE.checklist, list, items, caveats: use?.caveats ?? [] };
}

function deadlineLabel(deadline: NonNullable<Protection['deadline']>, state: string): string {
  const stated = deadline.stated ? `${deadline.stated} stated` : 'no time limit stated';
  if (!deadline.required) return stated;
  return `${stated}; ${state} requires ${deadline.required}${deadline.met ? ': in time' : ': too late'}`;
}
