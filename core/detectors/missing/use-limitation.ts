import { defineProtectionDetector } from '../../protections';

export default defineProtectionDetector({
  category: 'use-limitation',
  missing: "The agreement never limits what the recipient may use student data for.",
  present: [
    /\b(?:use|process|access|disclose)\s+(?:[\w-]+\s+){0,3}?(?:data|information|records|materials?)\s+(?:solely|only|exclusively)\b/i,
    // "for the sole purpose of", "only as necessary to"
    /\bfor\s+the\s+(?:sole|limited|exclusive|specific)\s+purposes?\b|\bonly\s+as\s+(?:necessary|needed|required)\s+to\b/i,
    /\b(?:solely|only|exclusively)\s+(?:to|for)\s+(?:the\s+)?(?:purposes?\s+of|provid\w+|perform\w*|deliver\w*)/i,
    /\bfor\s+no\s+other\s+purpose\b|\bother\s+than\s+(?:to\s+)?(?:provid\w+|perform\w*)\s+the\s+(?:Services|study|work)\b/i,
  ],
  // "shall not be used for any purpose not related to the scope of work"
  bans: [/\bfor\s+(?:any|no)\s+(?:other\s+)?purposes?\s+(?:not|other\s+than|except|unrelated)\b/i],
  aboutData: true,
});
