import { describe, expect, it } from 'vitest';
import { scan } from './index';
import { OptionsError } from './errors';
import { parseOptions } from './parse-options';

describe('parseOptions: one schema for every surface', () => {
  it('turns what a person typed or stored into scan options', () => {
    expect(
      parseOptions({
        state: 'new york',
        minSeverity: 'Medium',
        only: 'ssn, birthdate',
        ignore: ['gender'],
        severity: { 'student-id': 'low' },
        customTerms: [{ category: 'student-id', pattern: 'LV-\\d{6}', label: 'Lakeview id' }],
        maxOcrPages: '0',
        districtSize: 1200,
      }),
    ).toEqual({
      state: 'NY',
      minSeverity: 'medium',
      only: ['ssn', 'birthdate'],
      ignore: ['gender'],
      severity: { 'student-id': 'low' },
      customTerms: [{ category: 'student-id', pattern: 'LV-\\d{6}', label: 'Lakeview id' }],
      maxOcrPages: 0,
      districtSize: 1200,
    });
  });

  it('leaves out what was not set', () => {
    expect(parseOptions({ state: '', minSeverity: undefined })).toEqual({});
  });

  for (const [input, message] of [
    [{ state: 'ZZ' }, /^No checklist for the state "ZZ"\. Choose one of CA \(California\)/],
    [{ minSeverity: 'urgent' }, 'The minimum severity must be high, medium or low (got "urgent").'],
    [{ only: 'ssn,shoe-size' }, /^Unknown category shoe-size\. Valid ids: student-name/],
    [{ severity: { ssn: 'extreme' } }, 'The severity of ssn must be high, medium or low (got "extreme").'],
    [{ customTerms: [{ category: 'student-id', pattern: 'LV-(\\d{6}' }] }, '"LV-(\\d{6}" is not a valid pattern: check its brackets and backslashes.'],
    [{ customTerms: [{ category: 'shoe-size', pattern: 'x' }] }, /^A custom term names an unknown category "shoe-size"/],
    [{ customTerms: [{ category: 'ssn', pattern: '  ' }] }, 'A custom term needs a word, a phrase or a pattern.'],
    [{ maxOcrPages: '-1' }, 'Scanned pages to read with OCR must be a whole number, 0 or more (0 turns OCR off).'],
    [{ maxOcrPages: 'many' }, 'Scanned pages to read with OCR must be a whole number, 0 or more (0 turns OCR off).'],
    [{ districtSize: 0 }, 'Students in your district must be a whole number, 1 or more.'],
  ] as const)
    it(`refuses ${JSON.stringify(input)} with a message that says how to fix it`, () => {
      expect(() => parseOptions(input)).toThrow(OptionsError);
      expect(() => parseOptions(input)).toThrow(message);
    });

  it('a bad custom pattern that reaches a scan is a bad-option error, not an internal one', () => {
    expect(() => scan('Student LV-123456', { customTerms: [{ category: 'student-id', pattern: '(' }] })).toThrow(OptionsError);
  });
});
