import { describe, expect, it } from 'vitest';
import { scan } from './index';
import { maskQuote, maskValue } from './mask';
import { SpanIndex } from './span-index';

describe('maskValue', () => {
  it('keeps the last four digits of a number', () => expect(maskValue('536-22-8726')).toBe('***-**-8726'));
  it('keeps the first letter and the domain of an email', () => expect(maskValue('jane.doe@school.org')).toBe('j***@school.org'));
  it('keeps the first letter of each word', () => expect(maskValue('Jane Doe')).toBe('J*** D**'));
});

describe('maskQuote', () => {
  it('masks only the values inside the quote, wherever the quote starts', () => {
    const quote = 'born 2009-03-14, SSN 536-22-8726.';
    const start = 100;
    const values = [
      { start: start + 5, end: start + 15 },
      { start: start + 21, end: start + 32 },
      { start: 0, end: 50 }, // before the quote: ignored
    ];
    expect(maskQuote(quote, start, SpanIndex.of(values))).toBe('born ****-03-14, SSN ***-**-8726.');
  });

  it('masks a value that runs past the end of the quote up to the quote end', () => {
    expect(maskQuote('id 12345', 0, SpanIndex.of([{ start: 3, end: 12 }]))).toBe('id *2345');
  });
});

describe('scan masks personal values in every quote', () => {
  it('hides an SSN inside a clause sentence that quotes it', () => {
    const text = 'The Provider shall own all student data, including the record of Social Security Number 536-22-8726.';
    const masked = JSON.stringify(scan(text, { doctype: 'agreement' }).report);
    const revealed = JSON.stringify(scan(text, { doctype: 'agreement', showValues: true }).report);
    expect(revealed).toContain('536-22-8726');
    expect(masked).not.toContain('536-22-8726');
    expect(masked).toContain('***-**-8726');
  });

  it('still masks values of a category the user turned off', () => {
    const text = 'The Provider shall own all student data, including Social Security Number 536-22-8726.';
    const { report } = scan(text, { doctype: 'agreement', ignore: ['ssn'] });
    expect(report.findings.some((f) => f.category === 'ssn')).toBe(false);
    expect(JSON.stringify(report)).not.toContain('536-22-8726');
  });
});

describe('scan masks personal values only', () => {
  it('shows an agreement’s dates as written, and still masks a birthdate', () => {
    const text = 'Date of birth: 03/14/2009.\n\nThe Provider may share student data with its partners until March 31, 2027.';
    const report = JSON.stringify(scan(text, { doctype: 'agreement' }).report);
    expect(report).toContain('until March 31, 2027.');
    expect(report).not.toContain('03/14/2009');
  });

  it('shows a custom term for a kind of data as written, and masks values of a custom id format', () => {
    const text = 'The report lists courses failed for student MB-123456.';
    const { report } = scan(text, {
      customTerms: [
        { category: 'academic-record', pattern: 'courses failed', label: 'courses failed' },
        { category: 'student-id', pattern: 'MB-\\d{6}' },
      ],
    });
    const quotes = report.findings.filter((f) => f.detector.startsWith('custom/')).map((f) => f.quote);
    expect(quotes).toEqual(['courses failed', '**-**3456']);
  });
});
