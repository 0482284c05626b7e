import type { Span } from './finding';

// A privacy policy or an agreement gives its own contact details (privacy@vendor.com, a toll-free line, a
// fax number): those values are an organization's, not a student's. They are told apart by what the value
// is (a role mailbox, a domain the document names as its website, a toll-free or fax line) and by what
// stands just before it (an invitation to write or call) or beside it (the organization's own mailbox).

// RFC 2142's role mailboxes and the other role names organizations publish; a person is never "privacy@".
const ROLE_MAILBOX = new Set(
  ('info marketing sales support abuse noc security postmaster hostmaster webmaster www privacy privacyofficer dpo ' +
    'dataprotection legal compliance help helpdesk hello contact contactus customerservice customercare customersupport ' +
    'service services care team office admin administrator feedback questions inquiries enquiries press media billing ' +
    'accounts accounting studentprivacy schools parents teachers educators partners noreply notices legalnotices copyright ' +
    'dmca accessibility records publicrecords publicrecordsrequest foia post mail general districts ferpa gdpr ccpa ' +
    'optout unsubscribe trust safety').split(' '),
);

// Words just before a value that invite the reader to reach the organization, or label its contact block.
const INVITATION =
  /\b(?:contact(?:ing)?\s+(?:us|our|the\s+\w+\s+(?:team|office|department|officer))|reach\s+(?:us|\w+\s+at)|e-?mail(?:ing)?\s+us|write\s+(?:to\s+)?us|call(?:ing)?\s+(?:us|our)\b|directed\s+to|customer\s+(?:service|relations|support|care)|privacy\s+(?:officer|office|team|department)|data\s+protection\s+officer|support\s+team|help\s?desk|attn\b|attention\s?:|fax|facsimile|toll[- ]free)/i;
const INVITATION_REACH = 60;
// A phone number beside the organization's own mailbox is its line too.
const NEARBY_EMAIL = /[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}/g;
const BLOCK_REACH = 150;
// Toll-free area codes (NANP) are business lines.
const TOLL_FREE = /^(?:\+?1[\s.-]?)?\(?8(?:00|33|44|55|66|77|88)\)?[\s.-]/;

export type ContactKind = 'email' | 'phone';

/** The registrable domains of the websites a document names (its own and its vendors'). */
export function websiteDomains(text: string): Set<string> {
  const domains = new Set<string>();
  for (const m of text.matchAll(/\b(?:https?:\/\/|www\.)([a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,8})/gi)) domains.add(registrable(m[1]!));
  return domains;
}

const registrable = (host: string) => host.toLowerCase().split('.').slice(-2).join('.');

/** True when the value at `span` is an organization's own way to be reached, not a person's data. */
export function isOrganizationContact(text: string, span: Span, kind: ContactKind, websites: Set<string>): boolean {
  const window = text.slice(Math.max(0, span.start - INVITATION_REACH), span.start);
  // the invitation belongs to the value's own sentence; a contact block's labels run over its lines
  const before = window.slice(window.lastIndexOf('. ') + 1);
  if (INVITATION.test(before)) return true;
  const value = text.slice(span.start, span.end);
  if (kind === 'email') return isOrganizationEmail(value, websites);
  if (TOLL_FREE.test(value)) return true;
  const block = text.slice(Math.max(0, span.start - BLOCK_REACH), span.end + BLOCK_REACH);
  return [...block.matchAll(NEARBY_EMAIL)].some((m) => isOrganizationEmail(m[0], websites));
}

function isOrganizationEmail(address: string, websites: Set<string>): boolean {
  const [local = '', domain = ''] = address.split('@');
  return ROLE_MAILBOX.has(local.toLowerCase().replace(/[._-]/g, '')) || websites.has(registrable(domain));
}
