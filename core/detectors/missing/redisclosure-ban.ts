import { defineProtectionDetector } from '../../protections';

export default defineProtectionDetector({
  category: 'redisclosure-ban',
  missing: "The agreement never forbids the recipient from passing student data on.",
  present: [
    /\b(?:shall|will|must|may)\s+not\s+(?:\w+\s+)?(?:re-?disclose|disclose|share|release|transfer|make\s+(?:\w+\s+)?available)\b/i,
    /\bno\s+(?:re-?disclosure|further\s+disclosure)\b|\bprohibited\s+from\s+(?:re-?disclos|disclos|shar)\w*/i,
  ],
  negative: true,
  aboutData: true,
});
