import { defineDetector } from '../../detector';
import type { Span } from '../../finding';

// "material breach of this Agreement", or a party terminating "for material breach", is a broken contract, not a data breach.
const INCIDENT = /\b(?:(?:security|data|privacy)\s+(?:breach(?:es)?|incidents?)|breach(?:es)?\s+of\s+(?:security|(?:student\s+)?data|confidentiality|(?:personal\s+)?information)|(?:security|privacy)\s+incident|unauthori[sz]ed\s+(?:access|disclosure|release|use|acquisition))\b|(?<!\bmaterial\s)\b(?:breach(?:es)?|incidents?)\b(?![^.;]{0,20}\b(?:of\s+this|of\s+the\s+(?:Agreement|Contract|Terms)|of\s+any\s+(?:provision|term)))/i;
const NOTICE = /\b(?:notif(?:y|ies|ied|ication)|notice|inform|report|alert)\b/i;
const DEADLINE = /\bwithin\s+(?:[\w-]+\s+)?\(?\d*\)?\s*(?:business\s+|calendar\s+)?(?:hours?|days?)\b|\bno\s+later\s+than\b/i;

export default defineDetector({
  meta: {
    kind: 'missing',
    category: 'breach-notification',
    messages: {
      missing: 'The agreement never requires the recipient to tell the district or families about a data breach.',
      weak: 'Breach notice is required, but with no deadline.',
    },
  },
  detect({ sentences, report }) {
    const notices: Span[] = [];
    const withDeadline: Span[] = [];
    for (const sentence of sentences) {
      const incident = sentence.find(INCIDENT);
      const notice = sentence.find(NOTICE);
      if (!incident || !notice || sentence.isNegated(notice)) continue;
      notices.push(sentence.span);
      if (DEADLINE.test(sentence.text)) withDeadline.push(sentence.span);
    }
    if (withDeadline.length) report({ messageId: 'missing', status: 'present', evidence: withDeadline });
    else if (notices.length) report({ messageId: 'weak', status: 'weak', evidence: notices, severity: 'medium' });
    else report({ messageId: 'missing', status: 'missing' });
  },
});
