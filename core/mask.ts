import type { Finding, Span } from './finding';

/**
 * Hides a personal value while keeping enough to recognise it: digits keep their last four
 * ("***-**-6789"), an email keeps its first letter and domain, words keep their first letter.
 */
export function maskValue(value: string): string {
  const email = /^([^@\s])[^@\s]*(@.+)$/.exec(value);
  if (email) return `${email[1]}***${email[2]}`;
  const digits = value.replace(/\D/g, '').length;
  if (digits >= 4) {
    let keep = 4;
    return [...value]
      .reverse()
      .map((ch) => (/\d/.test(ch) ? (keep-- > 0 ? ch : '*') : /[A-Za-z]/.test(ch) ? '*' : ch))
      .reverse()
      .join('');
  }
  return value.replace(/([A-Za-z])([A-Za-z]*)/g, (_, first: string, rest: string) => first + '*'.repeat(rest.length));
}

/**
 * Masks every personal value inside a quote that starts at `start`. A clause finding quotes a whole
 * sentence, and that sentence may hold an SSN another detector found: the value must not leak through it.
 */
export function maskQuote(quote: string, start: number, values: readonly Span[]): string {
  const end = start + quote.length;
  const inside = values
    .filter((v) => v.start < end && start < v.end)
    .map((v) => ({ start: Math.max(v.start, start) - start, end: Math.min(v.end, end) - start }))
    .sort((a, b) => b.start - a.start);
  let masked = quote;
  let limit = Infinity;
  for (const v of inside) {
    // Values may overlap (a date inside a labelled id): mask each stretch once, from the end backwards.
    const to = Math.min(v.end, limit);
    if (to <= v.start) continue;
    masked = masked.slice(0, v.start) + maskValue(masked.slice(v.start, to)) + masked.slice(to);
    limit = v.start;
  }
  return masked;
}

export function maskFinding(finding: Finding, values: readonly Span[]): Finding {
  if (finding.quote === undefined || !finding.span) return finding;
  const quote = maskQuote(finding.quote, finding.span.start, values);
  return quote === finding.quote ? finding : { ...finding, quote };
}
