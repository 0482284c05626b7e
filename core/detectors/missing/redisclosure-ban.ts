import { defineProtectionDetector } from '../../protections';

export default defineProtectionDetector({
  category: 'redisclosure-ban',
  missing: "The agreement never forbids the recipient from passing student data on.",
  present: [
    /\b(?:shall|will|must|may|agrees?|to)\s+not\s+(?:to\s+)?(?:\w+\s+(?:or\s+)?){0,2}?(?:re-?disclose|disclose|share|release|transfer|distribute|pass\s+(?:\w+\s+)?on|hand\s+(?:\w+\s+)?over|make\s+(?:\w+\s+)?available)\b/i,
    // the ban in the passive: "may not be shared with anyone who has not signed"
    /\b(?:shall|will|must|may|can)\s+not\s+be\s+(?:re-?disclosed|disclosed|shared|released|transferred|distributed|made\s+available)\b/i,
    // an item under "Vendor shall:" ("- Not disclose student data to any third party")
    /^\W*(?:\(?[a-z0-9]{1,3}[.)]\s*)?not\s+(?:re-?disclose|disclose|share|release|transfer)\b/i,
    /\bno\s+(?:re-?disclosure|further\s+disclosure)\b|\bprohibited\s+from\s+(?:re-?disclos|disclos|shar)\w*/i,
  ],
  negative: true,
  aboutData: true,
});
