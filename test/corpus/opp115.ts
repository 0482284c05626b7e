import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { placesOf, scanFile } from '../../core/index';
import { baselineFlags } from './keyword-baseline';
import { SHARED } from './labels';

// OPP-115's development half (../shared/opp115-dev), scored as its MAPPING.md says: a finding belongs to
// the segment its span starts in; segment precision, hard-negative error and document recall per label.

export const OPP_DIR = join(SHARED, 'opp115-dev');

interface Segment {
  start: number;
  end: number;
  pos: string[];
  neg: string[];
}
interface Policy {
  file: string;
  labels: string[];
  segments: Segment[];
}

/** Which gold labels a finding of a category speaks to. Value findings (a company's own address) are not scored. */
const ROWS: Record<string, string[]> = {
  'third-party-sharing': ['third-party-sharing'],
  'targeted-advertising': ['targeted-advertising'],
  'commercial-use': ['commercial-use'],
  'transfer-on-sale': ['transfer-on-sale'],
  'indefinite-retention': ['indefinite-retention'],
  'unilateral-changes': ['unilateral-changes'],
  'offshore-storage': ['offshore-storage~proxy'],
  'online-identifier': ['online-identifier'],
  geolocation: ['geolocation'],
  'financial-account': ['financial-account'],
  health: ['health'],
  email: ['contact'],
  phone: ['contact'],
  address: ['contact'],
};
export const OPP_CLAUSES = ['third-party-sharing', 'targeted-advertising', 'commercial-use', 'transfer-on-sale', 'indefinite-retention', 'unilateral-changes'];
export const OPP_PII = ['online-identifier', 'geolocation', 'contact', 'financial-account', 'health'];
const LABELS = [...OPP_CLAUSES, 'offshore-storage~proxy', ...OPP_PII];

export interface OppTally {
  docGold: number;
  docHit: number;
  segFlagged: number;
  segRight: number;
  negatives: number;
  negativesFlagged: number;
}

export type OppResult = Record<string, OppTally>;

export const oppPolicies = (): string[] | undefined => {
  const path = join(OPP_DIR, 'gold.json');
  if (!existsSync(path)) return undefined;
  return Object.keys(readGold()).sort();
};

let gold: Record<string, Policy> | undefined;
const readGold = () => (gold ??= (JSON.parse(readFileSync(join(OPP_DIR, 'gold.json'), 'utf8')) as { policies: Record<string, Policy> }).policies);

interface Located {
  category: string;
  start: number;
  element: boolean;
}

/** Scores the scan and the keyword baseline on the named policies. */
export async function evaluateOpp(ids: string[]): Promise<{ scan: OppResult; baseline: OppResult }> {
  const scan = emptyResult();
  const baseline = emptyResult();
  for (const id of ids) {
    const policy = readGold()[id]!;
    const path = join(OPP_DIR, policy.file);
    const bytes = readFileSync(path);
    const report = await scanFile(bytes, policy.file);
    if (report.error) throw new Error(`OPP-115 ${id}: ${report.error.code}`);
    const found = report.findings.flatMap((f) => placesOf(f).map((span) => ({ category: f.category, start: span.start, element: f.kind !== 'pii' || f.mode === 'element' })));
    tally(scan, policy, found);
    const keywordFlags = baselineFlags(bytes.toString('utf8'), false).flags;
    tally(baseline, policy, keywordFlags.map((f) => ({ category: f.category, start: f.span!.start, element: true })));
  }
  return { scan, baseline };
}

function emptyResult(): OppResult {
  return Object.fromEntries(LABELS.map((l) => [l, { docGold: 0, docHit: 0, segFlagged: 0, segRight: 0, negatives: 0, negativesFlagged: 0 }]));
}

function tally(result: OppResult, policy: Policy, found: Located[]): void {
  const segments = policy.segments;
  // the segment holding the offset, or the next one for an offset in a separator
  const segmentAt = (offset: number) => {
    let last = 0;
    for (let i = 0; i < segments.length; i++) {
      if (segments[i]!.end === segments[i]!.start) continue;
      last = i;
      if (offset < segments[i]!.end) return i;
    }
    return last;
  };
  const flagged = new Map<string, Set<number>>(LABELS.map((l) => [l, new Set()]));
  for (const f of found) if (f.element) for (const label of ROWS[f.category] ?? []) flagged.get(label)!.add(segmentAt(f.start));
  for (const label of LABELS) {
    const t = result[label]!;
    const hits = flagged.get(label)!;
    if (policy.labels.includes(label)) {
      t.docGold++;
      if (hits.size) t.docHit++;
    }
    for (const i of hits) {
      t.segFlagged++;
      if (segments[i]!.pos.includes(label)) t.segRight++;
    }
    segments.forEach((segment, i) => {
      if (!segment.neg.includes(label)) return;
      t.negatives++;
      if (hits.has(i)) t.negativesFlagged++;
    });
  }
}

/** Sums the tallies of the named labels. */
export function pool(result: OppResult, labels: string[]): OppTally {
  const total: OppTally = { docGold: 0, docHit: 0, segFlagged: 0, segRight: 0, negatives: 0, negativesFlagged: 0 };
  for (const l of labels) for (const k of Object.keys(total) as (keyof OppTally)[]) total[k] += result[l]![k];
  return total;
}
