import { defineProtectionDetector } from '../../protections';

export default defineProtectionDetector({
  category: 'reidentification-ban',
  missing: "The agreement never forbids re-identifying de-identified student data.",
  present: [
    /\b(?:not|never)\s+(?:\w+\s+){0,2}(?:attempt\s+to\s+)?re-?identify\b|\bno\s+(?:attempt\s+(?:to|at)\s+)?re-?identification\b|\bprohibited\s+from\s+(?:attempting\s+to\s+)?re-?identif\w*/i,
  ],
  negative: true,
});
