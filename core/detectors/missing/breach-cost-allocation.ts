import { defineProtectionDetector } from '../../protections';

const BREACH_COSTS = String.raw`(?:breach|notif\w*|credit\s+monitoring|unauthori[sz]ed\s+(?:access|release|disclosure))`;

export default defineProtectionDetector({
  category: 'breach-cost-allocation',
  missing: 'The agreement does not say who pays the costs of a data breach, such as notifying families.',
  present: [
    new RegExp(String.raw`\b(?:pay|reimburse|bear|responsible\s+for)\w*\b[^.;]{0,100}\b(?:costs?|expenses?)\b[^.;]{0,120}\b${BREACH_COSTS}`, 'i'),
    new RegExp(String.raw`\b(?:costs?|expenses?)\s+of\s+(?:[\w,]+\s+){0,6}?${BREACH_COSTS}[^.;]{0,120}\b(?:paid|borne|reimbursed)\b`, 'i'),
  ],
});
