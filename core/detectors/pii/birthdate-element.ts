import { defineElementDetector } from '../../elements';

export default defineElementDetector({
  category: 'birthdate',
  terms: /\b(?:dates?\s+of\s+birth|birth[\s-]?dates?|birthdays?|D\.?O\.?B)\b/gi,
  header: /^(?:DOB|D\.O\.B\.?|date\s*of\s*birth|birth\s*-?\s*date|birthday)$/i,
});
