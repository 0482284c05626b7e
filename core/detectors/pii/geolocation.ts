import { defineElementDetector } from '../../elements';

export default defineElementDetector({
  category: 'geolocation',
  terms: /\b(?:geo-?location(?:\s+data)?|GPS\s+(?:location|data|coordinates)|precise\s+location|location\s+(?:data|information|tracking))\b/gi,
  header: /geoloc|gps|latitude|longitude/i,
});
