import { defineClauseDetector } from '../../clauses';

export default defineClauseDetector({
  category: 'offshore-storage',
  scored: 'The sentence reads as storing or moving student data outside the country.',
  aboutData: true,
  rules: {
    abroad: {
      pattern: /\b(?:outside\s+(?:of\s+)?the\s+United\s+States|outside\s+the\s+U\.?S\.?|in\s+other\s+countries|outside\s+(?:of\s+)?(?:your|the\s+user's)\s+(?:home\s+)?country|any\s+country\s+(?:in\s+which|where)|countries\s+other\s+than|international(?:ly)?\s+transfer\w*|transferred\s+(?:to\s+and\s+)?(?:stored|processed)\s+(?:in|on)\s+servers?\s+(?:located\s+)?(?:in|outside))/gi,
      message: "Student data may be stored or processed outside the United States.",
    },
  },
});
