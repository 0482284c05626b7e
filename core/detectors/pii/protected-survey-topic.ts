import { defineElementDetector } from '../../elements';

export default defineElementDetector({
  category: 'protected-survey-topic',
  terms: /\b(?:political\s+affiliations?(?:\s+or\s+beliefs)?|religious\s+(?:practices|affiliations?|beliefs?)|sex(?:ual)?\s+behaviou?r(?:\s+or\s+attitudes)?|illegal,?\s+anti-?social|self-incriminating|mental\s+(?:or|and)\s+psychological\s+problems|critical\s+appraisals)\b/gi,
});
