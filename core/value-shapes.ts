import type { Span } from './finding';

// What a personal value looks like, whichever detector flagged it or not: a quote is masked by these
// shapes too, so an SSN a value detector skipped (a placeholder, Arabic-Indic digits, a minus sign for a
// dash, a line break inside it) still leaves core masked. Digits are any script's (\p{Nd}), each may carry
// combining marks, and every dash look-alike (\p{Pd}, the minus sign, the hyphen bullet) separates groups.
const DIGIT = String.raw`\p{Nd}\p{M}*`;
const SEPARATOR = String.raw`[\s\p{Pd}\u2212\u2043.()/+]`;
// Runs of digit groups: an SSN (9 digits), a phone number (10 or 11), a card (13 to 19).
const DIGIT_RUN = new RegExp(String.raw`(?<![\p{Nd}\p{M}])(?:${DIGIT})+(?:${SEPARATOR}{1,3}(?:${DIGIT})+)*`, 'gu');
const VALUE_DIGITS = 9;

const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const DAY = String.raw`(?:${DIGIT}){1,2}(?:st|nd|rd|th)?`;
const YEAR = String.raw`(?:${DIGIT}){2,4}`;
const DATE_SEPARATOR = String.raw`[\p{Pd}\u2212/.]`;
// "14 March 2009", "March 14, 2009", "03/14/2009", "2009-03-14"
const DATE = new RegExp(
  String.raw`(?<![\p{L}\p{Nd}\p{M}])(?:${DAY}\s+(?:of\s+)?${MONTH},?\s+${YEAR}|${MONTH}\s+${DAY},?\s+${YEAR}|(?:${DIGIT}){1,4}${DATE_SEPARATOR}(?:${DIGIT}){1,2}${DATE_SEPARATOR}${YEAR})(?![\p{Nd}\p{M}])`,
  'giu',
);
// A date is a personal value when the sentence is about a birth; other dates (a term, a deadline) stay readable.
const BIRTH = /\b(?:born|birth|dob|d\.o\.b|birthdays?|birthdates?)\b/i;

/** Spans inside `text` (a quote) that look like personal values: digit runs long enough to be one, and birth dates. */
export function valueShapes(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(DIGIT_RUN)) if ((m[0].match(/\p{Nd}/gu)?.length ?? 0) >= VALUE_DIGITS) spans.push({ start: m.index, end: m.index + m[0].length });
  if (BIRTH.test(text)) for (const m of text.matchAll(DATE)) spans.push({ start: m.index, end: m.index + m[0].length });
  return spans;
}
