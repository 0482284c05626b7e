import { defineClauseDetector } from '../../clauses';

export default defineClauseDetector({
  category: 'broad-purpose',
  scored: 'The sentence reads as leaving the purpose of the data open-ended.',
  aboutData: true,
  rules: {
    any: {
      pattern: /\bfor\s+any\s+(?:lawful\s+|other\s+|legitimate\s+)?purposes?\b|\bany\s+purpose\s+consistent\s+with\b|\bfuture\s+(?:research|studies|projects)\b|\bsuch\s+other\s+purposes\b|\bas\s+(?:it|we)\s+(?:deems?|sees?\s+fit|determines?)\b/gi,
      message: "The agreement lets the recipient use student data for open-ended purposes, not one stated project.",
    },
  },
});
