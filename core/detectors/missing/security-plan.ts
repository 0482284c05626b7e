import { defineProtectionDetector } from '../../protections';

export default defineProtectionDetector({
  category: 'security-plan',
  missing: 'The agreement includes no written data security and privacy plan from the vendor.',
  present: [/\b(?:data\s+)?(?:security\s+and\s+privacy|privacy\s+and\s+security|information\s+security)\s+plan\b/i],
});
