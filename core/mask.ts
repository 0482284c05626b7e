import type { Finding } from './finding';

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

/** Value findings quote personal data; everything else quotes contract language and stays readable. */
export function maskFinding(finding: Finding): Finding {
  if (finding.kind !== 'pii' || finding.mode !== 'value' || finding.quote === undefined) return finding;
  return { ...finding, quote: maskValue(finding.quote) };
}
