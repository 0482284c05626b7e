import type { Flag } from './judge';
import type { ProtectionStatus } from './labels';

// The yardstick: what a plain keyword list finds, scored by the same judge as the scan. One regex per
// category, no negation, no actors, no context; a sentence is a run of text between . ! ? or a blank line.

const PII: Record<string, RegExp> = {
  'student-name': /\b(?:student|child|pupil)(?:'s)? (?:first |last |full )?names?\b|\bnames? of (?:the )?students?\b/i,
  'family-name': /\b(?:parent|guardian)(?:'s|s)?(?: or guardian)? names?\b/i,
  'student-id': /\bstudent (?:id|identifi\w+|number)s?\b|\bSASID\b|\bidentification numbers?\b/i,
  ssn: /\bsocial security\b|\bSSNs?\b/i,
  birthdate: /\b(?:date|place) of birth\b|\bbirth ?(?:date|day)s?\b|\bDOB\b/i,
  address: /\b(?:home|mailing|street|postal) address\w*\b/i,
  phone: /\b(?:tele)?phone (?:numbers?)?\b|\bmobile numbers?\b/i,
  email: /\be-?mail(?: address\w*)?\b/i,
  'online-identifier': /\b(?:IP address\w*|device (?:id|identifier)s?|cookies?|user ?names?|passwords?|log-?in credentials)\b/i,
  biometric: /\bbiometric|\bfingerprints?\b|\bfacial recognition\b|\bvoice ?prints?\b/i,
  'photo-video': /\b(?:photo\w*|videos?|audio recordings?|pictures?)\b/i,
  geolocation: /\b(?:geo-?location|GPS|precise location|location data)\b/i,
  gender: /\b(?:gender|sex)\b/i,
  'race-ethnicity': /\b(?:race|racial|ethnicity|ethnic|national origin|home language)\b/i,
  'grade-level': /\bgrade levels?\b|\bgrade in school\b|\bcurrent grade\b/i,
  'enrollment-history': /\b(?:enrollment|attendance|schools? attended)\b/i,
  'academic-record': /\b(?:grades|transcripts?|GPA|test scores?|assessment (?:results|scores|data)|report cards?)\b/i,
  'disability-iep': /\b(?:IEPs?|special education|disabilit\w+|504 plans?)\b/i,
  'english-learner': /\b(?:English (?:language )?learners?|ELL|ESL|limited English)\b/i,
  'economic-status': /\b(?:free or reduced|free and reduced|household income|family income|economically disadvantaged)\b/i,
  'homeless-status': /\b(?:homeless\w*|McKinney|foster care)\b/i,
  'immigration-status': /\b(?:citizenship|immigration|migrant)\b/i,
  health: /\b(?:health|medical|immunization|mental|counseling)\b/i,
  discipline: /\b(?:disciplin\w+|suspensions?|expulsions?|juvenile)\b/i,
  'protected-survey-topic': /\b(?:political (?:affiliations?|beliefs)|religio\w+|sex(?:ual)? behavior|illegal behavior)\b/i,
  'financial-account': /\b(?:credit card|debit card|bank account|payment information)\b/i,
  'educator-record': /\b(?:teacher|staff|educator|personnel) (?:evaluations?|records?|data|files?)\b/i,
  'facility-security': /\b(?:campus maps?|floor plans?|building layouts?|security cameras?)\b/i,
};

const CLAUSE: Record<string, RegExp> = {
  'recipient-owns-data': /\b(?:property of|owns?|ownership|title to|perpetual|irrevocable)\b/i,
  'third-party-sharing': /\b(?:third part(?:y|ies)|subcontractors?|affiliates?|partners|service providers|disclose)\b/i,
  'commercial-use': /\b(?:sell|sold|sale of|rent|monetiz\w+|marketing|commercial)\b/i,
  'targeted-advertising': /\b(?:advertis\w+|ads)\b/i,
  'deidentified-use-unrestricted': /\b(?:de-?identified|aggregated?|anonymi[sz]ed)\b/i,
  'broad-purpose': /\bany (?:lawful |other )?purpose\b|\bincluding but not limited to\b/i,
  'indefinite-retention': /\b(?:retain\w*|indefinitely|surviv\w+ (?:the )?(?:termination|expiration))\b/i,
  'no-parental-consent': /\bwithout (?:parental |the )?(?:consent|notice)\b|\bon behalf of (?:the )?parents?\b/i,
  'unilateral-changes': /\b(?:modify|change|update|amend)\w* (?:these|this|the|our) (?:terms|policy|agreement)\b/i,
  'liability-shift': /\b(?:not be liable|indemnif\w+|hold harmless|disclaim\w*)\b/i,
  'transfer-on-sale': /\b(?:merger|acquisition|acquired|bankruptcy|sale of (?:the |our )?(?:company|business|assets))\b/i,
  'offshore-storage': /\b(?:outside (?:of )?the United States|other countries|internationally|transferred to .{0,40}countr\w+)\b/i,
  'excessive-collection': /\b(?:mandatory|required fields?|all (?:student )?data)\b/i,
  'foreign-governing-law': /\bgoverned by the laws? of\b|\bexclusive jurisdiction\b/i,
};

const PROTECTIONS: Record<string, RegExp> = {
  'district-ownership': /\b(?:property of the|owned by the|remain the property) (?:District|School|LEA|Board)\b|\bremain(?:s)? the property\b/i,
  'use-limitation': /\bonly for the purposes?\b|\bsolely for\b/i,
  'redisclosure-ban': /\b(?:not|never) (?:re-?disclose|disclose|share)\b/i,
  'security-safeguards': /\b(?:encrypt\w*|security safeguards|access controls?|firewalls?)\b/i,
  'breach-notification': /\b(?:breach|unauthorized (?:access|disclosure|release))\b.{0,120}\bnotif\w+/i,
  'deletion-on-termination': /\b(?:destroy|delete|return)\w*\b.{0,80}\b(?:termination|expiration|end of)\b/i,
  'parent-access': /\bparents?\b.{0,80}\b(?:review|inspect|access|correct)\b/i,
  'ferpa-compliance': /\bFERPA\b|\bFamily Educational Rights\b/i,
  'reidentification-ban': /\bre-?identif\w+\b/i,
  'audit-rights': /\b(?:audit|inspect\w*|monitor)\b/i,
  duration: /\b(?:term of this|shall (?:commence|begin|terminate|expire)|effective (?:date|until))\b/i,
};

const SENTENCE = /[^.!?\n]+(?:[.!?]+|\n\n|\n|$)/g;

export function baselineFlags(text: string, isAgreement: boolean): { flags: Flag[]; statuses?: Map<string, ProtectionStatus> } {
  const flags: Flag[] = [];
  const given = new Set<string>();
  for (const m of text.matchAll(SENTENCE)) {
    const span = { start: m.index, end: m.index + m[0].length };
    for (const [id, regex] of Object.entries(PII)) if (regex.test(m[0])) flags.push({ kind: 'pii', category: id, span });
    for (const [id, regex] of Object.entries(CLAUSE)) if (regex.test(m[0])) flags.push({ kind: 'clause', category: id, span });
    for (const [id, regex] of Object.entries(PROTECTIONS)) if (regex.test(m[0])) given.add(id);
  }
  if (!isAgreement) return { flags };
  const statuses = new Map<string, ProtectionStatus>();
  for (const id of Object.keys(PROTECTIONS)) {
    statuses.set(id, given.has(id) ? 'present' : 'missing');
    if (!given.has(id)) flags.push({ kind: 'missing', category: id });
  }
  return { flags, statuses };
}
