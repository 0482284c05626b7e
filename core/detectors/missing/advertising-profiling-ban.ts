import { defineProtectionDetector } from '../../protections';

export default defineProtectionDetector({
  category: 'advertising-profiling-ban',
  missing: 'The agreement never bans targeted advertising to students or building profiles of them.',
  present: [],
  bans: [
    /\b(?:shall|will|may|must|does|do|agrees?\s+to)\s+not\s+(?:[\w,]+\s+){0,8}?(?:(?:targeted|behavioral|personalized)\s+advertis\w*|advertis\w*|(?:student\s+)?profiles?)\b/i,
    /\bno\s+(?:targeted|behavioral|personalized)\s+advertising\b/i,
    /\bprohibited\s+from\s+(?:[\w,]+\s+){0,5}?(?:(?:targeted\s+)?advertis\w*|(?:building|creating)\s+(?:a\s+)?profiles?)\b/i,
  ],
});
