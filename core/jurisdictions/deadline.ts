import type { Deadline } from './jurisdiction';

/** A time limit written in the agreement, with the longest calendar time it can take. */
export interface StatedDeadline {
  /** As the agreement says it, normalized: "10 days", "72 hours", "5 business days", "at once". */
  text: string;
  hours: number;
}

const ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

// "within seventy-two (72) hours", "no later than 10 calendar days", "not more than thirty days".
const LIMIT =
  /\b(?:within|no\s+later\s+than|not\s+later\s+than|not\s+more\s+than|no\s+more\s+than|up\s+to)\s+(?:a\s+period\s+of\s+)?((?:[a-z]+[- ]){0,2}?)\(?(\d+)?\)?\s*(business\s+|calendar\s+|working\s+)?(hours?|days?|weeks?|months?)\b/gi;
// Timing tied to the event itself: nothing to wait for.
const AT_ONCE = /\b(?:immediately|upon\s+(?:the\s+)?(?:termination|expiration|end|completion|conclusion|request)|at\s+the\s+(?:end|termination|expiration|conclusion)\s+of)\b/i;

function wordNumber(words: string): number | undefined {
  const parts = words.toLowerCase().trim().split(/[- ]+/).filter(Boolean);
  if (!parts.length || parts.length > 2) return undefined;
  let total = 0;
  for (const part of parts) {
    const one = ONES.indexOf(part);
    const ten = TENS.indexOf(part);
    if (one >= 0) total += one;
    else if (ten >= 2) total += ten * 10;
    else return undefined;
  }
  return total;
}

/** The first time limit the sentences state, or undefined when they set none. */
export function statedDeadline(sentences: readonly string[]): StatedDeadline | undefined {
  for (const sentence of sentences) {
    for (const match of sentence.matchAll(LIMIT)) {
      const [, words = '', digits, kind = '', unit = ''] = match;
      const amount = digits !== undefined ? Number(digits) : wordNumber(words);
      if (amount === undefined) continue;
      const business = /business|working/i.test(kind);
      const base = unit.toLowerCase().replace(/s$/, '');
      return { text: `${amount} ${business ? 'business ' : ''}${base}${amount === 1 ? '' : 's'}`, hours: worstCaseHours(amount, base, business) };
    }
    if (AT_ONCE.test(sentence)) return { text: 'at once', hours: 0 };
  }
  return undefined;
}

function worstCaseHours(amount: number, unit: string, business: boolean): number {
  if (unit === 'hour') return amount;
  if (unit === 'week') return amount * 7 * 24;
  if (unit === 'month') return amount * 31 * 24;
  // Every five working days span a weekend, so n business days can take n + 2 per started week of calendar
  // time; a public holiday can add one more, which this does not count.
  return (business ? amount + 2 * Math.ceil(amount / 5) : amount) * 24;
}

export function limitHours(deadline: Deadline): number | undefined {
  if (deadline.limit === undefined) return undefined;
  return deadline.unit === 'hours' ? deadline.limit : deadline.limit * 24;
}

export function limitText(deadline: Deadline): string | undefined {
  return deadline.limit === undefined ? undefined : `${deadline.limit} ${deadline.limit === 1 ? deadline.unit.replace(/s$/, '') : deadline.unit}`;
}
