import { defineProtectionDetector } from '../../protections';

export default defineProtectionDetector({
  category: 'audit-rights',
  missing: "The district has no right to audit or inspect how the recipient handles student data.",
  present: [
    /\b(?:audit|inspect|inspections?|examination|monitor)\w*\b[^.;]{0,100}\b(?:compliance|records|facilities|premises|security|systems|practices|data)\b/i,
    /\b(?:right\s+to\s+audit|on-?site\s+inspections?|independent\s+(?:security\s+)?(?:audit|assessment))\b/i,
  ],
});
