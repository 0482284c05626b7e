import nlp from 'compromise';
import { defineDetector } from '../../detector';

// A name counts as a student's only where the sentence is about a child: staff and signatories are not.
const STUDENT_CONTEXT =
  /\b(?:students?|pupils?|child(?:ren)?|son|daughter|kindergartn?ers?|learners?|enroll(?:ed|s|ing)?|grade\s+(?:\d{1,2}|k)|\d{1,2}(?:st|nd|rd|th)\s+grader?|IEP|absent|suspended|transferred)\b/i;
const NAME_SHAPE = /^[A-Z][a-z]+(?:['-][A-Za-z][a-z]+)?$/;
// compromise names a person only around a first name it knows; asking it about sentences without one costs
// most of a scan's time (npm run bench) and finds nothing, so look the capitalized words up in its lexicon first.
const LEXICON = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
const FIRST_NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName']);
function mayNameSomeone(text: string): boolean {
  for (const [word] of text.matchAll(/\b[A-Z][a-z]+\b/g)) if ([LEXICON[word.toLowerCase()] ?? []].flat().some((tag) => FIRST_NAME_TAGS.has(tag))) return true;
  return false;
}
const ROLE_BEFORE = /\b(?:mr|mrs|ms|dr|principal|superintendent|teacher|coach|director|chair|signed|by|attorney|counsel|officer)\.?\s*$/i;

export default defineDetector({
  meta: {
    kind: 'pii',
    category: 'student-name',
    mode: 'value',
    messages: { match: "A student's name appears in the text." },
  },
  detect({ source, sentences, parties, report }) {
    const partyWords = new Set(parties.flatMap((p) => [p.name, ...p.aliases]).flatMap((n) => n.toLowerCase().split(/\s+/)));
    for (const sentence of sentences) {
      // Tables are read by their column headers; compromise finds no names in bare cells and is slow on them.
      if (source.blocks[source.blockAt(sentence.span.start)]?.cell || !STUDENT_CONTEXT.test(sentence.text) || !mayNameSomeone(sentence.text)) continue;
      const people = nlp(sentence.text).people().json({ offset: true, terms: { offset: true } }) as PersonJson[];
      for (const person of people) {
        // "LEA" and "Provider" are defined terms, not people: a name is capitalized like one and is no party's.
        const names = person.terms.filter(
          (t) => (t.tags.includes('FirstName') || t.tags.includes('LastName')) && NAME_SHAPE.test(t.text) && !partyWords.has(t.text.toLowerCase()),
        );
        const first = names[0];
        const last = names.at(-1);
        if (!first || !last || !person.terms.some((t) => t.tags.includes('FirstName'))) continue;
        if (ROLE_BEFORE.test(sentence.text.slice(0, first.offset.start))) continue;
        const start = sentence.span.start + first.offset.start;
        const end = sentence.span.start + last.offset.start + last.offset.length;
        report({ messageId: 'match', span: { start, end }, score: names.length > 1 ? 0.75 : 0.6 });
      }
    }
  },
});

interface PersonJson {
  terms: { text: string; tags: string[]; offset: { start: number; length: number } }[];
}
