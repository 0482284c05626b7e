import type { ProtectionStatus } from '../detector';
import type { Span } from '../finding';
import type { CategoryId } from '../taxonomy';
import type { AnalysisContext } from '.';

/** The FERPA exception an agreement relies on to share records without consent, or consent itself. */
export type Basis = 'school-official' | 'studies' | 'audit-evaluation' | 'consent' | 'none-stated';

export interface Requirement {
  id: string;
  /** What the basis demands, in plain words, with its citation. */
  requirement: string;
  met: boolean;
}

export interface LegalBasis {
  basis: Basis;
  citation: string;
  evidence?: { quote: string; span: Span; page?: number };
  requirements: Requirement[];
}

interface BasisSpec {
  citation: string;
  wording: RegExp;
  requirements: { id: string; requirement: string; met: RegExp | CategoryId }[];
}

const BASES: Record<Exclude<Basis, 'none-stated'>, BasisSpec> = {
  'school-official': {
    citation: 'FERPA, 34 CFR 99.31(a)(1)(i)(B)',
    wording: /\b(?:school\s+officials?|legitimate\s+educational\s+interests?|99\.31\s*\(a\)\s*\(1\))/i,
    requirements: [
      { id: 'institutional-service', requirement: 'Performs a service the district would otherwise use its own staff for (99.31(a)(1)(i)(B)(1))', met: /\b(?:institutional\s+service|function|service)\s+(?:for\s+which|that)\s+the\s+(?:district|LEA|board|school)\s+would\s+otherwise\s+use\s+(?:its\s+own\s+)?(?:employees|staff)/i },
      { id: 'direct-control', requirement: 'Is under the direct control of the district for the use of the records (99.31(a)(1)(i)(B)(2))', met: /\bdirect\s+control\b/i },
      { id: 'use-limitation', requirement: 'Uses the records only for the purposes of the disclosure (99.33(a))', met: 'use-limitation' },
      { id: 'redisclosure-ban', requirement: 'Does not redisclose them (99.33(a))', met: 'redisclosure-ban' },
    ],
  },
  studies: {
    citation: 'FERPA, 34 CFR 99.31(a)(6)',
    wording: /\b(?:studies\s+exception|99\.31\s*\(a\)\s*\(6\)|research(?:er)?\s+(?:organization|study|project|team)|(?:the|this)\s+research\b|(?:conduct\w*|perform\w*)\s+(?:a\s+|the\s+)?(?:research\s+)?stud(?:y|ies)\s+(?:for|on\s+behalf\s+of)|improv\w+\s+instruction|(?:develop|validate|administer)\w*\s+predictive\s+tests)\b/i,
    requirements: [
      { id: 'purpose', requirement: 'States the purpose, scope and duration of the study (99.31(a)(6)(iii)(C)(1))', met: /\b(?:purpose|objective)s?\s+of\s+(?:the|this)\s+(?:study|research|project)\b|\bthe\s+study\s+will\b/i },
      { id: 'duration', requirement: 'Has an end date (99.31(a)(6)(iii)(C)(1))', met: 'duration' },
      { id: 'use-limitation', requirement: 'Uses the data only for the study (99.31(a)(6)(iii)(C)(2))', met: 'use-limitation' },
      { id: 'no-identification', requirement: 'Keeps parents and students unidentifiable to anyone outside the study team (99.31(a)(6)(iii)(A))', met: /\b(?:personal\s+identification\s+of\s+(?:students|parents)|only\s+(?:by|to)\s+(?:representatives|members)\s+of\s+the\s+(?:organization|research\s+team)|legitimate\s+interests?\s+in\s+the\s+study)\b/i },
      { id: 'destruction', requirement: 'Destroys the data when no longer needed, by a stated time (99.31(a)(6)(iii)(C)(4))', met: 'deletion-on-termination' },
    ],
  },
  'audit-evaluation': {
    citation: 'FERPA, 34 CFR 99.31(a)(3) and 99.35',
    wording: /\b(?:audit\s+(?:or|and)\s+evaluation|99\.35|authorized\s+representatives?|evaluat\w+\s+(?:of\s+)?(?:federal|state)[- ]supported\s+education\s+programs?)\b/i,
    requirements: [
      { id: 'designation', requirement: 'Designates the recipient as an authorized representative in writing (99.35(a)(3)(i))', met: /\bauthorized\s+representatives?\b/i },
      { id: 'purpose', requirement: 'Names the program being audited or evaluated (99.35(a)(3)(ii))', met: /\b(?:audit|evaluat\w+)\s+(?:of\s+)?(?:the\s+)?[\w\s-]{0,40}program/i },
      { id: 'use-limitation', requirement: 'Uses the data only for that audit or evaluation (99.35(a)(3)(iii))', met: 'use-limitation' },
      { id: 'destruction', requirement: 'Destroys the data when no longer needed, by a stated time (99.35(a)(3)(iv))', met: 'deletion-on-termination' },
    ],
  },
  consent: {
    citation: 'FERPA, 34 CFR 99.30',
    wording: /\b(?:(?:prior\s+)?written\s+consent\s+(?:of|from)\s+(?:the\s+)?(?:parents?|guardians?|eligible\s+students?)|signed\s+(?:and\s+dated\s+)?consent|99\.30)\b/i,
    requirements: [
      { id: 'consent-content', requirement: 'Consent names the records, the purpose and who receives them (99.30(b))', met: /\b(?:specif\w+|identif\w+)\s+the\s+records\b|\bconsent\s+form\b/i },
    ],
  },
};

const MET: readonly ProtectionStatus[] = ['present'];

/** Which FERPA basis the agreement relies on, and whether it meets that basis's own conditions. */
export function legalBasis({ sentences, source, doctype, mask, protections }: AnalysisContext): LegalBasis | undefined {
  if (doctype !== 'agreement') return undefined;
  const text = source.text;
  let best: { basis: Exclude<Basis, 'none-stated'>; count: number; sentence: (typeof sentences)[number] } | undefined;
  for (const [basis, spec] of Object.entries(BASES) as [Exclude<Basis, 'none-stated'>, BasisSpec][]) {
    const matching = sentences.filter((s) => spec.wording.test(s.text) && !/\bshall\s+not\b|\bnot\s+(?:a|an)\s+school\s+official/i.test(s.text));
    if (matching.length && (!best || matching.length > best.count)) best = { basis, count: matching.length, sentence: matching[0]! };
  }
  if (!best)
    return {
      basis: 'none-stated',
      citation: 'FERPA, 34 CFR 99.30 and 99.31',
      requirements: [{ id: 'basis', requirement: 'Names the FERPA exception (or parental consent) that allows the disclosure', met: false }],
    };
  const spec = BASES[best.basis];
  const status = (id: CategoryId) => protections.find((p) => p.id === id)?.status;
  const page = source.pageAt(best.sentence.span.start);
  return {
    basis: best.basis,
    citation: spec.citation,
    evidence: { quote: mask(best.sentence.text, best.sentence.span.start), span: best.sentence.span, ...(page !== undefined ? { page } : {}) },
    requirements: spec.requirements.map(({ id, requirement, met }) => ({
      id,
      requirement,
      met: typeof met === 'string' ? MET.includes(status(met) ?? 'missing') : met.test(text),
    })),
  };
}
