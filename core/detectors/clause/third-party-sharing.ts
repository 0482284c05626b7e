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
  },
});
