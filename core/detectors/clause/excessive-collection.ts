import { defineClauseDetector } from '../../clauses';

export default defineClauseDetector({
  category: 'excessive-collection',
  scored: 'The sentence reads as collecting more student data than the work needs.',
  rules: {
    all: {
      pattern: /\b(?:any\s+and\s+all|all\s+available|all\s+other)\s+(?:student\s+)?(?:data|information|records)\b|\b(?:student-level\s+)?records\s+for\s+(?:every|all|each)\s+students?\s+enrolled\b/gi,
      message: "The agreement asks for more student data than its purpose needs.",
      actor: 'any',
    },
  },
});
