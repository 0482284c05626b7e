import { defineElementDetector } from '../../elements';

export default defineElementDetector({
  category: 'enrollment-history',
  terms: /\b(?:(?:student|daily)\s+attendance(?:\s+(?:records?|data|rates?))?|attendance\s+(?:records?|data|rates?)|absences?|chronic(?:ally)?\s+absen\w+|enrollment\s+(?:history|dates?|status|records?)|entry\s+(?:and|\/)\s+exit\s+dates?|withdrawal\s+dates?|school\s+of\s+enrollment|transfer\s+history)\b/gi,
  header: /attendance|absen|enroll|entry\s*date|exit\s*date|withdraw/i,
});
