import { OptionsError } from './errors';
import { SEVERITIES } from './finding';
import { resolveState } from './jurisdictions/choose';
import type { CustomTerm, ScanOptions } from './options';
import { CATEGORIES, isCategoryId, type CategoryId, type Severity } from './taxonomy';

/**
 * Options as a person gives them, before they are checked: words from a command line or a Slack command,
 * values from the extension's form or its storage. Every surface hands them to `parseOptions`.
 */
export interface OptionInput {
  state?: string;
  minSeverity?: string;
  only?: string | readonly string[];
  ignore?: string | readonly string[];
  /** Per-category severity: `{ "student-id": "low" }`. */
  severity?: Readonly<Record<string, string>>;
  customTerms?: readonly { category: string; pattern: string; label?: string }[];
  /** Scanned pages read with OCR; 0 turns OCR off. */
  maxOcrPages?: string | number;
  districtSize?: string | number;
}

export type ParsedOptions = Pick<ScanOptions, 'state' | 'minSeverity' | 'only' | 'ignore' | 'severity' | 'customTerms' | 'districtSize'> & { maxOcrPages?: number };

type Parsers = { [K in keyof OptionInput]-?: (value: NonNullable<OptionInput[K]>) => ParsedOptions[K] };

// The one schema: each option's check and its message, the same on every surface.
const PARSERS: Parsers = {
  // Stored and shown by its postal code, whether a person typed "ny" or "New York".
  state: (value) => resolveState(value)!.id,
  minSeverity: (value) => severity(value, 'The minimum severity'),
  only: (value) => categories(value),
  ignore: (value) => categories(value),
  severity: (value) =>
    Object.fromEntries(Object.entries(value).map(([id, level]) => [categories(id)[0]!, severity(level, `The severity of ${id}`)])) as Partial<Record<CategoryId, Severity>>,
  customTerms: (value) => value.map(customTerm),
  maxOcrPages: (value) => wholeNumber(value, 0, 'Scanned pages to read with OCR must be a whole number, 0 or more (0 turns OCR off).'),
  districtSize: (value) => wholeNumber(value, 1, 'Students in your district must be a whole number, 1 or more.'),
};

/** Checks every option a person set and returns them as scan options; the first one wrong throws an `OptionsError` that says how to fix it. */
export function parseOptions(input: OptionInput): ParsedOptions {
  const parsed: Record<string, unknown> = {};
  for (const key of Object.keys(PARSERS) as (keyof OptionInput)[]) {
    const value = input[key];
    if (value === undefined || value === '') continue;
    parsed[key] = (PARSERS[key] as (v: unknown) => unknown)(value);
  }
  return parsed as ParsedOptions;
}

/** A custom term as the scan uses it: a known category and a pattern that compiles. */
export function customTerm(term: { category: string; pattern: string; label?: string }): CustomTerm {
  if (!isCategoryId(term.category)) throw new OptionsError(`A custom term names an unknown category "${term.category}". Valid ids: ${CATEGORIES.map((c) => c.id).join(', ')}.`);
  if (!term.pattern.trim()) throw new OptionsError('A custom term needs a word, a phrase or a pattern.');
  customPattern(term.pattern);
  return { category: term.category, pattern: term.pattern, ...(term.label ? { label: term.label } : {}) };
}

/** The pattern of a custom term, compiled as the scan matches it. */
export function customPattern(pattern: string): RegExp {
  try {
    return new RegExp(pattern, 'gi');
  } catch {
    throw new OptionsError(`"${pattern}" is not a valid pattern: check its brackets and backslashes.`);
  }
}

function severity(value: string, what: string): Severity {
  const level = value.trim().toLowerCase();
  if (!(SEVERITIES as readonly string[]).includes(level)) throw new OptionsError(`${what} must be high, medium or low (got "${value}").`);
  return level as Severity;
}

function categories(value: string | readonly string[]): CategoryId[] {
  const ids = (typeof value === 'string' ? value.split(',') : value).map((id) => id.trim()).filter(Boolean);
  const unknown = ids.filter((id) => !isCategoryId(id));
  if (unknown.length)
    throw new OptionsError(`Unknown categor${unknown.length > 1 ? 'ies' : 'y'} ${unknown.join(', ')}. Valid ids: ${CATEGORIES.map((c) => c.id).join(', ')}.`);
  return ids as CategoryId[];
}

function wholeNumber(value: string | number, min: number, message: string): number {
  const n = typeof value === 'number' ? value : value.trim() ? Number(value) : NaN;
  if (!Number.isInteger(n) || n < min) throw new OptionsError(message);
  return n;
}
