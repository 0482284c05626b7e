import { defineClauseDetector } from '../../clauses';

export default defineClauseDetector({
  category: 'commercial-use',
  scored: 'The sentence reads as letting the recipient use student data for its own business.',
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
    purposes: {
      pattern: /\bfor\s+(?:[\w-]+(?:,\s*|\s+(?:and|or)\s+)){0,6}(?:other\s+)?(?:commercial|marketing|promotional|advertising)\s+purposes\b/gi,
      message: "The recipient may use student data for marketing or other commercial purposes.",
    },
    marketing: {
      // marketing mail to the families and teachers whose data the service holds
      pattern: /\b(?:send|e-?mail|contact|provide)\s+(?:you|users?|parents?|teachers?|families)\b[^.;]{0,80}?\b(?:promotional|marketing|offers|newsletters?|special\s+deals)\b|\b(?:commercial|promotional|marketing)\s+(?:e-?mails?|messages?|materials?|communications?|offers)\b/gi,
      message: "The recipient may use contact details from the service to send marketing to users.",
    },
    products: {
      pattern: /\b(?:develop\w*\s+(?:[\w-]+,?\s+){0,2}?(?:other|new|additional|future)\b,?\s+(?:[\w-]+\s+){0,2}?(?:products|services|sites|applications|offerings|features)|(?:development|marketing)\s+(?:\w+\s+){0,3}?of\s+(?:new\s+|other\s+)?products|in\s+(?:its|our)?\s*marketing\s+(?:materials|efforts|campaigns))\b/gi,
      message: "The recipient may use student data, or what it learns from it, to build and market its other products.",
    },
  },
});
