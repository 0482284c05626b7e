import { defineClauseDetector } from '../../clauses';

export default defineClauseDetector({
  category: 'third-party-sharing',
  aboutData: true,
  unless: /\b(?:bound\s+by|at\s+least\s+as\s+(?:protective|stringent|restrictive)|same\s+(?:terms|obligations|restrictions|conditions)|written\s+(?:consent|approval)\s+of\s+the\s+(?:District|LEA|Board|School))\b/i,
  rules: {
    share: {
      pattern: /\b(?:may|can|might|will|shall|reserves?\s+the\s+right\s+to|(?:is|are|shall\s+be)\s+(?:permitted|entitled|allowed|authori[sz]ed|free)\s+to)\s+(?:\w+\s+){0,4}?(?:share|disclose|provide|transfer|sell|release|make\s+(?:\w+\s+)?available)\b[^.;]{0,160}?\b(?:third[- ]part(?:y|ies)|subcontractors?|affiliates?|(?:business\s+)?partners|vendors|service\s+providers|consultants|funders|sponsors|other\s+(?:organizations|companies|entities))\b/gi,
      message: "The recipient may pass student data on to third parties such as subcontractors, affiliates or funders.",
    },
    provides: {
      pattern: /\b(?:provides?|shares?|discloses?|transfers?|sells?)\s+(?:[\w-]+\s+){0,5}?(?:information|data)\s+(?:\w+\s+){0,3}?(?:to|with)\s+(?:our\s+|its\s+)?(?:[\w-]+,?\s+){0,2}?(?:partners|partner\s+companies|vendors|affiliat\w+|third[- ]part(?:y|ies)|service\s+providers|advertisers)\b/gi,
      message: "The recipient passes student data on to partners, vendors or affiliates.",
    },
    exceptions: {
      pattern: /\b(?:not|never)\s+(?:\w+\s+){0,2}?(?:share|disclose|provide|transfer|sell)\b[^.;]{0,100}?\b(?:third[- ]part(?:y|ies)|affiliat\w+|partners)\b[^.;]{0,60}?\b(?:other\s+than\s+as\s+(?:described|set\s+forth|provided)\s+in|except\s+(?:as\s+described\s+in|to\s+the\s+extent\s+necessary))/gi,
      message: "The promise not to share student data has an exception as wide as the recipient's own policies.",
      negative: true,
    },
  },
});
