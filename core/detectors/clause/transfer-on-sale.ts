import { defineClauseDetector } from '../../clauses';

export default defineClauseDetector({
  category: 'transfer-on-sale',
  scored: 'The sentence reads as passing student data to a buyer if the business is sold.',
  aboutData: true,
  // an unauthorized acquisition of data is a breach, not a sale of the company
  unless: /\bunauthori[sz]ed\s+(?:[\w-]+,?\s+){0,3}?acquisition\b|\b(?:successor\s+(?:shall|must|will)\s+(?:be\s+bound|comply|honor|assume)|bound\s+by\s+(?:the\s+)?(?:same|this)|written\s+(?:consent|approval)\s+of\s+the\s+(?:District|LEA|Board)|delete\w*\s+(?:all\s+)?(?:student\s+)?data\s+before)/i,
  rules: {
    sale: {
      pattern: /\b(?:merger|acquisition|acquired|sale\s+of\s+(?:all\s+or\s+)?(?:substantially\s+all\s+)?(?:of\s+)?(?:our|its|the\s+company's)?\s*assets|bankruptcy|reorgani[sz]ation|change\s+(?:of|in)\s+control)\b/gi,
      message: "Student data can pass to a buyer or successor if the recipient is sold or merged.",
      actor: 'any',
    },
  },
});
