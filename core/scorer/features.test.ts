import { describe, expect, it } from 'vitest';
import { findParties } from '../parties';
import { partyWords, ROW, sentenceFeatures, stem, wordsOf } from './features';
import { probability, triggered, type CategoryModel } from './model';

const PREAMBLE = 'This Agreement is between the Elm Creek School District (the "District") and Northwind Learning, Inc. ("Vendor").';
const parties = partyWords(findParties(PREAMBLE));

describe('the words the scorer reads', () => {
  it('reads a party by its side, so one vendor teaches about every vendor', () => {
    expect(wordsOf('The Vendor may share data with the District.', parties)).toEqual(['_recipient_', 'may', 'share', 'data', '_district_']);
  });

  it('marks every word under a negation up to the end of its clause', () => {
    expect(wordsOf('We will not sell or rent records, but we may share them.', parties)).toEqual(
      ['_we_', 'will', '_neg_', 'not_sell', 'not_rent', 'not_record', 'but', '_we_', 'may', 'share', 'them'],
    );
    expect(wordsOf("The app doesn't keep files.", parties)).toContain('not_keep');
  });

  it('reads the forms of a word as one', () => {
    expect(new Set(['shares', 'shared', 'sharing'].map(stem))).toEqual(new Set(['shar']));
    expect(stem('companies')).toBe('company');
    expect(stem('data')).toBe('data');
  });

  it("adds word pairs, the lead's words and a table row's mark", () => {
    const words = wordsOf('Acme | hosting | all data', parties);
    const features = sentenceFeatures(words, 'Acme | hosting | all data', 'We use these subprocessors:', parties);
    expect(features).toEqual(expect.arrayContaining(['acme', 'host data', 'lead:subprocessor', ROW]));
  });
});

describe('a category model', () => {
  const model: CategoryModel = { bias: -2, threshold: 0.6, triggers: ['merger'], weights: { merger: 3, 'merger transfer': 1 } };

  it('scores a sentence by the logistic of its weights', () => {
    expect(probability(model, ['merger', 'merger transfer'])).toBeCloseTo(1 / (1 + Math.exp(-2)));
    expect(probability(model, ['unrelated'])).toBeCloseTo(1 / (1 + Math.exp(2)));
  });

  it('scores only sentences that hold one of its strong words', () => {
    expect(triggered(model, ['merger', 'sale'])).toBe(true);
    expect(triggered(model, ['sale'])).toBe(false);
  });
});
