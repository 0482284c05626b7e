import { defineElementDetector } from '../../elements';

export default defineElementDetector({
  category: 'biometric',
  terms: /\b(?:biometric\s+(?:data|information|identifiers?|records?)|fingerprints?|face\s*prints?|facial\s+(?:recognition|geometry)|retina\s+scans?|iris\s+scans?|voice\s*prints?|hand\s+geometry)\b/gi,
});
