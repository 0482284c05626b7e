import { ANALYSES } from './analysis';
import { definePatternDetector, type Detector, type Problem } from './detector';
import { DETECTORS } from './detectors';
import { classifyDoctype } from './doctype';
import { SEVERITIES, severityRank, type Finding, type Span } from './finding';
import { maskFinding, maskQuote } from './mask';
import type { ScanOptions } from './options';
import { findParties } from './parties';
import { SCORED_MESSAGE } from './clauses';
import { CONTRADICTED_BY, NOT_TAKEN_BACK_BY } from './protections';
import type { DocumentReport, Protection, Summary } from './report/schema';
import { splitSentences, type Sentence } from './sentences';
import { SpanIndex } from './span-index';
import { collectColumns } from './tables';
import { holdsValues, category as lookupCategory, type CategoryId } from './taxonomy';
import { checklistFor, type Checklist, type Verdict } from './jurisdictions/checklist';
import { jurisdictionUse, resolveState } from './jurisdictions/choose';
import type { Jurisdiction } from './jurisdictions/jurisdiction';
import { customPattern } from './parse-options';
import { createScanText, type Block, type Cell, type ScanText } from './text';

export const DEFAULT_MIN_SCORE = 0.5;

export interface ScanResult {
  report: DocumentReport;
  /** The normalized text the report's spans point into; surfaces map spans back with `source.toBlocks`. */
  source: ScanText;
}

