import { defineClauseDetector } from '../../clauses';

export default defineClauseDetector({
  category: 'indefinite-retention',
  scored: 'The sentence reads as letting the recipient keep student data after the work, or with no end date.',
  aboutData: true,
  unless: /\b(?:delete|destroy|return)\w*\b[^.;]{0,80}\bwithin\s+\w+/i,
  rules: {
    keep: {
      pattern: /\b(?:retains?|keeps?|stores?|maintains?|holds?)\b[^.;]{0,160}?\b(?:indefinitely|in\s+perpetuity|perpetually|forever|after\s+(?:the\s+)?(?:termination|expiration|end)|for\s+(?:its|our)\s+(?:own\s+)?records|as\s+long\s+as\s+(?:it|we)\s+(?:deems?|determines?|sees?\s+fit|wish)|for\s+as\s+long\s+as\s+(?:necessary|needed)\s+for\s+(?:our|its)\s+(?:business|legitimate)|to\s+fulfill\s+(?:our|its)\s+(?:legitimate\s+)?business\s+purposes)\b/gi,
      message: "The recipient may keep student data with no end date, or after the agreement ends.",
    },
    survives: {
      pattern: /\b(?:license|rights?)\b[^.;]{0,80}\bsurviv\w+\s+(?:the\s+)?(?:termination|expiration)\b/gi,
      message: "The recipient's rights to student data survive the end of the agreement.",
    },
  },
});
