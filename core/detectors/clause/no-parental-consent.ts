import { defineClauseDetector } from '../../clauses';

export default defineClauseDetector({
  category: 'no-parental-consent',
  unless: /\b(?:shall|will|may|must)\s+not\s+(?:re-?disclose|disclose|share|release|transfer)\b/i,
  rules: {
    notice: {
      pattern: /\b(?:not\s+be\s+required\s+to|need\s+not|will\s+not|shall\s+not|is\s+not\s+required\s+to)\s+(?:\w+\s+)?(?:notify|inform|tell|contact)\s+(?:the\s+)?(?:parents|guardians|families)\b/gi,
      message: "Parents will not be told that their children's records are shared.",
      actor: 'any',
      negative: true,
    },
    consent: {
      pattern: /\bno\s+(?:prior\s+)?(?:written\s+)?consent\s+(?:from|of)\s+(?:the\s+)?(?:parents|guardians|eligible\s+students)\b|\bwithout\s+(?:the\s+)?(?:prior\s+)?(?:written\s+)?(?:consent|knowledge|notice)\s+(?:of|from)\s+(?:the\s+)?(?:parents|guardians)\b|\bconsent\s+on\s+behalf\s+of\s+(?:the\s+)?(?:students'?\s+)?parents\b|\bin\s+lieu\s+of\s+(?:parental|parents'?)\s+consent\b|\bact(?:s|ing)?\s+as\s+(?:the\s+)?(?:parent's\s+|parents'\s+)?agent\b[^.;]{0,60}\bconsent\b/gi,
      message: "Student data is shared without the consent of parents, or the school consents in their place.",
      actor: 'any',
      negative: true,
    },
  },
});
