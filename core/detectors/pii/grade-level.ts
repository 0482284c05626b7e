import { defineElementDetector } from '../../elements';

export default defineElementDetector({
  category: 'grade-level',
  terms: /\b(?:grade\s+levels?|grade\s+in\s+school|current\s+grade|grade\s*\/\s*year|year\s+level)\b/gi,
  header: /^(?:grade|gr\.?|grade\s*level|current\s*grade|year\s*level)$/i,
});
