import type { Finding, Span } from './finding';
import type { SpanIndex } from './span-index';
import { valueShapes } from './value-shapes';

/**
 * Hides a personal value while keeping enough to recognise it: digits (of any script) keep their last
 * four ("***-**-6789"), an email keeps its first letter and domain, words keep their first letter.
 */
export function maskValue(value: string): string {
  const email = /^([^@\s])[^@\s]*(@.+)$/.exec(value);
  if (email) return `${email[1]}***${email[2]}`;
  const digits = value.match(/\p{Nd}/gu)?.length ?? 0;
  if (digits >= 4) {
    let keep = 4;
    return [...value]
      .reverse()
      .map((ch) => (/\p{Nd}/u.test(ch) ? (keep-- > 0 ? ch : '*') : /\p{L}/u.test(ch) ? '*' : ch))
      .reverse()
      .join('');
  }
  return value.replace(/(\p{L})(\p{L}*)/gu, (_, first: string, rest: string) => first + '*'.repeat([...rest].length));
}

/**
 * Masks every personal value inside a quote that starts at `start`: the values detectors found (a clause
 * finding quotes a whole sentence, which may hold an SSN another detector flagged), and anything in the
 * quote shaped like one whether or not it was flagged, so no value leaves core through a quote.
 */
export function maskQuote(quote: string, start: number, values: SpanIndex): string {
  const end = start + quote.length;
  const inside = values
    .overlapping({ start, end })
    .map((v) => ({ start: Math.max(v.start, start) - start, end: Math.min(v.end, end) - start }))
    .concat(valueShapes(quote));
  let masked = quote;
  // From the end backwards, so earlier offsets stay valid.
  for (const v of union(inside).reverse()) masked = masked.slice(0, v.start) + maskValue(masked.slice(v.start, v.end)) + masked.slice(v.end);
  return masked;
}

// Values may overlap (a date inside a labelled id, a flagged SSN inside a wider digit run): each stretch is
// masked once, whole, or a piece of it with fewer than four digits would keep them.
function union(spans: Span[]): Span[] {
  const merged: Span[] = [];
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    const last = merged[merged.length - 1];
    if (last && span.start < last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

export function maskFinding(finding: Finding, values: SpanIndex): Finding {
  if (finding.quote === undefined || !finding.span) return finding;
  const quote = maskQuote(finding.quote, finding.span.start, values);
  return quote === finding.quote ? finding : { ...finding, quote };
}
