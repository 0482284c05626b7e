import { defineClauseDetector } from '../../clauses';

export default defineClauseDetector({
  category: 'liability-shift',
  rules: {
    indemnify: {
      pattern: /\b(?:indemnify|hold\s+harmless|defend)\b/gi,
      message: "The district must indemnify or defend the recipient, taking on the cost of its mistakes.",
      actor: 'district',
    },
    disclaim: {
      pattern: /\b(?:(?:shall|will)\s+not\s+be\s+(?:liable|responsible)|(?:is|are)\s+not\s+(?:liable|responsible)|disclaims?\s+(?:all\s+|any\s+)?(?:liability|responsibility|warrant\w*)|in\s+no\s+event\s+(?:shall|will)\s+\w+\s+be\s+liable)\b[^.]{0,160}\b(?:data|information|breach|unauthori[sz]ed|loss|security)\b/gi,
      message: "The recipient disclaims responsibility for the loss or misuse of student data.",
      negative: true,
    },
  },
});
