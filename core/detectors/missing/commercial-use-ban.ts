import { defineProtectionDetector } from '../../protections';

export default defineProtectionDetector({
  category: 'commercial-use-ban',
  missing: 'The agreement never says student data will not be sold or used for commercial or marketing purposes.',
  present: [],
  // Each is a ban in itself: the negation is part of the wording.
  bans: [
    /\b(?:shall|will|may|must|does|do|agrees?\s+to)\s+not\s+(?:[\w,]+\s+){0,6}?(?:sell|rent|lease|trade|monetize)\b/i,
    /\b(?:never|not)\s+(?:be\s+)?(?:sold|rented|monetized)\b/i,
    /\bno\s+(?:sale|selling|renting)\s+of\b/i,
    /\bprohibited\s+from\s+(?:[\w,]+\s+){0,3}?(?:selling|renting|monetizing)\b/i,
    /\bnot\s+(?:[\w,]+\s+){0,8}?(?:commercial|marketing)\s+purposes?\b/i,
  ],
  aboutData: true,
});
