import { defineClauseDetector } from '../../clauses';

export default defineClauseDetector({
  category: 'targeted-advertising',
  rules: {
    ads: {
      pattern: /\b(?:targeted|behaviou?ral|interest-based|personali[sz]ed)\s+(?:advertising|ads|advertisements|marketing)\b|\b(?:serve|show|display|deliver|send)\s+(?:you\s+|students\s+)?(?:ads|advertis\w+)\b/gi,
      message: "The recipient may use student data to target advertising.",
    },
  },
});
