import { definePatternDetector } from '../../detector';

export default definePatternDetector({
  category: 'student-id',
  mode: 'value',
  message: 'A student identifier appears in the text.',
  patterns: [
    {
      name: 'labelled id',
      regex: /\b(?:student\s*(?:id|#|number|no\.?)|SASID|LASID|SSID|NYSSIS|state\s+id|pupil\s+(?:id|number))\s*(?:(?:number|no\.?|#)\s*)?(?:[:#=]\s*)?([A-Z]{0,3}-?\d{5,12})\b/gi,
      score: 0.9,
      group: 1,
    },
  ],
  negativeContext: ['invoice', 'order', 'purchase order', 'contract number'],
  // a run of one digit or an ascending run is a form's filler
  placeholder: (value) => /^(\d)\1+$/.test(value.replace(/\D/g, '')) || '0123456789012'.includes(value.replace(/\D/g, '')),
});
