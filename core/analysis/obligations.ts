import type { Span } from '../finding';
import type { AnalysisContext } from '.';

export type ObligationKind = 'term' | 'deletion' | 'breach-notice' | 'notice' | 'posting' | 'report';

export interface Obligation {
  what: ObligationKind;
  /** The deadline or date as the agreement words it: "within 72 hours", "June 30, 2027". */
  when: string;
  quote: string;
  span: Span;
  page?: number;
}

const WRITTEN_NUMBER = '(?:one|two|three|four|five|six|seven|ten|fourteen|fifteen|thirty|forty-five|sixty|ninety|seventy-two|forty-eight|twenty-four)';
const DEADLINE = new RegExp(
  `\\b(?:within|no\\s+later\\s+than|not\\s+later\\s+than|not\\s+to\\s+exceed)\\s+(?:${WRITTEN_NUMBER}\\s*)?(?:\\(?\\d{1,3}\\)?\\s*)?(?:calendar\\s+|business\\s+|working\\s+)?(?:hours?|days?|weeks?|months?|years?)\\b|\\b(?:on|by|until|through|before)\\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\\s+\\d{1,2},\\s+\\d{4}\\b|\\b(?:for\\s+a\\s+(?:term|period)\\s+of)\\s+(?:${WRITTEN_NUMBER}\\s*)?(?:\\(?\\d{1,3}\\)?\\s*)?(?:months?|years?)\\b`,
  'i',
);
const KINDS: [ObligationKind, RegExp][] = [
  ['breach-notice', /\b(?:breach|security\s+incident|unauthori[sz]ed\s+(?:access|disclosure|release))\b/i],
  ['deletion', /\b(?:delet\w+|destr(?:oy|uction)\w*|return\w*\s+(?:all\s+)?(?:student\s+)?(?:data|records)|dispos\w+)\b/i],
  ['posting', /\b(?:post\w*|publish\w*)\b[^.]{0,60}\b(?:website|web\s+site|online)\b/i],
  ['report', /\b(?:report\w*|certif\w+)\b/i],
  ['notice', /\b(?:notif\w+|notice)\b/i],
  ['term', /\b(?:term|effective|expir\w+|terminat\w+|remains?\s+in\s+(?:full\s+)?(?:force|effect)|renew\w*)\b/i],
];

/** Dated duties and deadlines: when the agreement ends, when data must be deleted, when a breach must be reported. */
export function obligations({ sentences, source, doctype, mask }: AnalysisContext): Obligation[] {
  if (doctype !== 'agreement') return [];
  const found: Obligation[] = [];
  for (const sentence of sentences) {
    const deadline = sentence.find(DEADLINE);
    if (!deadline) continue;
    const kind = KINDS.find(([, wording]) => wording.test(sentence.text))?.[0];
    if (!kind) continue;
    const page = source.pageAt(sentence.span.start);
    found.push({
      what: kind,
      when: deadline.text.replace(/\s+/g, ' '),
      quote: mask(sentence.text, sentence.span.start),
      span: sentence.span,
      ...(page !== undefined ? { page } : {}),
    });
  }
  return found;
}
