import { defineDetector } from '../../detector';
import type { Side } from '../../parties';

const DATA = /\b(?:data|information|records?|files?|results|work product|materials|content|submissions?)\b/i;
// "shall be the property of X", "X shall own", "title ... vest in X", a perpetual or irrevocable license
const PROPERTY_OF = /\b(?:(?:sole|exclusive)\s+)?(?:property|ownership)\s+of\s+((?:the\s+)?[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*)/;
const OWNS = /\b(?:shall|will)\s+(?:own|retain\s+(?:all\s+)?(?:right|title|ownership))\b|\bowns\b|\b(?:title|ownership)\b[^.;]{0,40}\bvests?\b/i;
const LICENSE = /\b(?:perpetual|irrevocable)\b[^.;]{0,80}\blicen[cs]e\b/i;

export default defineDetector({
  meta: {
    kind: 'clause',
    category: 'recipient-owns-data',
    messages: {
      property: 'The agreement makes student data the property of the recipient.',
      owns: 'The recipient claims ownership of or title to the data.',
      license: 'The recipient gets a perpetual or irrevocable license to the data.',
    },
  },
  detect({ sentences, parties, report }) {
    const sideOf = (name: string): Side | undefined => {
      const bare = name.replace(/^the\s+/i, '').trim().toLowerCase();
      return parties.find((p) => [p.name, ...p.aliases].some((n) => n.toLowerCase() === bare || bare.startsWith(n.toLowerCase())))?.side;
    };
    for (const sentence of sentences) {
      if (!DATA.test(sentence.text)) continue;
      const property = sentence.find(PROPERTY_OF);
      if (property && !sentence.isNegated(property) && sideOf(property.groups[0] ?? '') === 'recipient') {
        report({ messageId: 'property', span: sentence.span });
        continue;
      }
      const owns = sentence.find(OWNS);
      if (owns && !sentence.isNegated(owns) && sentence.actor(owns) === 'recipient') {
        report({ messageId: 'owns', span: sentence.span });
        continue;
      }
      const license = sentence.find(LICENSE);
      // the license must run to the recipient: the district (or "you") is the one granting it
      if (license && !sentence.isNegated(license) && sentence.actor(license) !== 'recipient') {
        report({ messageId: 'license', span: sentence.span });
      }
    }
  },
});
