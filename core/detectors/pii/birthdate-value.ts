import { definePatternDetector } from '../../detector';

const MONTHS = 'jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec';
const MONTH_INDEX = MONTHS.split('|').filter((m) => m !== 'sept');

export default definePatternDetector({
  category: 'birthdate',
  mode: 'value',
  message: 'A date of birth appears in the text.',
  patterns: [
    // a bare date is usually a contract date: it counts only next to birth wording or under a DOB header
    { name: 'numeric date', regex: /\b(?:0?[1-9]|1[0-2])[/.-](?:0?[1-9]|[12]\d|3[01])[/.-](?:19|20)?\d{2}\b/g, score: 0.2 },
    { name: 'iso date', regex: /\b(?:19|20)\d{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])\b/g, score: 0.2 },
    {
      name: 'written date',
      regex: new RegExp(`\\b(?:${MONTHS})[a-z]*\\.?\\s+(?:0?[1-9]|[12]\\d|3[01]),?\\s+(?:19|20)\\d{2}\\b`, 'gi'),
      score: 0.2,
    },
  ],
  context: ['dob', 'd.o.b', 'date of birth', 'birth date', 'birthdate', 'birthday', 'born', 'birth'],
  negativeContext: ['effective', 'dated', 'signed', 'expires', 'terminat', 'meeting', 'due'],
  window: 30,
  validate: isCalendarDate,
});

// Rejects dates that no calendar has (02/30/2010), which are usually ids or version numbers.
function isCalendarDate(value: string): boolean {
  let year: number;
  let month: number;
  let day: number;
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const numeric = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2,4})$/.exec(value);
  const written = /^([a-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})$/i.exec(value);
  if (iso) [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (numeric) [month, day, year] = [Number(numeric[1]), Number(numeric[2]), Number(numeric[3])];
  else if (written) [month, day, year] = [MONTH_INDEX.indexOf(written[1]!.slice(0, 3).toLowerCase()) + 1, Number(written[2]), Number(written[3])];
  else return false;
  if (year < 100) year += year > 40 ? 1900 : 2000;
  const date = new Date(Date.UTC(year, month - 1, day));
  return month >= 1 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
