import { defineElementDetector } from '../../elements';

export default defineElementDetector({
  category: 'family-name',
  terms: /\b(?:parents?|guardians?|mothers?|fathers?|famil(?:y|ies))(?:'s?)?\s*(?:\/\s*guardians?(?:'s?)?\s*)?(?:(?:full|legal)\s+)?names?\b/gi,
  header: /^(?:parent|guardian|mother|father)\b.*name|^(?:parent|guardian)$/i,
});
