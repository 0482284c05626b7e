import { defineElementDetector } from '../../elements';

export default defineElementDetector({
  category: 'race-ethnicity',
  terms: /\b(?:race\s*\/\s*ethnicity|race\s+and\s+ethnicity|race|ethnicity|ethnic\s+(?:code|group|background|origin)|racial\s+(?:group|identity|category|categories))\b(?!\s+to\s+the\s+top)/gi,
  header: /race|ethnic/i,
});
