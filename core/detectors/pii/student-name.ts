import { defineElementDetector } from '../../elements';

// Names in a roster column are found by the column header; a person's name in prose by person-name.ts.
export default defineElementDetector({
  category: 'student-name',
  terms: /\b(?:students?(?:'s?)?\s+(?:(?:full|legal|first|last|middle|preferred)\s+)?(?:(?:and|&|or)\s+(?:first|last|middle)\s+)?names?|(?:first|last|middle|given|sur)\s*names?\s+of\s+(?:each\s+|all\s+)?students?|names?\s+of\s+(?:each\s+|all\s+|the\s+)?students?|(?:your|your child's|child's)\s+(?:full\s+)?names?|student\s+first\s+and\s+last\s+names?)\b/gi,
  listed: /\b(?:full\s+)?names?\b/gi,
  header: /^(?:(?:student|child|pupil)(?:'s)?\s*)?(?:full\s*|first\s*|last\s*|legal\s*)?name$|^(?:first|last|given|family|sur)\s*name$|^student$/i,
});
