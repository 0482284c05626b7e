import { defineElementDetector } from '../../elements';

export default defineElementDetector({
  category: 'gender',
  terms: /\b(?:gender(?:\s+identity)?|sex)\b(?!\s*(?:offenders?|education|discrimination|-based|based|harassment))/gi,
  header: /^(?:gender|sex|m\/f)$/i,
});
