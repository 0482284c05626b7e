import { defineElementDetector } from '../../elements';

export default defineElementDetector({
  category: 'ssn',
  terms: /\b(?:social\s+security\s+(?:numbers?|nos?\.?|#)|SSNs?)\b/gi,
  header: /^(?:SSN|social\s*security(?:\s*(?:number|no\.?|#))?)$/i,
});
