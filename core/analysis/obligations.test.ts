import { describe, expect, it } from 'vitest';
import { scan } from '../index';

const duties = (text: string) => (scan(text, { doctype: 'agreement' }).report.obligations ?? []).map((o) => [o.what, o.when]);

describe('obligations', () => {
  it('extracts breach-notice, deletion and term deadlines as worded', () => {
    expect(
      duties(
        'The Provider shall notify the District of any breach of student data within seventy-two (72) hours. ' +
          'Within 60 days after the agreement ends, the Provider shall delete all student data. ' +
          'This agreement remains in effect until June 30, 2027.',
      ),
    ).toEqual([
      ['breach-notice', 'within seventy-two (72) hours'],
      ['deletion', 'Within 60 days'],
      ['term', 'until June 30, 2027'],
    ]);
  });

  it('ignores sentences with no deadline, and dates that are not duties', () => {
    expect(duties('The Provider shall delete student data when it is no longer needed. The board met on March 3, 2025 to discuss lunch.')).toEqual([]);
  });
});
