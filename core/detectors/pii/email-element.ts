import { defineElementDetector, withListed } from '../../elements';

export default defineElementDetector({
  category: 'email',
  terms: withListed(/\b(?:e-?mail\s+address(?:es)?|(?:student|parent|personal|school)\s+e-?mails?)\b/gi, 'e-?mail'),
  header: /e-?mail/i,
});
