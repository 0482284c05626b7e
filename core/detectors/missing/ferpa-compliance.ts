import { defineProtectionDetector } from '../../protections';

export default defineProtectionDetector({
  category: 'ferpa-compliance',
  missing: "The agreement never binds the recipient to FERPA.",
  weakMessage: "FERPA is mentioned, but the recipient is never bound to comply with it.",
  present: [
    /\b(?:compl(?:y|ies|iance)|in\s+accordance|consistent|accordance|bound|school\s+officials?|obligations?)\b[^.;]{0,120}\b(?:FERPA|Family\s+Educational\s+Rights\s+and\s+Privacy\s+Act|34\s+C\.?F\.?R\.?\s+(?:Part\s+)?99|1232g)\b|\b(?:FERPA|Family\s+Educational\s+Rights\s+and\s+Privacy\s+Act)\b[^.;]{0,80}\b(?:compl\w+|school\s+officials?|99\.31)/i,
  ],
  weak: [
    /\b(?:FERPA|Family\s+Educational\s+Rights\s+and\s+Privacy\s+Act)\b/i,
  ],
});
