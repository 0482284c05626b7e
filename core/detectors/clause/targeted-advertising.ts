import { defineClauseDetector } from '../../clauses';

export default defineClauseDetector({
  category: 'targeted-advertising',
  scored: 'The sentence reads as using student data for advertising or profiles.',
  rules: {
    ads: {
      pattern: /\b(?:targeted|behaviou?ral|interest-based|personali[sz]ed|tailored|relevant)\s+(?:advertising|ads|advertisements?|marketing)\b|\b(?:serve|show|display|deliver|send|provide)\s+(?:you\s+|students\s+|users\s+)?(?:with\s+)?(?:ads|advertis\w+)\b|\b(?:for|to)\s+(?:\w+\s+)?advertising\s+purposes\b|\badvertis\w*\b[^.;]{0,60}?\b(?:(?:is|are)\s+)?(?:customi[sz]ed|tailored|personali[sz]ed|targeted)\b|\badvertis\w+\s+(?:on\s+)?(?:other|third[- ]party)\s+(?:web)?sites\b|\badvertis\w+\s+to\s+(?:potential|prospective)\s+customers\b/gi,
      message: "The recipient may use student data to target advertising.",
    },
    profiles: {
      // building a profile of a child, or offers fitted to one, is the groundwork of targeting
      pattern: /\b(?:create|build|compile|develop|draw)\w*\s+(?:a\s+|user\s+|marketing\s+|individual\s+)*profiles?\b|\b(?:products|offers|content|promotions)\s+(?:and\s+\w+\s+)?tailored\s+to\s+(?:you|each\s+(?:user|student))\b|\badvertising\s+partners\b[^.;]{0,80}?\b(?:cookies|track\w*|collect\w*)\b/gi,
      message: "The recipient may build profiles of students, or fit offers to them.",
    },
  },
});
