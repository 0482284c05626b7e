import { defineProtectionDetector } from '../../protections';

export default defineProtectionDetector({
  category: 'deletion-on-termination',
  missing: "The agreement never requires the recipient to delete or return student data when the work ends.",
  weakMessage: "Deletion is promised only \"when no longer needed\", with no deadline.",
  present: [
    /\b(?:delete|destroy|dispose\s+of|return|erase|purge)\w*\b[^.;]{0,160}\b(?:within\s+(?:[\w-]+\s+)?\(?\d*\)?\s*(?:business\s+|calendar\s+)?(?:days?|hours?|weeks?|months?)|upon\s+(?:the\s+)?(?:termination|expiration|end|completion|conclusion|request)|at\s+the\s+(?:end|conclusion|termination|expiration)|immediately)/i,
    /\b(?:upon|after|following|within\s+[\w-]+\s+(?:\(\d+\)\s+)?days\s+(?:of|after))\s+(?:the\s+)?(?:termination|expiration|end|completion)\b[^.;]{0,160}\b(?:delete|destroy|dispose|return|erase|purge)\w*/i,
    // a deadline first, then what must have happened by it: "certify within five days that all copies were erased"
    /\bwithin\s+(?:[\w-]+\s+)?\(?\d*\)?\s*(?:business\s+|calendar\s+)?(?:days?|hours?|weeks?)\b[^.;]{0,200}?\b(?:deleted|destroyed|erased|purged|returned|disposed\s+of)\b/i,
  ],
  weak: [
    /\b(?:delete|destroy|dispose\s+of|return|erase|purge)\w*\b[^.;]{0,120}\b(?:no\s+longer\s+(?:needed|necessary|required)|when\s+(?:it\s+is\s+)?no\s+longer|as\s+(?:soon\s+as\s+)?(?:practicable|reasonably\s+possible))/i,
  ],
  aboutData: true,
});
