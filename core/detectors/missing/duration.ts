import { defineProtectionDetector } from '../../protections';

export default defineProtectionDetector({
  category: 'duration',
  missing: "The agreement has no end date, so the sharing never stops on its own.",
  weakMessage: "The agreement runs until someone ends it, or renews itself, with no fixed end date.",
  present: [
    /\b(?:shall|will)\s+(?:terminate|expire|end)\s+on\b|\b(?:expires?|ends?|terminat\w+)\s+on\s+(?:[A-Z][a-z]+\s+\d|\d)|\b(?:term|period)\s+of\s+(?:[\w-]+\s+)?\(?\d*\)?\s*(?:years?|months?)\b|\b(?:effective|in\s+effect)\s+(?:from|through|until)\s+(?:[A-Z][a-z]+\s+\d|\d)|\bthrough\s+(?:June|December|[A-Z][a-z]+)\s+\d{1,2},?\s+\d{4}\b/i,
    // tied to the contract it serves, which ends; or a blank the signed copy fills in
    /\b(?:continues?|remains?\s+in\s+(?:full\s+)?(?:force|effect)|is\s+effective|in\s+effect)\s+(?:for|during|through)\s+the\s+(?:duration|term|life)\s+of\b|\bfrom\s+_{3,}\s*(?:until|to|through)\s+_{3,}/i,
  ],
  weak: [
    /\b(?:continues?|remains?\s+in\s+effect)\s+until\s+(?:terminated|cancell?ed)\b|\bautomatically\s+renew\w*/i,
  ],
});
