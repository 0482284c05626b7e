import { defineElementDetector } from '../../elements';

export default defineElementDetector({
  category: 'student-id',
  terms: /\b(?:SASIDs?|LASIDs?|SSIDs?|NYSSIS|state[- ]assigned\s+(?:student\s+)?(?:id(?:entifier)?s?|numbers?)|(?:unique|local|district|state|scrambled|encrypted|hashed)\s+(?:student\s+)?(?:identifiers?|id(?:entification)?\s+numbers?|ids?)|student\s+(?:id(?:entification)?|identifier)\s*(?:numbers?|#)?s?|student\s+numbers?)\b/gi,
  header: /^(?:SASID|LASID|SSID|NYSSIS|student\s*(?:id|#|no\.?|number|identifier)|state\s*(?:student\s*)?id|local\s*id|district\s*id)$/i,
});
