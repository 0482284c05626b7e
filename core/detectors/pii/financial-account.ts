import { defineElementDetector } from '../../elements';

export default defineElementDetector({
  category: 'financial-account',
  terms: /\b(?:credit\s+card(?:\s+(?:numbers?|information))?|debit\s+cards?|bank\s+account(?:\s+(?:numbers?|information))?|payment\s+(?:information|card|details)|billing\s+information|(?<!\b(?:district|school|board|company|organization|agency)(?:'s)?\s)financial\s+(?:information|account\s+(?:numbers?|information)|accounts?)|routing\s+numbers?)\b/gi,
  header: /card\s*(?:number|no)|account\s*(?:number|no)|routing|iban/i,
});
