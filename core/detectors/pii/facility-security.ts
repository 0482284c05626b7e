import { defineElementDetector } from '../../elements';

export default defineElementDetector({
  category: 'facility-security',
  terms: /\b(?:floor\s+plans?|campus\s+maps?|building\s+(?:plans|layouts?|maps?)|security\s+(?:cameras?|plans?|procedures)|emergency\s+(?:response\s+)?(?:plans?|procedures)|school\s+safety\s+plans?|evacuation\s+(?:plans?|routes?)|surveillance\s+(?:footage|cameras?))\b/gi,
});
