import nlp from 'compromise';
import { defineDetector } from '../../detector';

// A name counts as a student's only where the sentence is about a child: staff and signatories are not.
const STUDENT_CONTEXT =
  /\b(?:students?|pupils?|child(?:ren)?|son|daughter|kindergartn?ers?|learners?|enroll(?:ed|s|ing)?|grade\s+(?:\d{1,2}|k)|\d{1,2}(?:st|nd|rd|th)\s+grader?|IEP|absent|suspended|transferred)\b/i;
const ROLE_BEFORE = /\b(?:mr|mrs|ms|dr|principal|superintendent|teacher|coach|director|chair|signed|by|attorney|counsel|officer)\.?\s*$/i;

export default defineDetector({
  meta: {
    kind: 'pii',
    category: 'student-name',
    mode: 'value',
    messages: { match: "A student's name appears in the text." },
  },
  detect({ sentences, report }) {
    for (const sentence of sentences) {
      if (!STUDENT_CONTEXT.test(sentence.text)) continue;
      const people = nlp(sentence.text).people().json({ offset: true, terms: { offset: true } }) as PersonJson[];
      for (const person of people) {
        const names = person.terms.filter((t) => t.tags.includes('FirstName') || t.tags.includes('LastName'));
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
