import { defineProtectionDetector } from '../../protections';

const SUBCONTRACTORS = String.raw`(?:subcontractors?|sub-?processors?|agents|service\s+providers|assignees)`;

export default defineProtectionDetector({
  category: 'subprocessor-flowdown',
  missing: 'The agreement never requires subcontractors to follow the same data-protection terms.',
  present: [
    new RegExp(String.raw`\b${SUBCONTRACTORS}\b[^.;]{0,160}\b(?:bound\s+by|subject\s+to|comply\s+with|abide\s+by|agree\s+to)\b[^.;]{0,80}\b(?:same|these|this\s+(?:Agreement|DPA|Addendum)|equivalent|no\s+less|at\s+least\s+as)\b`, 'i'),
    new RegExp(String.raw`\b(?:bind|require|obligate)\w*\s+(?:all\s+|any\s+|each\s+|its\s+)?${SUBCONTRACTORS}\b[^.;]{0,120}\b(?:same|these|equivalent|no\s+less)\b`, 'i'),
  ],
});
