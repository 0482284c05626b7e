export type Side = 'district' | 'recipient';

export interface Party {
  name: string;
  aliases: string[];
  side: Side;
}

// Generic role words that agreements use as defined names for each side.
const DISTRICT_ROLES = ['District', 'School District', 'LEA', 'Board', 'Board of Education', 'School', 'Schools', 'Customer', 'Institution', 'Educational Agency', 'Agency'];
const RECIPIENT_ROLES = ['Provider', 'Vendor', 'Contractor', 'Researcher', 'Research Team', 'Company', 'Operator', 'Recipient', 'Consultant', 'Licensor', 'Partner', 'Organization', 'Service Provider', 'Processor'];
const DISTRICT_WORDS = /\b(?:board of education|public schools?|school district|school committee|district|LEA|department of education|schools?|university school)\b/i;
// `the Hamden Board of Education (the "Board")`, `ACME Learning, Inc. ("Provider")`
const DEFINED_NAME = /([A-Z][\w&.,'-]*(?:\s+(?:of|for|and|the|[A-Z][\w&.,'-]*))*)\s*\(\s*(?:hereinafter\s+(?:referred\s+to\s+as\s+)?)?(?:the\s+)?"([^"]{2,40})"\s*\)/g;

/** The parties named in the preamble or definitions, each placed on the district or recipient side. */
export function findParties(text: string): Party[] {
  const head = text.slice(0, 20_000);
  const parties: Party[] = [];
  for (const m of head.matchAll(DEFINED_NAME)) {
    const name = m[1]!.replace(/^(?:and|between|by|the)\s+/i, '').trim();
    const alias = m[2]!.trim();
    if (parties.some((p) => p.aliases.includes(alias))) continue;
    const side: Side = DISTRICT_WORDS.test(name) || DISTRICT_ROLES.includes(alias) ? 'district' : 'recipient';
    parties.push({ name, aliases: [alias], side });
  }
  const known = new Set(parties.flatMap((p) => [p.name, ...p.aliases].map((n) => n.toLowerCase())));
  for (const [roles, side] of [[DISTRICT_ROLES, 'district'], [RECIPIENT_ROLES, 'recipient']] as const) {
    for (const role of roles) {
      if (known.has(role.toLowerCase())) continue;
      // Capitalized role words are defined terms in agreements; lower-case "school" is just a word.
      if (new RegExp(`\\b(?:the\\s+)?${role}\\b`).test(text)) parties.push({ name: role, aliases: [], side });
    }
  }
  return parties;
}
