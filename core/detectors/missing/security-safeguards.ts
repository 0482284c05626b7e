import { defineProtectionDetector } from '../../protections';

export default defineProtectionDetector({
  category: 'security-safeguards',
  missing: "The agreement sets no security requirements for student data.",
  weakMessage: "Security is promised only in vague terms (\"reasonable\" or \"industry standard\"), with no concrete safeguards.",
  present: [
    /\b(?:administrative,?\s+physical,?\s+and\s+technical|encrypt(?:ion|ed|s)?|password[- ]protected|secure\s+server|access\s+controls?|information\s+security\s+program|security\s+(?:program|plan|policies)|multi-?factor|background\s+checks?)\b/i,
  ],
  weak: [
    /\b(?:reasonable|appropriate|industry[- ]standard|commercially\s+reasonable)\s+(?:\w+\s+){0,2}(?:security|safeguards|measures|precautions)\b/i,
  ],
});
