import { defineClauseDetector } from '../../clauses';

// What changes must be the terms that govern the data: prices, features or bus routes are another matter.
const TERMS = '(?:these|this|the|its|our|any\\s+of\\s+the|any\\s+of\\s+these)\\s+(?:[\\w-]+\\s+){0,2}?(?:terms|policy|policies|statement|notice|agreement|conditions)\\b(?!\\s+address)';
const CHANGE = '(?:change|modify|amend|update|revise|replace)';

export default defineClauseDetector({
  category: 'unilateral-changes',
  scored: "The sentence reads as letting the recipient change the terms without the school's agreement.",
  // a change that needs the other side's signature or consent is no unilateral change
  unless:
    /\b(?:either|each)\s+party\s+may\b|\b(?:only\s+(?:in|by)\s+(?:a\s+)?writ\w+|signed\s+by\s+both|mutual(?:ly)?\s+(?:written\s+)?(?:agree|consent)|by\s+mutual|written\s+consent\s+of\s+the\s+(?:District|LEA|Board)|(?:seek|obtain|ask\s+for|get)\s+(?:\w+\s+){0,3}?(?:consent|approval|agreement)|with\s+(?:your|their|the\s+\w+['’]s)\s+(?:prior\s+)?(?:written\s+)?(?:consent|approval))/i,
  rules: {
    change: {
      pattern: /\b(?:may|can|reserves?\s+the\s+right\s+to)\s+(?:\w+\s+){0,3}?(?:change|modify|amend|update|revise)\b[^.;]{0,100}?\b(?:at\s+any\s+time|from\s+time\s+to\s+time|without\s+(?:prior\s+)?notice|in\s+(?:our|its)\s+(?:sole\s+)?discretion)/gi,
      message: "The recipient may change the terms on its own, at any time.",
      // the service itself, its prices or its brand rules change, not the terms that govern the data
      unless: /\b(?:prices?|fees|charges|rates|features?|guidelines|bus\s+routes?)\b|\b(?:change|modify|update|correct|remove)\s+(?:or\s+\w+\s+)?(?:any\s+of\s+)?(?:their|your|his|her)\s+(?:own\s+)?(?:profile|personal|account|information|password|settings|preferences|contact|details|e-?mail)|\b(?:change|modify|update|discontinue)\s+(?:the|its|our|any)\s+(?:[\w-]+\s+)?(?:Services?|Site|Website|products?)\b(?!\s+(?:terms|agreement|policy))/i,
    },
    discretion: {
      pattern: /\b(?:reserves?\s+the\s+right|(?:has|have|retains?)\s+(?:the\s+)?(?:sole\s+)?discretion)\b[^.;]{0,40}?\bto\s+(?:\w+\s+){0,2}?(?:change|modify|amend|update|revise)\s+(?:these|this|the|its|our)\s+(?:\w+\s+){0,2}?(?:terms|policy|statement|notice|agreement)\b/gi,
      message: "The recipient may change the terms on its own, at its discretion.",
    },
    continuedUse: {
      pattern: /\bcontinued\s+use\b[^.;]{0,80}?\b(?:constitutes?|means|signifies|deemed|indicates?)\b[^.;]{0,60}?\b(?:accept\w*|agree\w*|consent\w*)\b/gi,
      message: "Changed terms bind the school simply because it keeps using the service.",
      actor: 'any',
    },
    terms: {
      // "we may revise this policy", "Brilliant may replace any of the terms", "this notice may be updated"
      pattern: new RegExp(
        `\\b(?:may|can|will|reserves?\\s+the\\s+right\\s+to)\\s+(?:[\\w,]+\\s+){0,6}?${CHANGE}\\s+(?:or\\s+\\w+\\s+)?${TERMS}|\\b${TERMS}\\s+(?:may|can|will)\\s+(?:be\\s+)?(?:\\w+\\s+){0,2}?(?:${CHANGE}d?|changed|modified|amended|updated|revised)\\b`,
        'gi',
      ),
      message: "The recipient may change the terms on its own.",
    },
    posted: {
      // changes that bind once posted, or that the school must look for itself, need no one's consent
      pattern: /\b(?:changes?|versions?|revisions?|updates?|modifications?|revised\s+\w+|updated\s+\w+)\b[^.;]{0,80}?\b(?:takes?\s+effect|(?:become|becomes|be|are|is)\s+effective)\s+(?:immediately\s+)?(?:upon|when|on|once|after|as\s+soon\s+as)\b[^.;]{0,40}?\bpost\w*|\b(?:your|user['’]s|the\s+user['’]s)\s+responsibility\s+to\s+(?:review|check|examine)|\bresponsible\s+for\s+(?:regularly\s+|periodically\s+)?reviewing\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:terms|policy|changes|versions?)\b|\b(?:urge|encourage|ask)\s+you\s+to\s+(?:review|examine|check)\b[^.;]{0,60}?\b(?:changes|updates)\b|\bwe\s+will\s+(?:post|notify|inform|tell)\b[^.;]{0,120}?\b(?:changes?|modifications?|revisions?|updated|revised)\b/gi,
      message: "Changed terms bind the school once they are posted or announced, with no consent asked.",
      actor: 'any',
    },
  },
});
