import { defineProtectionDetector } from '../../protections';

export default defineProtectionDetector({
  category: 'use-limitation',
  missing: "The agreement never limits what the recipient may use student data for.",
  present: [
    /\b(?:use|process|access|disclose)\s+(?:(?:student|the)\s+)?(?:data|information|records)\s+(?:solely|only|exclusively)\b/i,
    /\b(?:solely|only|exclusively)\s+(?:to|for)\s+(?:the\s+)?(?:purposes?\s+of|provid\w+|perform\w*|deliver\w*)/i,
    /\bfor\s+no\s+other\s+purpose\b|\bother\s+than\s+(?:to\s+)?(?:provid\w+|perform\w*)\s+the\s+(?:Services|study|work)\b/i,
  ],
  aboutData: true,
});
