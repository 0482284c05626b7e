import { defineClauseDetector } from '../../clauses';

export default defineClauseDetector({
  category: 'indefinite-retention',
  scored: 'The sentence reads as letting the recipient keep student data after the work, or with no end date.',
  aboutData: true,
  unless: /\b(?:delete|destroy|return)\w*\b[^.;]{0,80}\bwithin\s+\w+/i,
  rules: {
    keep: {
      pattern: /\b(?:retains?|keeps?|stores?|maintains?|holds?)\b[^.;]{0,160}?\b(?:indefinitely|in\s+perpetuity|perpetually|forever|after\s+(?:the\s+)?(?:termination|expiration|end)|for\s+(?:its|our)\s+(?:own\s+)?records|as\s+long\s+as\s+(?:it|we)\s+(?:deems?|determines?|sees?\s+fit|wish)|for\s+as\s+long\s+as\s+(?:necessary|needed)\s+for\s+(?:our|its)\s+(?:business|legitimate)|to\s+fulfill\s+(?:our|its)\s+(?:legitimate\s+)?business\s+purposes)\b/gi,
      message: "The recipient may keep student data with no end date, or after the agreement ends.",
    },
    remains: {
      // what is left behind after a deletion: copies in archives, backups, caches, or rows never purged
      pattern: /\b(?:may|will|can|might)\s+(?:still\s+|continue\s+to\s+)?(?:remain|persist|stay|be\s+kept|be\s+retained)\b[^.;]{0,60}?\b(?:records|archives?|backups?|servers|systems|databases?|cache[sd]?|logs)\b|\b(?:residual|archived|cached|backup)\s+(?:information|data|copies|records)\b[^.;]{0,40}?\b(?:remain|retain\w*|kept|persist)|\b(?:maintain|keep|retain)s?\s+(?:a\s+)?cop(?:y|ies)\s+of\b|\bnot\s+(?:be\s+)?(?:purged|erased)\b|\b(?:not\s+be\s+able|unable)\s+to\s+(?:remove|delete|erase)\b/gi,
      message: "Student data may stay in the recipient's archives, backups or records after it is deleted or the work ends.",
      negative: true,
      // whoever deletes, what stays behind stays in the recipient's systems
      actor: 'any',
    },
    reasons: {
      // keeping data for reasons of the recipient's own choosing sets no end date
      pattern: /\b(?:retain|keep|store|maintain)\w*\b[^.;]{0,80}?\bfor\s+(?:technical|legal|business|recordkeeping|record-keeping|archival|audit|backup|other)\b(?:,?\s+(?:or\s+|and\s+)?\w+){0,3}?\s+(?:reasons|purposes)\b|\b(?:retain|keep)\w*\b[^.;]{0,80}?\bas\s+(?:necessary|needed|required)\s+to\s+(?:comply|resolve|enforce)\b|\bfor\s+as\s+long\s+as\s+(?:needed|necessary|permitted|required)\s+(?:or\s+\w+\s+)?(?:in\s+light\s+of|for\s+(?:our|its)|by\s+(?:our|its))\b/gi,
      message: "The recipient may keep student data for reasons it chooses, with no end date.",
    },
    survives: {
      // a right to the data that outlasts the agreement, or a license that never ends
      pattern: /\b(?:license|licence|rights?)\b[^.;]{0,80}?\b(?:surviv\w+|continues?\s+after|remains?\s+in\s+effect\s+(?:even\s+)?after)\s+(?:the\s+|any\s+)?(?:termination|expiration|expiry)\b|\bperpetual\b[^.;]{0,80}?\blicen[cs]e\b[^.;]{0,80}?\b(?:content|data|submissions?|materials|information)\b/gi,
      message: "The recipient's rights to student data survive the end of the agreement.",
    },
  },
});
