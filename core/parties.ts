export type Side = 'district' | 'recipient';

export interface Party {
  name: string;
  aliases: string[];
  side: Side;
}

// Generic role words that agreements use as defined names for each side.
const DISTRICT_ROLES = ['District', 'School District', 'LEA', 'Board', 'Board of Education', 'School', 'Schools', 'Customer', 'Institution', 'Educational Agency', 'Agency'];
const RECIPIENT_ROLES = ['Provider', 'Vendor', 'Contractor', 'Researcher', 'Research Team', 'Company', 'Operator', 'Recipient', 'Consultant', 'Licensor', 'Partner', 'Organization', 'Service Provider', 'Processor'];
// A reform group "for School Renewal" is not a school: only names that make an entity a district count.
const DISTRICT_WORDS = /\b(?:board of education|public schools|school district|school committee|school board|district|LEA|department of education|unified|independent school district)\b/i;
// `the Hamden Board of Education (the "Board")`, `ACME Learning, Inc. ("Provider")`
// Names stay on one line: a title line above the preamble is not part of a party's name.
const DEFINED_NAME = /([A-Z][\w&.,'-]*(?:[ \t]+(?:of|for|and|the|[A-Z][\w&.,'-]*))*)[ \t]*\([ \t]*(?:hereinafter[ \t]+(?:referred[ \t]+to[ \t]+as[ \t]+)?)?(?:the[ \t]+)?"([^"]{2,40})"(?:[ \t]+or[ \t]+(?:the[ \t]+)?"([^"]{2,40})")?[ \t]*\)/g;
// "the District, and the Council for School Renewal, Inc." holds two names: the last one is defined.
const NAME_SEPARATOR = /,?\s+(?:and|between|by|with)\s+(?:the\s+)?(?=[A-Z])/g;
// Defined names of the document itself, not of a party.
const DOCUMENT_NAMES = /^(?:MOU|Agreement|DPA|DSA|DUA|Terms|Services?|Contract|Addendum|Policy|Effective Date|Exhibit)$/i;

/** The parties named in the preamble or definitions, each placed on the district or recipient side. */
export function findParties(text: string): Party[] {
  const head = text.slice(0, 20_000);
  const parties: Party[] = [];
  for (const m of head.matchAll(DEFINED_NAME)) {
    const separated = m[1]!.split(NAME_SEPARATOR);
    const name = separated[separated.length - 1]!.replace(/^(?:and|between|by|the)\s+/i, '').replace(/,$/, '').trim();
    const aliases = [m[2], m[3]].filter((a): a is string => Boolean(a)).map((a) => a.trim());
    const alias = aliases[0]!;
    if (DOCUMENT_NAMES.test(alias) || parties.some((p) => p.aliases.includes(alias))) continue;
    const side: Side = DISTRICT_WORDS.test(name) || [name, ...aliases].some((a) => DISTRICT_ROLES.includes(a)) ? 'district' : 'recipient';
    parties.push({ name, aliases, side });
  }
  const known = new Set(parties.flatMap((p) => [p.name, ...p.aliases].map((n) => n.toLowerCase())));
  // "School" inside "Council for School Renewal" is part of a name, not a role.
  const rest = parties.reduce((t, p) => t.split(p.name).join(' '), text);
  for (const [roles, side] of [[DISTRICT_ROLES, 'district'], [RECIPIENT_ROLES, 'recipient']] as const) {
    for (const role of roles) {
      if (known.has(role.toLowerCase())) continue;
      // Capitalized role words are defined terms in agreements; lower-case "school" is just a word.
      if (new RegExp(`\\b(?:the\\s+)?${role}\\b`).test(rest)) parties.push({ name: role, aliases: [], side });
    }
  }
  return parties;
}
