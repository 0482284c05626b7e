import { defineClauseDetector } from '../../clauses';

// Whose acts the district answers for decides: its own breach or negligence is ordinary; the recipient's is
// a shift. Likewise a disclaimer about other companies' websites is not about the data in the recipient's hands.
const OWN_ACTS = /\b(?:District|School|LEA|Board|Customer|Institution)['’]s\s+(?:own\s+)?(?:material\s+)?(?:breach|negligen\w*|acts?|omissions?|willful|misconduct)\b/i;
const OTHERS_SITES =
  /\b(?:third[- ]part(?:y|ies)['’]?\s+(?:web\s*)?sites?|(?:practices|policies|content)\s+of\s+(?:any\s+)?(?:other|third|these|those)\b|(?:these|those|linked|other)\s+(?:web\s*)?sites\b|sites?\s+(?:to\s+which|that)\s+(?:the\s+)?(?:\w+\s+){0,2}links?\b)/i;

export default defineClauseDetector({
  category: 'liability-shift',
  scored: "The sentence reads as shifting the recipient's liability onto the school or district.",
  unless: OTHERS_SITES,
  rules: {
    indemnify: {
      pattern: /\b(?:indemnif(?:y|ies)|hold\s+(?:\w+\s+){0,6}?harmless|defend\s*(?:,|and)\s*(?:indemnify|hold))\b/gi,
      message: "The district must indemnify or defend the recipient, taking on the cost of its mistakes.",
      actor: 'district',
      unless: OWN_ACTS,
    },
    disclaim: {
      pattern: /\b(?:(?:shall|will)\s+not\s+be\s+(?:liable|responsible)|(?:is|are)\s+not\s+(?:liable|responsible)|(?:has|have)\s+no\s+liability|disclaims?\s+(?:all\s+|any\s+)?(?:liability|responsibility|warrant\w*)|in\s+no\s+event\s+(?:shall|will)\s+\w+\s+be\s+liable)\b[^.]{0,160}\b(?:data|information|breach|unauthori[sz]ed|loss|security|errors?|submissions?|damages)\b/gi,
      message: "The recipient disclaims responsibility for the loss or misuse of student data.",
      negative: true,
    },
    limits: {
      // a cap or an exclusion of the recipient's liability leaves the district with the rest of the loss
      pattern: /\b(?:in\s+no\s+event\s+(?:shall|will)\b[^.;]{0,200}?\bbe\s+liable|(?:total|aggregate|maximum|entire|cumulative)\s+liability\b[^.;]{0,200}?\bexceeds?\b|\bliability\b[^.;]{0,60}\blimited\s+to\b|(?:shall|will)\s+not\s+be\s+liable\s+for\s+any\s+(?:monetary\s+|indirect\s+|consequential\s+)?damages)/gi,
      message: "The recipient caps or excludes its own liability, so the district carries the rest of any loss.",
      negative: true,
      // a cap both sides share is a bargain, not a shift
      unless: /\b(?:either|neither|each)\s+party\b/i,
    },
    asIs: {
      pattern: /\bprovided\s+(?:to\s+you\s+)?(?:on\s+an?\s+|in\s+)?["“]?as[\s-]is\b|\bdisclaims?\b[^.;]{0,60}\bwarrant(?:y|ies)\b|\b(?:solely|entirely)\s+at\s+(?:your|user['’]s|the\s+user['’]s|its|their)\s+own\s+risk\b|\bentire\s+risk\b[^.;]{0,80}\bassumed\s+by\b/gi,
      message: "The service comes with no promise about the data's safety: the risk is the district's.",
      actor: 'any',
    },
    solelyResponsible: {
      // "The District is responsible for the accuracy of the data it sends" is ordinary; all of the data, or the consequences, is not
      pattern: /\b(?:solely|exclusively|entirely)\s+responsible\s+for\s+(?:any\s+and\s+all|all|the\s+consequences\s+of)\b[^.;]{0,100}\b(?:data|information|records)\b/gi,
      message: "The district is made solely responsible for student data, including what happens to it in the recipient's hands.",
      actor: 'district',
    },
  },
});
