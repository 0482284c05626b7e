import { defineProtectionDetector } from '../../protections';

export default defineProtectionDetector({
  category: 'parent-access',
  missing: "The agreement gives parents no way to review or correct their child's records.",
  present: [
    /\b(?:parents?|guardians?|eligible\s+students?|families)\b[^.;]{0,100}\b(?:review|inspect|access|correct\w*|amend\w*|request\s+(?:a\s+)?cop(?:y|ies)|challenge)\b/i,
  ],
});
