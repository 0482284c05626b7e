import { defineProtectionDetector } from '../../protections';

export default defineProtectionDetector({
  category: 'ny-bill-of-rights',
  missing: 'The agreement does not include the Parents’ Bill of Rights for Data Privacy and Security that New York requires.',
  present: [/\bparents['’]?\s+bill\s+of\s+rights\b/i],
});
