import { defineElementDetector } from '../../elements';

export default defineElementDetector({
  category: 'economic-status',
  terms: /\b(?:free\s+(?:(?:and|or|\/)\s+)?(?:reduced(?:[- ]price)?\s+)?(?:lunch|meals?)(?:\s+(?:status|eligibility))?|(?:free|reduced)[- ](?:price\s+)?(?:lunch|meals?)|FRL|FRPL|FARMS|economically\s+disadvantaged|low[- ]income\s+status|lunch\s+status|meal\s+(?:status|eligibility)|directly\s+certified|direct\s+certification|family\s+income|household\s+income)\b/gi,
  header: /lunch|meal|^FRL|^FRPL|econ|income/i,
});
