import { defineClauseDetector } from '../../clauses';

export default defineClauseDetector({
  category: 'commercial-use',
  aboutData: true,
  rules: {
    sale: {
      pattern: /\b(?:sell|rent|lease|trade|monetiz\w+|licen[cs]e|barter)\b(?:\s*,\s*\w+)*(?:\s+(?:or|and)\s+\w+)?\s+(?:\w+\s+){0,3}?(?:data|information|records)\b/gi,
      message: "The recipient may sell, rent or license student data.",
    },
    commercial: {
      pattern: /\b(?:for|to)\s+(?:its\s+own\s+|our\s+own\s+)?(?:commercial|marketing|promotional)\s+purposes\b/gi,
      message: "The recipient may use student data for its own commercial or marketing purposes.",
    },
  },
});
