import { defineClauseDetector } from '../../clauses';

export default defineClauseDetector({
  category: 'no-parental-consent',
  scored: 'The sentence reads as sharing student data without asking or telling parents.',
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
    schoolInstead: {
      pattern: /\b(?:consent|agree\w*|approv\w*)\b[^.;]{0,60}?\b(?:parents?|guardians?)\b[^.;]{0,20}?\bor\s+(?:an?\s+|the\s+|their\s+|your\s+)?(?:educators?|instructors?|teachers?|schools?|educational\s+institutions?)\b|\b(?:educators?|instructors?|teachers?|schools?|educational\s+institutions?),\s+(?:or\s+)?(?:the\s+child's\s+|a\s+|your\s+)?(?:parents?|guardians?)\b[^.;]{0,30}?\b(?:must|may|can)\s+(?:agree|consent)|\bconsent\s+of\s+(?:their|the|your)\s+(?:educational\s+institution|school|educator|instructor)\s+or\b/gi,
      message: "A school or teacher may consent in place of parents.",
      actor: 'any',
      negative: true,
    },
  },
});
