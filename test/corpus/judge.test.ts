import { describe, expect, it } from 'vitest';
import { Aligner } from './align';
import { judge, type Flag, type Gold } from './judge';
import { baselineFlags } from './keyword-baseline';
import { assign, draw, ruleSaysTest, type Split } from './split';

const at = (text: string, quote: string) => {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`not in text: ${quote}`);
  return { start, end: start + quote.length };
};

describe('judging flags against sentence labels', () => {
  const text =
    'Vendor may share Student Data with its affiliates. Vendor shall not sell Student Data. ' +
    'Vendor may also share Student Data with advertisers. Write to privacy@vendor.example. Vendor collects each student name.';
  const gold: Gold = {
    spans: [
      { ...at(text, 'Vendor may share Student Data with its affiliates.'), pos: ['third-party-sharing'], neg: [], practice: 'affiliates' },
      { ...at(text, 'Vendor shall not sell Student Data.'), pos: [], neg: ['commercial-use'] },
      { ...at(text, 'Vendor may also share Student Data with advertisers.'), pos: ['third-party-sharing'], neg: [] },
      { ...at(text, 'Write to privacy@vendor.example.'), pos: [], neg: ['email'] },
      { ...at(text, 'Vendor collects each student name.'), pos: ['student-name'], neg: [] },
    ],
    protections: { 'breach-notification': ['missing'], 'district-ownership': ['present'], 'security-safeguards': ['present', 'weak'] },
  };
  const flag = (kind: Flag['kind'], category: string, quote?: string): Flag => ({ kind, category, ...(quote ? { span: at(text, quote) } : {}) });

  it('credits one flag per practice and names every kind of error', () => {
    const flags = [
      flag('clause', 'third-party-sharing', 'Vendor may share Student Data'),
      flag('clause', 'third-party-sharing', 'with its affiliates'), // the same practice again
      flag('clause', 'third-party-sharing', 'Vendor may also share Student Data with advertisers.'), // another practice
      flag('clause', 'commercial-use', 'Vendor shall not sell Student Data.'),
      flag('clause', 'targeted-advertising', 'Vendor may also share Student Data with advertisers.'),
      flag('pii', 'email', 'privacy@vendor.example'),
      flag('pii', 'student-name', 'student name'),
      flag('pii', 'student-name', 'Vendor collects'), // one kind of data is one practice
      flag('pii', 'ssn', 'Write to'),
      flag('missing', 'breach-notification'),
      flag('missing', 'district-ownership'),
    ];
    const verdicts = judge(gold, flags, undefined, ['third-party-sharing', 'commercial-use', 'student-name', 'email']).flags.map((j) => `${j.flag.category} ${j.verdict}`);
    // judged in text order, missing protections (no span) first
    expect(verdicts).toEqual([
      'breach-notification correct',
      'district-ownership protection-present',
      'third-party-sharing correct',
      'third-party-sharing duplicate',
      'commercial-use hard-negative',
      'third-party-sharing correct',
      'targeted-advertising wrong-category',
      'ssn spurious',
      'email hard-negative',
      'student-name correct',
      'student-name duplicate',
    ]);
  });

  it('counts labelled sentences hit, hard negatives flagged, and document-level categories', () => {
    const j = judge(gold, [flag('clause', 'commercial-use', 'shall not sell'), flag('pii', 'student-name', 'student name')], new Map([['district-ownership', 'missing']]), [
      'third-party-sharing',
      'commercial-use',
      'student-name',
    ]);
    expect(j.sentences.map((s) => `${s.category} ${s.hit}`)).toEqual(['third-party-sharing false', 'third-party-sharing false', 'student-name true']);
    expect(j.negatives.filter((n) => n.hit).map((n) => n.category)).toEqual(['commercial-use']);
    expect(j.categories).toEqual(
      expect.arrayContaining([
        { category: 'commercial-use', kind: 'clause', expected: false, flagged: true },
        { category: 'student-name', kind: 'pii', expected: true, flagged: true },
        { category: 'breach-notification', kind: 'missing', expected: true, flagged: false },
      ]),
    );
    // "present or weak" can be neither a miss nor a false alarm
    expect(j.categories.some((c) => c.category === 'security-safeguards')).toBe(false);
    expect(j.protections.find((p) => p.id === 'district-ownership')).toEqual({ id: 'district-ownership', expected: ['present'], got: 'missing' });
    expect(j.protections.find((p) => p.id === 'breach-notification')!.got).toBe('none');
  });

  it('judges a folded flag at its first place and lets every place reach a labelled sentence', () => {
    const folded: Flag = { ...flag('clause', 'third-party-sharing', 'Vendor may share Student Data'), also: [{ span: at(text, 'with advertisers') }] };
    const j = judge(gold, [folded], undefined, []);
    expect(j.flags.map((f) => f.verdict)).toEqual(['correct']);
    expect(j.sentences.filter((s) => s.category === 'third-party-sharing').map((s) => s.hit)).toEqual([true, true]);
  });

  it('calls a missing-protection flag on a document with no checklist labels not-an-agreement', () => {
    expect(judge({ spans: [] }, [flag('missing', 'duration')], undefined, []).flags[0]!.verdict).toBe('not-an-agreement');
  });
});


describe('finding a label quote in the scanned text', () => {
  it('ignores white space and table pipes, and takes the occurrence nearest its place in the file', () => {
    const scanned = 'Terms\n\nName Date of birth\nLater: Name Date of birth';
    const aligner = new Aligner(scanned, 60);
    expect(aligner.locate('| Name | Date of  birth |', 50)).toEqual({ start: 33, end: 51 });
    expect(aligner.locate('| Name | Date of  birth |', 5)).toEqual({ start: 7, end: 25 });
    expect(aligner.locate('not there', 0)).toBeUndefined();
  });
});

describe('the keyword baseline', () => {
  it('flags every sentence a keyword is in, negated or not, and calls a protection missing when no keyword gives it', () => {
    const { flags, statuses } = baselineFlags('Vendor shall not sell data. Data is encrypted.', true);
    expect(flags.filter((f) => f.kind === 'clause').map((f) => f.category)).toEqual(['commercial-use']);
    expect(statuses!.get('security-safeguards')).toBe('present');
    expect(statuses!.get('breach-notification')).toBe('missing');
    expect(baselineFlags('Vendor shall not sell data.', false).statuses).toBeUndefined();
  });
});

describe('the frozen split', () => {
  const ids = Array.from({ length: 60 }, (_, i) => `set/doc-${i}.txt`);
  it('draws a third, the same way every time, and keeps drawn documents where they are when others are added', () => {
    const first = draw('seed-a', ids, 3);
    expect(first.test).toHaveLength(20);
    expect(draw('seed-a', [...ids].reverse(), 3)).toEqual(first);
    expect(draw('seed-b', ids, 3).test).not.toEqual(first.test);
    const split: Split = { seed: 'seed-a', method: '', documents: { test: [...first.test], tune: [...first.tune] }, opp115: { test: [], tune: [] } };
    const added = assign(split, 'documents', [...ids, 'set/new.txt'], 3);
    expect(added).toEqual(['set/new.txt']);
    expect(split.documents.test.includes('set/new.txt')).toBe(ruleSaysTest('seed-a', 'set/new.txt', 3));
    expect(split.documents.test.filter((id) => first.test.includes(id))).toEqual(first.test);
  });
});
