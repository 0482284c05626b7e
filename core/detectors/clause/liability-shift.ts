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
    solelyResponsible: {
      // "The District is responsible for the accuracy of the data it sends" is ordinary; all of the data, or the consequences, is not
      pattern: /\b(?:solely|exclusively|entirely)\s+responsible\s+for\s+(?:any\s+and\s+all|all|the\s+consequences\s+of)\b[^.;]{0,100}\b(?:data|information|records)\b/gi,
      message: "The district is made solely responsible for student data, including what happens to it in the recipient's hands.",
      actor: 'district',
    },
  },
});
