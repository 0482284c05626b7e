import { defineElementDetector } from '../../elements';

export default defineElementDetector({
  category: 'educator-record',
  terms: /\b(?:teacher\s+(?:evaluations?|ratings?|effectiveness\s+(?:ratings?|scores?|data)|performance\s+(?:data|ratings?)|certification\s+records?)|educator\s+(?:evaluations?|records?)|staff\s+evaluations?|personnel\s+(?:files?|records?))\b/gi,
  header: /teacher\s*(?:id|name|rating)|educator|evaluat/i,
});
