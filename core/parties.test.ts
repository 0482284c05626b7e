import { describe, expect, it } from 'vitest';
import { findParties } from './parties';

describe('findParties', () => {
  it('reads defined names from the preamble and puts each on its side', () => {
    const text = `MEMORANDUM OF UNDERSTANDING

This Memorandum of Understanding ("MOU") is entered into by and between the Millbrook Board of Education (the "Board"), acting for the Millbrook Public Schools, and the Northeast Council for School Renewal, Inc. ("NCSR").`;
    const parties = findParties(text);
    expect(parties.slice(0, 2)).toEqual([
      { name: 'Millbrook Board of Education', aliases: ['Board'], side: 'district' },
      { name: 'Northeast Council for School Renewal, Inc.', aliases: ['NCSR'], side: 'recipient' },
    ]);
    // "School" inside the council's name is not a party of its own
    expect(parties.some((p) => p.name === 'School')).toBe(false);
  });

  it('keeps both aliases of "X" or "Y" definitions', () => {
    const [district] = findParties('entered into by and between San Mateo Unified School District (hereinafter referred to as "SMUSD" or "District") and Acme Research ("Researcher").');
    expect(district).toEqual({ name: 'San Mateo Unified School District', aliases: ['SMUSD', 'District'], side: 'district' });
  });

  it('puts a party defined by a role word on its side, even when its alias is "you"', () => {
    const parties = findParties('These terms are between the School ("you") and Brightpath Learning ("we").');
    expect(parties.map((p) => [p.name, p.aliases, p.side])).toEqual([
      ['School', ['you'], 'district'],
      ['Brightpath Learning', ['we'], 'recipient'],
    ]);
  });

  it('falls back to capitalized role words when no names are defined', () => {
    const sides = findParties('The Provider shall protect data the District sends.').map((p) => [p.name, p.side]);
    expect(sides).toEqual([
      ['District', 'district'],
      ['Provider', 'recipient'],
    ]);
  });
});
