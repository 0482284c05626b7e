import { maskValue, scan } from '../core/index';

/**
 * A file name as the bot may write it to Slack: "Maya Chen SSN 512-44-8830.txt" becomes
 * "M*** C*** SSN ***-**-8830.txt". A name that holds a personal value is about one person, so its
 * capitalised words (most likely that person's name, which the name detector needs more context to
 * find) are masked with it; a name with no value is left as it is.
 */
export function maskFileName(name: string): string {
  // Underscores join the words of many file names; a space lets the detectors see them as words.
  const words = name.replace(/_/g, ' ');
  const values = scan(words, { source: 'file name' }).report.findings.filter((f) => f.kind === 'pii' && f.mode === 'value' && f.span);
  if (!values.length) return name;
  let masked = name;
  for (const { span } of [...values].sort((a, b) => b.span!.start - a.span!.start))
    masked = masked.slice(0, span!.start) + maskValue(masked.slice(span!.start, span!.end)) + masked.slice(span!.end);
  return masked.replace(/(?<![A-Za-z])[A-Z][a-z]+(?![a-z])/g, (word) => maskValue(word));
}
