import { defineProtectionDetector } from '../../protections';

export default defineProtectionDetector({
  category: 'reidentification-ban',
  missing: "The agreement never forbids re-identifying de-identified student data.",
  present: [
    /\b(?:not|never)\s+(?:\w+\s+){0,2}(?:attempt\s+to\s+)?re-?identify\b|\bno\s+(?:attempt\s+(?:to|at)\s+)?re-?identification\b|\bprohibit\w*\s+(?:\w+\s+){0,3}?from\s+(?:attempting\s+to\s+)?(?:re-?identif\w*|identify)/i,
    // "shall not attempt to translate anonymized data back to the identity of a person"
    /\b(?:not|never)\s+(?:\w+\s+){0,2}attempt\s+to\s+(?:identify|link|translate|match)\b[^.;]{0,80}\b(?:identit(?:y|ies)|individuals?|students?|persons?)\b/i,
  ],
  negative: true,
});
