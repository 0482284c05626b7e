import { defineElementDetector } from '../../elements';

export default defineElementDetector({
  category: 'discipline',
  terms: /\b(?:disciplin(?:e|ary)\s+(?:records?|actions?|incidents?|history|data|referrals?)|suspensions?(?!\s+of\b)|expulsions?|behaviou?r(?:al)?\s+(?:incidents?|records?|referrals?)|office\s+referrals?)\b/gi,
  header: /suspen|expul|disciplin|behaviou?r\s*incident/i,
});
