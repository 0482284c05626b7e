import { defineClauseDetector } from '../../clauses';

export default defineClauseDetector({
  category: 'targeted-advertising',
  scored: 'The sentence reads as using student data for advertising or profiles.',
  rules: {
    ads: {
      pattern: /\b(?:targeted|behaviou?ral|interest-based|personali[sz]ed)\s+(?:advertising|ads|advertisements|marketing)\b|\b(?:serve|show|display|deliver|send)\s+(?:you\s+|students\s+)?(?:ads|advertis\w+)\b/gi,
      message: "The recipient may use student data to target advertising.",
    },
  },
});
