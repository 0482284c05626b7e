import { defineClauseDetector } from '../../clauses';

export default defineClauseDetector({
  category: 'unilateral-changes',
  scored: "The sentence reads as letting the recipient change the terms without the school's agreement.",
  unless: /\b(?:only\s+(?:in|by)\s+(?:a\s+)?writ\w+|signed\s+by\s+both|mutual(?:ly)?\s+(?:written\s+)?agree|written\s+consent\s+of\s+the\s+(?:District|LEA|Board))/i,
  rules: {
    change: {
      pattern: /\b(?:may|can|reserves?\s+the\s+right\s+to)\s+(?:\w+\s+){0,3}?(?:change|modify|amend|update|revise)\b[^.;]{0,100}?\b(?:at\s+any\s+time|from\s+time\s+to\s+time|without\s+(?:prior\s+)?notice|in\s+(?:our|its)\s+(?:sole\s+)?discretion)/gi,
      message: "The recipient may change the terms on its own, at any time.",
    },
    discretion: {
      pattern: /\b(?:reserves?\s+the\s+right|(?:has|have|retains?)\s+(?:the\s+)?(?:sole\s+)?discretion)\b[^.;]{0,40}?\bto\s+(?:\w+\s+){0,2}?(?:change|modify|amend|update|revise)\s+(?:these|this|the|its|our)\s+(?:\w+\s+){0,2}?(?:terms|policy|statement|notice|agreement)\b/gi,
      message: "The recipient may change the terms on its own, at its discretion.",
    },
    continuedUse: {
      pattern: /\bcontinued\s+use\b[^.;]{0,80}?\b(?:constitutes?|means|signifies|deemed|indicates?)\b[^.;]{0,60}?\b(?:accept\w*|agree\w*|consent\w*)\b/gi,
      message: "Changed terms bind the school simply because it keeps using the service.",
      actor: 'any',
    },
  },
});
