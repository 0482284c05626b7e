import { defineProtectionDetector } from '../../protections';

export default defineProtectionDetector({
  category: 'redisclosure-ban',
  missing: "The agreement never forbids the recipient from passing student data on.",
  present: [
    /\b(?:shall|will|must|may|agrees?|to)\s+not\s+(?:to\s+)?(?:\w+\s+)?(?:re-?disclose|disclose|share|release|transfer|distribute|make\s+(?:\w+\s+)?available)\b/i,
    // an item under "Vendor shall:" ("- Not disclose student data to any third party")
    /^\W*(?:\(?[a-z0-9]{1,3}[.)]\s*)?not\s+(?:re-?disclose|disclose|share|release|transfer)\b/i,
    /\bno\s+(?:re-?disclosure|further\s+disclosure)\b|\bprohibited\s+from\s+(?:re-?disclos|disclos|shar)\w*/i,
  ],
  negative: true,
  aboutData: true,
});
