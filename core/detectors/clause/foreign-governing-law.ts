import { defineDetector } from '../../detector';

const STATES =
  'Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|England and Wales|Ireland|Canada|Ontario';
const GOVERNING = new RegExp(
  `\\b(?:governed\\s+by|construed\\s+(?:in\\s+accordance\\s+with|under)|interpreted\\s+under)\\b[^.;]{0,60}?\\blaws?\\s+of\\s+(?:the\\s+)?(?:(?:State|Commonwealth|Province)\\s+of\\s+)?(${STATES})\\b`,
  'i',
);
const EXCLUSIVE_FORUM = /\b(?:exclusive\s+(?:jurisdiction|venue|forum)|exclusively\s+in\s+the\s+(?:state\s+or\s+federal\s+)?courts|submit\s+to\s+the\s+(?:personal\s+)?jurisdiction)\b/i;

export default defineDetector({
  meta: {
    kind: 'clause',
    category: 'foreign-governing-law',
    messages: {
      law: "The agreement is governed by the law of {{state}}, which appears nowhere else in it: likely the recipient's home state, not the district's.",
      forum: "Disputes must be brought under {{state}} law in the recipient's chosen courts, far from the district.",
    },
  },
  detect({ text, sentences, report }) {
    const vendorTerms = (text.match(/\byou\b/gi)?.length ?? 0) >= 10;
    for (const sentence of sentences) {
      const match = GOVERNING.exec(sentence.text);
      if (!match) continue;
      const state = match[1]!;
      const elsewhere = text.split(sentence.text).join(' ').match(new RegExp(`\\b${state}\\b`, 'gi'))?.length ?? 0;
      // A district's own state shows up in its name, its statutes or its address; the vendor's often only here.
      if (!elsewhere) report({ messageId: 'law', span: sentence.span, data: { state } });
      else if (vendorTerms && sentences.some((s) => EXCLUSIVE_FORUM.test(s.text) && s.text.includes(state))) report({ messageId: 'forum', span: sentence.span, data: { state } });
    }
  },
});
