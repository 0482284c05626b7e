import { definePatternDetector } from '../../detector';

export default definePatternDetector({
  category: 'birthdate',
  mode: 'element',
  message: 'The document names or requests students\' dates of birth.',
  patterns: [
    { name: 'birth wording', regex: /\b(?:dates?|places?) of birth\b|\bbirth[- ]?(?:dates?|days?|places?)\b/gi, score: 0.8 },
    // "DOB" as a column header or field label
    { name: 'abbreviation', regex: /\bD\.?O\.?B\b\.?/g, score: 0.75 },
  ],
});
