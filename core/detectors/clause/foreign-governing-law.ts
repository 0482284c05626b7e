import { defineDetector } from '../../detector';

const US_STATES =
  'Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming';
// Another country's law is foreign to a US district wherever else the country is named (the vendor's address).
const COUNTRIES =
  'England and Wales|Ireland|Canada|Ontario|Norway|Sweden|Denmark|Finland|Iceland|Germany|France|Netherlands|Belgium|Switzerland|Austria|Spain|Italy|Israel|India|Australia|New Zealand|Singapore|Japan|China|Hong Kong|Mexico|Brazil|Scotland|British Columbia|Quebec|Alberta';
const STATES = `${US_STATES}|${COUNTRIES}`;
const COUNTRY = new RegExp(`^(?:${COUNTRIES})$`, 'i');
const GOVERNING = new RegExp(
  `\\b(?:governed\\s+by|construed\\s+(?:in\\s+accordance\\s+with|under)|interpreted\\s+under)\\b[^.;]{0,60}?\\blaws?\\s+of\\s+(?:the\\s+)?(?:(?:State|Commonwealth|Province)\\s+of\\s+)?(${STATES})\\b`,
  'i',
);
// "the statutes and laws of Norway ... will apply", with no "governed by"
const LAWS_APPLY = new RegExp(
  `\\blaws?\\s+of\\s+(?:the\\s+)?(?:(?:State|Commonwealth|Province|Kingdom)\\s+of\\s+)?(${STATES})\\b[^.;]{0,160}?\\b(?:appl(?:y|ies)|shall\\s+govern|will\\s+govern|governs?)\\b`,
  'i',
);
// Where disputes go: "the courts located in Oslo, Norway", "arbitration ... in San Francisco, California"
const FORUM_PLACE = new RegExp(
  `\\b(?:courts?|tribunals?|arbitration|venue|forum)\\b[^.;]{0,120}?\\b(?:in|of|at)\\s+(?:(?:the\\s+)?(?:State|Commonwealth|Province|Kingdom)\\s+of\\s+)?(?:[A-Z][\\w.()-]*,?\\s+){0,4}?(?:\\(?[A-Z][\\w]*\\)?,?\\s+)?(${STATES})\\b`,
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
    const venues = sentences.flatMap((sentence) => {
      const law = GOVERNING.exec(sentence.text) ?? LAWS_APPLY.exec(sentence.text);
      const forum = law ? undefined : FORUM_PLACE.exec(sentence.text);
      return law || forum ? [{ sentence, state: (law ?? forum)![1]!, messageId: law ? 'law' : 'forum' }] : [];
    });
    // A district's own state shows up in its name, its statutes or its address; the vendor's often only in
    // the clauses that choose the law and the courts.
    const rest = venues.reduce((t, v) => t.split(v.sentence.text).join(' '), text);
    for (const { sentence, state, messageId } of venues) {
      const elsewhere = rest.match(new RegExp(`\\b${state}\\b`, 'gi'))?.length ?? 0;
      if (!elsewhere || COUNTRY.test(state)) report({ messageId, span: sentence.span, data: { state } });
      else if (messageId === 'law' && vendorTerms && sentences.some((s) => EXCLUSIVE_FORUM.test(s.text) && s.text.includes(state)))
        report({ messageId: 'forum', span: sentence.span, data: { state } });
    }
  },
});
