import type { Span } from '../finding';
import { category, type CategoryId } from '../taxonomy';
import type { AnalysisContext } from '.';
import type { ScheduleRow } from './data-schedule';

export type ReidentificationLevel = 'direct' | 'high' | 'moderate' | 'low';

export interface Reidentification {
  level: ReidentificationLevel;
  /** Plain language: why the level, with the arithmetic a board member can check. */
  reason: string;
  directIdentifiers: CategoryId[];
  quasiIdentifiers: CategoryId[];
  /** Expected number of students who share one combination of the quasi-identifiers (the rarest status included). */
  groupSize?: number;
  /** Where the document calls identifying data anonymous or "not personally identifiable". */
  claim?: Claim;
}

export interface Claim {
  quote: string;
  span: Span;
  page?: number;
}

// FERPA 34 CFR 99.3 lists these as identifying on their own ("direct identifiers").
const DIRECT: readonly CategoryId[] = ['student-name', 'student-id', 'ssn', 'address', 'biometric', 'email', 'phone', 'photo-video', 'geolocation'];

// How many distinct values each quasi-identifier splits a district into (effective, for skewed ones)...
const SPLITS: Partial<Record<CategoryId, number>> = {
  birthdate: 13 * 365, // thirteen grade cohorts, a birthday each
  'grade-level': 13,
  gender: 2,
  'race-ethnicity': 4,
  'enrollment-history': 3,
};
// ...and the share of students who carry each rare status: a small share makes a small group.
const RARE: Partial<Record<CategoryId, number>> = {
  'economic-status': 0.4,
  'disability-iep': 0.15,
  'english-learner': 0.1,
  discipline: 0.05,
  'homeless-status': 0.02,
  'immigration-status': 0.05,
  health: 0.1,
};
// Under this many students in a group, FERPA guidance treats a published count as identifying.
const SMALL_CELL = 10;

/**
 * How easily the data the document holds or requests points to individual students, for a district of
 * `districtSize` students: expected group size = students / (product of the quasi-identifiers' splits),
 * then times the share of students with a rare status. The model assumes independent fields; real data
 * is lumpier, so real groups are smaller still.
 */
export function reidentify(schedule: readonly ScheduleRow[], districtSize: number, claim?: Claim): Reidentification {
  const shared = schedule.filter((row) => row.demand !== 'prohibited').map((row) => row.category);
  const direct = shared.filter((id) => DIRECT.includes(id));
  const quasi = shared.filter((id) => SPLITS[id] !== undefined || RARE[id] !== undefined);
  const estimate = quasi.length ? estimateGroups(quasi, districtSize) : undefined;
  const reasons: string[] = [];
  let level: ReidentificationLevel;
  if (direct.length) {
    level = 'direct';
    // Titles are mostly plural ("Student identifiers"): the verb agrees with the title, not with the count.
    const plural = direct.length > 1 || category(direct[0]!).title.endsWith('s');
    reasons.push(`${list(direct)} identif${plural ? 'y' : 'ies'} students directly: every record points to one child.`);
    if (estimate && estimate.level !== 'low') reasons.push(`Even without ${direct.length === 1 ? 'it' : 'them'}, ${lowerFirst(estimate.reason)}`);
  } else if (estimate) {
    level = estimate.level;
    reasons.push(estimate.reason);
  } else {
    level = 'low';
    reasons.push('The document holds or requests no combination of student details that could single a child out.');
  }
  if (claim && level !== 'low') reasons.push(`The document says "${claim.quote}", but the fields it lists identify students.`);
  const result: Reidentification = { level, reason: reasons.join(' '), directIdentifiers: direct, quasiIdentifiers: quasi };
  if (estimate) result.groupSize = estimate.groupSize;
  if (claim && level !== 'low') result.claim = claim;
  return result;
}

function estimateGroups(quasi: CategoryId[], districtSize: number): { level: ReidentificationLevel; reason: string; groupSize: number } {
  const splitters = quasi.filter((id) => SPLITS[id] !== undefined);
  // Birthdate already fixes the grade for nearly every student; counting both would overstate the split.
  const splits = splitters.filter((id) => !(id === 'grade-level' && quasi.includes('birthdate'))).map((id) => SPLITS[id]!);
  const typical = districtSize / splits.reduce((a, b) => a * b, 1);
  const rarest = quasi.filter((id) => RARE[id] !== undefined).sort((a, b) => RARE[a]! - RARE[b]!)[0];
  const rare = rarest ? typical * RARE[rarest]! : typical;
  const level: ReidentificationLevel = typical < 2 || rare < 1 ? 'high' : typical < SMALL_CELL || rare < SMALL_CELL ? 'moderate' : 'low';
  const district = `a district of ${districtSize.toLocaleString('en-US')}`;
  const sentences: string[] = [];
  if (splitters.length) sentences.push(`${list(splitters)} together put ${groupPhrase(typical)} in ${district}.`);
  if (rarest) {
    const share = `${Math.round(RARE[rarest]! * 100)}%`;
    const status = lowerFirst(category(rarest).title);
    sentences.push(
      splitters.length
        ? `Adding ${status} (about ${share} of students) leaves groups of about ${groupSize(rare)}.`
        : `About ${share} of students have ${status}: in ${district} that is a group of about ${groupSize(rare)}.`,
    );
  }
  if (level !== 'low')
    sentences.push(`Groups under ${SMALL_CELL} students identify children, so this is personally identifiable information under FERPA (34 CFR 99.3) even without names.`);
  return { level, reason: sentences.join(' '), groupSize: Math.round(rare * 100) / 100 };
}

function groupPhrase(size: number): string {
  return size < 2 ? 'most students in a group of 1' : `the average student in a group of about ${groupSize(size)}`;
}

function groupSize(size: number): string {
  return size < 1 ? '1' : Math.round(size).toLocaleString('en-US');
}

function list(ids: readonly CategoryId[]): string {
  const titles = ids.map((id, i) => (i ? lowerFirst(category(id).title) : category(id).title));
  return titles.length > 1 ? `${titles.slice(0, -1).join(', ')} and ${titles.at(-1)}` : (titles[0] ?? '');
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

const ANONYMITY = /\b(?:(?:is|are|be|constitute)s?\s+not\s+personally\s+identifiable|non-?personally\s+identifiable|anonymous|anonymi[sz]ed|de-?identified)\b/i;

/** The first sentence that calls the data anonymous, as in the Hamden MOU's "not personally identifiable". */
export function anonymityClaim({ sentences, source, mask }: AnalysisContext): Claim | undefined {
  const sentence = sentences.find((s) => ANONYMITY.test(s.text) && !/\bshall\s+(?:be\s+)?de-?identif/i.test(s.text));
  if (!sentence) return undefined;
  const page = source.pageAt(sentence.span.start);
  return { quote: mask(sentence.text, sentence.span.start), span: sentence.span, ...(page !== undefined ? { page } : {}) };
}
