import { defineElementDetector } from '../../elements';

export default defineElementDetector({
  category: 'email',
  terms: /\b(?:e-?mail\s+address(?:es)?|(?:student|parent|personal|school)\s+e-?mails?)\b/gi,
  listed: /\be-?mail\b/gi,
  header: /e-?mail/i,
});
