import { describe, expect, it } from 'vitest';
import { findParties } from './parties';
import { splitSentences } from './sentences';

const first = (text: string, word: RegExp) => {
  const sentence = splitSentences(text, findParties(text)).find((s) => s.find(word))!;
  return { sentence, match: sentence.find(word)! };
};

describe('sentences', () => {
  it('reads "shall not" and "will never" as negation, but not "including but not limited to" or "not later than"', () => {
    const negated = first('Provider will never sell or rent student data.', /rent/);
    expect(negated.sentence.isNegated(negated.match)).toBe(true);
    const list = first('We may use it for any purpose, including but not limited to marketing of products.', /marketing/);
    expect(list.sentence.isNegated(list.match)).toBe(false);
    const deadline = first('Provider shall notify the District not later than 72 hours after it learns of a breach.', /notify/);
    expect(deadline.sentence.isNegated(deadline.match)).toBe(false);
  });

  it('ends a heading line before its paragraph, so a finding does not quote the heading', () => {
    const text = '3. Ownership and use of data\nAll data shall be the sole property of the Partner.\nThe Partner may keep\nit for as long as it likes.';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      '3. Ownership and use of data',
      'All data shall be the sole property of the Partner.',
      'The Partner may keep\nit for as long as it likes.',
    ]);
  });

  it('lets a negation cover every verb it coordinates, up to a new subject with its own modal', () => {
    const listed = first('Vendor will not sell, rent, or share student records with advertisers.', /share/);
    expect(listed.sentence.isNegated(listed.match)).toBe(true);
    const own = first('Vendor will not sell student records, and it may share them with partners.', /share/);
    expect(own.sentence.isNegated(own.match)).toBe(false);
  });

  it('finds who acts in a clause introduced by "that"', () => {
    const { sentence, match } = first('You agree that we may sublicense the aggregated student data.', /sublicense/);
    expect(sentence.actor(match)).toBe('recipient');
    const district = first('We agree that you may export your roster at any time.', /export/);
    expect(district.sentence.actor(district.match)).toBe('district');
  });

  it('resolves defined names to their side', () => {
    const text = 'This agreement is between the Millbrook Board of Education (the "Board") and Acme Learning, Inc. ("Provider"). Provider may share data with affiliates.';
    const { sentence, match } = first(text, /share/);
    expect(sentence.actor(match)).toBe('recipient');
  });
});