/** Runs every enabled detector and analysis over the blocks and builds one document report. */
export function scanBlocks(blocks: readonly Block[], options: ScanOptions = {}): ScanResult {
  const clock = stopwatch(options.profile);
  const source = createScanText(blocks);
  const text = source.text;
  clock.lap('normalize');
  const columns = collectColumns(source);
  const parties = findParties(text);
  const sentences = splitSentences(text, parties);
  const doctype = options.doctype ?? classifyDoctype(text, columns);
  clock.lap('sentences and parties');
  const minScore = options.minScore ?? DEFAULT_MIN_SCORE;
  const state = resolveState(options.state);
  const checklist = checklistFor(state);

  const reports: { id: string; detector: Detector; problem: Problem }[] = [];
  for (const [id, detector] of detectorsFor(options)) {
    // A protection only a state asks for (encryption for New York) is checked when that state is chosen.
    if (detector.meta.kind === 'missing' && (doctype !== 'agreement' || !checklist.asks(detector.meta.category))) continue;
    try {
      detector.detect({ source, text, sentences, columns, parties, doctype, report: (problem) => reports.push({ id, detector, problem }) });
    } catch (error) {
      throw new Error(`Detector '${id}' failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
    clock.lap(stageOf(id, detector));
  }

  // A roster is read column by column: a value in a column its header already classified is counted there,
  // and values a pattern finds cell after cell in an unlabelled column become one finding with a count, so a
  // 10,000-row file yields a short report. Cells are counted before any finding is built for them: building
  // one per cell was most of a roster's scan.
  const cellAt = (span?: Span) => (span ? source.blocks[source.blockAt(span.start)]?.cell : undefined);
  const columnKey = (category: CategoryId, cell: Cell) => `${category}:${cell.table}:${cell.column}`;
  const passes = (problem: Problem) => problem.status !== 'present' && round(problem.score ?? 1) >= minScore;
  // Columns whose header already says what they hold: their values are counted there.
  const classified = new Set<string>();
  for (const { detector, problem } of reports) {
    const cell = problem.count !== undefined && passes(problem) ? cellAt(problem.span ?? problem.evidence?.[0]) : undefined;
    if (cell) classified.add(columnKey(detector.meta.category, cell));
  }
  const firstInColumn = new Map<string, Finding>();
  const findings: Finding[] = [];
  const protections: Protection[] = [];
  const values: Span[] = [];
  for (const { id, detector, problem: reported } of reports) {
    const verdict = detector.meta.kind === 'missing' ? judge(checklist, detector, reported, text) : undefined;
    const problem = verdict ? underLaw(detector, reported, verdict) : reported;
    if (verdict) protections.push(withLaw(toProtection(detector, problem, source), verdict));
    if (problem.status === 'present' || governedByChosenState(detector, problem, state)) continue;
    const span = problem.span ?? problem.evidence?.[0];
    const cell = (problem.mode ?? detector.meta.mode) === 'value' && problem.count === undefined ? cellAt(span) : undefined;
    const key = cell && cell.row > 0 ? columnKey(detector.meta.category, cell) : undefined;
    if (key && passes(problem) && (classified.has(key) || firstInColumn.has(key))) {
      values.push(span!);
      const first = firstInColumn.get(key);
      if (first) first.count = (first.count ?? 1) + 1;
      continue;
    }
    const finding = toFinding(id, detector, problem, source, options);
    if (verdict) Object.assign(finding, pickDefined({ message: verdict.message, basis: verdict.basis, ask: verdict.ask }));
    // Weak matches still get masked inside other quotes: a low score is not proof it is not a real value.
    // Dates are the exception: a date is personal only as a birthdate, which needs birth wording or a DOB
    // column to score; every other date in an agreement is its term or a deadline, read as written.
    if (finding.mode === 'value' && finding.span && (finding.score >= minScore || finding.category !== 'birthdate')) values.push(finding.span);
    if (finding.score < minScore) continue;
    if (key) firstInColumn.set(key, finding);
    findings.push(finding);
  }

  findings.push(...contradictions(protections, findings, sentences));
  const kept = removeOverlaps(findings.filter((f) => enabled(f.category, options) && passesOptions(f, options))).sort(
    (a, b) => (a.span?.start ?? Infinity) - (b.span?.start ?? Infinity) || severityRank(b.severity) - severityRank(a.severity),
  );
  // A document that forbids a kind of data ("shall not collect SSNs") protects it: the data schedule
  // shows that, but it is not a flag.
  const flags = groupRepeats(kept.filter((f) => f.context !== 'prohibited'));
  const valueIndex = SpanIndex.of(values);
  const report: DocumentReport = {
    source: options.source ?? 'text',
    doctype,
    pages: countPages(blocks),
    chars: text.length,
    findings: options.showValues ? flags : flags.map((f) => maskFinding(f, valueIndex)),
    summary: summarize(flags),
  };
  if (doctype === 'agreement') {
    report.protections = options.showValues ? protections : protections.map((p) => maskEvidence(p, valueIndex));
    report.jurisdiction = jurisdictionUse(state, text);
  }
  if (parties.length) report.parties = parties;
  clock.lap('engine');
  const mask = (quote: string, start: number) => (options.showValues ? quote : maskQuote(quote, start, valueIndex));
  for (const analysis of Object.values(ANALYSES))
    Object.assign(report, analysis({ source, sentences, columns, parties, doctype, findings: kept, protections, options, mask }));
  clock.lap('analyses');
  return { report, source };
}

// Per-stage times for the benchmark; `performance` exists in browsers and in Node alike.
function stopwatch(profile: ScanOptions['profile']) {
  let last = profile ? performance.now() : 0;
  return {
    lap(stage: string) {
      if (!profile) return;
      const now = performance.now();
      profile(stage, now - last);
      last = now;
    },
  };
}

// compromise is the one expensive step: the benchmark shows it apart from the pattern detectors.
const stageOf = (id: string, detector: Detector) => (id === 'pii/person-name' ? 'names (compromise)' : `${detector.meta.kind} detectors`);

function detectorsFor(options: ScanOptions): [string, Detector][] {
  const custom = (options.customTerms ?? []).map((term, i): [string, Detector] => [
    `custom/${i + 1}`,
    definePatternDetector({
      category: term.category,
      // A district's id format matches children's ids: masked. A program name or a phrase ("courses
      // failed") is a term the document uses, not a child's value: shown as written.
      mode: holdsValues(term.category) ? 'value' : 'element',
      message: term.label ? `Matches your custom term "${term.label}".` : 'Matches one of your custom terms.',
      patterns: [{ name: term.label ?? `custom ${i + 1}`, regex: customPattern(term.pattern), score: 1 }],
    }),
  ]);
  // Value detectors always run: a disabled category's values must still be masked inside other quotes.
  return [...DETECTORS, ...custom].filter(([, d]) => enabled(d.meta.category, options) || d.meta.mode === 'value');
}

function enabled(id: CategoryId, options: ScanOptions): boolean {
  if (options.only?.length && !options.only.includes(id)) return false;
  return !options.ignore?.includes(id);
}

function toFinding(id: string, detector: Detector, problem: Problem, source: ScanText, options: ScanOptions): Finding {
  const { meta } = detector;
  const taxonomy = lookupCategory(meta.category);
  const template = meta.messages[problem.messageId];
  if (template === undefined) throw new Error(`Detector '${id}' reported unknown messageId '${problem.messageId}'`);
  const span = problem.span ?? problem.evidence?.[0];
  const finding: Finding = {
    id: span ? `${id}@${span.start}-${span.end}` : id,
    detector: id,
    messageId: problem.messageId,
    kind: meta.kind,
    category: meta.category,
    severity: options.severity?.[meta.category] ?? problem.severity ?? meta.severity ?? taxonomy.severity,
    score: round(problem.score ?? 1),
    message: fill(template, problem.data),
    basis: meta.basis ?? taxonomy.basis,
    ask: meta.ask ?? taxonomy.ask,
  };
  const mode = problem.mode ?? meta.mode;
  if (mode) finding.mode = mode;
  if (span) {
    if (span.start < 0 || span.end > source.text.length || span.end <= span.start)
      throw new Error(`Detector '${id}' reported span ${span.start}-${span.end} outside the text`);
    finding.span = { start: span.start, end: span.end };
    finding.quote = source.text.slice(span.start, span.end);
    const page = source.pageAt(span.start);
    if (page !== undefined) finding.page = page;
  }
  if (problem.context) finding.context = problem.context;
  if (problem.count !== undefined) finding.count = problem.count;
  return finding;
}

function judge(checklist: Checklist, detector: Detector, problem: Problem, text: string): Verdict {
  const evidence = (problem.evidence ?? []).map((span) => text.slice(span.start, span.end));
  return checklist.judge(detector.meta.category, problem.status ?? 'missing', evidence);
}

/** The detector's report as the chosen state judges it: a deadline longer than the law's makes it weak. */
function underLaw(detector: Detector, problem: Problem, verdict: Verdict): Problem {
  if (verdict.status === problem.status) return problem;
  const messageId = verdict.status === 'weak' && 'weak' in detector.meta.messages ? 'weak' : problem.messageId;
  return { ...problem, messageId, status: verdict.status, ...(verdict.severity ? { severity: verdict.severity } : {}) };
}

function withLaw(protection: Protection, verdict: Verdict): Protection {
  if (!verdict.law) return protection;
  return { ...protection, sources: verdict.basis ?? protection.sources, law: verdict.law, ...(verdict.deadline ? { deadline: verdict.deadline } : {}) };
}

// The district chose this state's law: an agreement governed by it is not under another state's law.
function governedByChosenState(detector: Detector, problem: Problem, state: Jurisdiction | undefined): boolean {
  return detector.meta.category === 'foreign-governing-law' && String(problem.data?.state ?? '').toLowerCase() === state?.name.toLowerCase();
}

function pickDefined<T extends object>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function toProtection(detector: Detector, problem: Problem, source: ScanText): Protection {
  return {
    id: detector.meta.category,
    status: problem.status ?? 'missing',
    evidence: (problem.evidence ?? []).map((span) => ({
      quote: source.text.slice(span.start, span.end),
      span,
      ...(source.pageAt(span.start) !== undefined ? { page: source.pageAt(span.start) } : {}),
    })),
    sources: detector.meta.basis ?? lookupCategory(detector.meta.category).basis,
  };
}

// One section gives a protection and another takes it away ("the Board owns the data"; "all work product,
// including data, is the property of the recipient"): the checklist says so and it becomes a flag.
function contradictions(protections: Protection[], findings: readonly Finding[], sentences: readonly Sentence[]): Finding[] {
  const added: Finding[] = [];
  for (const protection of protections) {
    if (protection.status !== 'present') continue;
    const against = findings.find(
      (f) =>
        f.span &&
        f.quote &&
        CONTRADICTED_BY[protection.id]?.includes(f.category) &&
        // Only a grant takes a protection back. A qualified ban ("will not share ... other than as described
        // in our policy") is a loophole, flagged on its own, and a sentence cannot contradict itself.
        !QUALIFIED_BAN.test(f.quote) &&
        // A protection is taken back by what a rule reads as a grant, not by the scorer's reading.
        f.messageId !== SCORED_MESSAGE &&
        !NOT_TAKEN_BACK_BY[protection.id]?.includes(`${f.category}/${f.messageId}`) &&
        !protection.evidence.some((e) => e.span.start < f.span!.end && f.span!.start < e.span.end) &&
        !(PII_PROTECTIONS.includes(protection.id) && aboutDeidentified(f.span, sentences)),
    );
    if (!against?.span) continue;
    protection.status = 'contradicted';
    protection.evidence.push({ quote: against.quote!, span: against.span, ...(against.page ? { page: against.page } : {}) });
    const taxonomy = lookupCategory(protection.id);
    added.push({
      id: `missing/${protection.id}@${against.span.start}-${against.span.end}`,
      detector: `missing/${protection.id}`,
      messageId: 'contradicted',
      kind: 'missing',
      category: protection.id,
      severity: taxonomy.severity,
      score: 1,
      span: against.span,
      quote: against.quote,
      ...(against.page ? { page: against.page } : {}),
      message: `The agreement promises ${taxonomy.title.toLowerCase()}, but this clause takes it away: ${against.message}`,
      basis: protection.sources,
      ask: taxonomy.ask,
    });
  }
  return added;
}

// Use limits, redisclosure bans and deletion duties cover identifiable records; what the recipient does with
// data already stripped of identity is judged by the re-identification items instead.
const QUALIFIED_BAN = /\b(?:not|never)\s+(?:\w+\s+){0,2}?(?:share|disclose|sell|use|transfer|provide)\b/i;
const PII_PROTECTIONS: readonly CategoryId[] = ['use-limitation', 'redisclosure-ban', 'deletion-on-termination'];
const DEIDENTIFIED = /\b(?:de-?identified|anonymi[sz]ed|aggregated?|non-?personal)\b/i;

function aboutDeidentified(span: Span, sentences: readonly Sentence[]): boolean {
  const at = sentences.findIndex((s) => s.span.start <= span.start && span.start < s.span.end);
  return at >= 0 && [sentences[at], sentences[at - 1]].some((s) => s && DEIDENTIFIED.test(s.text));
}

function maskEvidence(protection: Protection, values: SpanIndex): Protection {
  return { ...protection, evidence: protection.evidence.map((e) => ({ ...e, quote: maskQuote(e.quote, e.span.start, values) })) };
}

function passesOptions(finding: Finding, options: ScanOptions): boolean {
  if (options.minSeverity && severityRank(finding.severity) < severityRank(options.minSeverity)) return false;
  if (finding.quote && options.allow?.length) {
    const quote = finding.quote.toLowerCase();
    if (options.allow.some((allowed) => allowed.toLowerCase() === quote)) return false;
  }
  return true;
}

// Two detectors can flag the same words for one category (a pattern and a column header): keep the
// stronger, as Presidio's remove_duplicates does. Different categories on the same words both stay.
function removeOverlaps(findings: Finding[]): Finding[] {
  const byCategory = new Map<string, Finding[]>();
  for (const f of findings) {
    const group = byCategory.get(f.category);
    if (group) group.push(f);
    else byCategory.set(f.category, [f]);
  }
  const kept: Finding[] = [];
  for (const group of byCategory.values()) {
    const ordered = group.sort((a, b) => b.score - a.score || spanLength(b) - spanLength(a));
    const chosen = new SpanIndex();
    for (const f of ordered) {
      if (f.span && chosen.overlapping(f.span).length) continue;
      if (f.span) chosen.add(f.span);
      kept.push(f);
    }
  }
  return kept;
}

// A clause restated within this many characters is taken for the same section's same point.
const SECTION_REACH = 2000;

/**
 * One finding per practice, so a reviewer reads each point once: a kind of data named again, values of one
 * kind written in prose, or a clause restated in its section become more locations of the first finding.
 * Whole columns keep their own findings and counts. `findings` is in text order.
 */
function groupRepeats(findings: Finding[]): Finding[] {
  const first = new Map<string, Finding>();
  const out: Finding[] = [];
  for (const f of findings) {
    const key = repeatKey(f);
    const earlier = key === undefined ? undefined : first.get(key);
    const last = earlier && (earlier.also?.at(-1)?.span ?? earlier.span);
    if (earlier && f.span && (f.kind === 'pii' || (last && f.span.start - last.end < SECTION_REACH))) {
      (earlier.also ??= []).push({ span: f.span, ...(f.page !== undefined ? { page: f.page } : {}) });
      continue;
    }
    if (key !== undefined) first.set(key, f);
    out.push(f);
  }
  return out;
}

function repeatKey(f: Finding): string | undefined {
  if (!f.span || f.count !== undefined) return undefined;
  if (f.kind === 'pii') return `${f.category}:${f.mode}:${f.context ?? ''}`;
  if (f.kind === 'clause') return f.category;
  return undefined;
}

function spanLength(f: Finding): number {
  return f.span ? f.span.end - f.span.start : 0;
}

function summarize(findings: Finding[]): Summary {
  const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Summary['bySeverity'];
  const byCategory: Summary['byCategory'] = {};
  for (const f of findings) {
    bySeverity[f.severity]++;
    byCategory[f.category] = (byCategory[f.category] ?? 0) + 1;
  }
  return { total: findings.length, bySeverity, byCategory };
}

function countPages(blocks: readonly Block[]): number {
  let pages = 1;
  for (const block of blocks) if (block.page && block.page > pages) pages = block.page;
  return pages;
}

function fill(template: string, data: Problem['data']): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key: string) => (data?.[key] !== undefined ? String(data[key]) : whole));
}

function round(score: number): number {
  return Math.round(Math.max(0, Math.min(1, score)) * 100) / 100;
}
