import { describe, expect, it } from 'vitest';
import { maskFileName } from './file-name';

describe('file names the bot writes to Slack', () => {
  it.each([
    ['Maya Chen SSN 512-44-8830.txt', 'M*** C*** SSN ***-**-8830.txt'],
    ['Maya_Chen_512-44-8830.pdf', 'M***_C***_***-**-8830.pdf'],
  ])('masks the personal values in %s, and the name beside them', (name, masked) => {
    expect(maskFileName(name)).toBe(masked);
  });

  it.each(['Board Agenda 2026-03-04.pdf', 'roster 2024.csv', 'Lakeview MOU v2.docx'])('leaves %s as it is: no personal value', (name) => {
    expect(maskFileName(name)).toBe(name);
  });
});
