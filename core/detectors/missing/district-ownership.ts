import { defineDetector } from '../../detector';
import type { Span } from '../../finding';
import type { Party } from '../../parties';

const DATA = /\b(?:data|information|records?|PII|files?)\b/i;
// The owner named after "property of", "proprietary to", "owned by"; or a party that keeps title.
const OWNER_AFTER =
  /\b(?:property|proprietary(?:\s+and\s+confidential)?(?:\s+(?:materials|information|data|property))?|owned|ownership|belonging|belongs|(?:remains?|are|is)\s+vested)\s+(?:and\s+under\s+the\s+control\s+)?(?:of|to|by|in)\s+(?:and\s+under\s+the\s+control\s+of\s+)?((?:the\s+)?[A-Z][\w&./-]*(?:\s+[A-Z][\w&./-]*)*|you)\b/;
const KEEPS_TITLE =
  /\b(?:retains?|owns?|keeps?|holds?)\s+(?:(?:all|full|sole|exclusive|its|their)\s+){0,2}(?:right,?\s+title(?:,?\s+and\s+interest)?|ownership|control)\b|\byou\s+own\b/i;

// "Nothing in this Agreement transfers any right, title or interest to the Contractor": the giver keeps them.
const NOTHING_TRANSFERS = /\bnothing\s+in\s+(?:this|these)\s+(?:agreement|addendum|contract|terms)\b[^.;]{0,60}?\b(?:transfers?|conveys?|assigns?|vests?)\b[^.;]{0,80}?\b(?:rights?|title|ownership)\b/i;

export default defineDetector({
  meta: {
    kind: 'missing',
    category: 'district-ownership',
    messages: { missing: 'The agreement never says the student data remain the property of the district.' },
  },
  detect({ sentences, parties, report }) {
    const evidence: Span[] = [];
    for (const sentence of sentences) {
      if (!DATA.test(sentence.text)) continue;
      const owner = sentence.find(OWNER_AFTER);
      if (owner && !sentence.isNegated(owner) && isDistrict(owner.groups[0] ?? '', parties)) evidence.push(sentence.span);
      if (sentence.find(NOTHING_TRANSFERS)) evidence.push(sentence.span);
      const keeps = sentence.find(KEEPS_TITLE);
      if (keeps && !sentence.isNegated(keeps) && (/^you\b/i.test(keeps.text) || sentence.actor(keeps) !== 'recipient')) evidence.push(sentence.span);
    }
    if (evidence.length) report({ messageId: 'missing', status: 'present', evidence: [...new Set(evidence)].slice(0, 3) });
    else report({ messageId: 'missing', status: 'missing' });
  },
});

// Vendor terms address the school as "you"; agreements name it ("the LEA", "SFUSD"). A data owner named in
// the text that is no recipient ("the property of Tulane University", "vested in USC") is the side that
// gives the data.
const RECIPIENT_WORDS = /^(?:provider|vendor|contractor|researcher|recipient|company|operator|licensee|processor|consultant|we|us)\b/i;

function isDistrict(name: string, parties: readonly Party[]): boolean {
  const bare = name.replace(/^the\s+/i, '').trim().toLowerCase();
  if (bare === 'you') return true;
  const named = (p: Party) => [p.name, ...p.aliases].some((n) => n.toLowerCase() === bare || bare.startsWith(n.toLowerCase()));
  if (parties.some((p) => p.side === 'district' && named(p))) return true;
  return !RECIPIENT_WORDS.test(bare) && !parties.some((p) => p.side === 'recipient' && named(p));
}
