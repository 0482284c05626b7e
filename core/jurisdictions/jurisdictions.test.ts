import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scanBlocks } from '../engine';
import { OptionsError } from '../errors';
import type { DocumentReport } from '../report/schema';
import { defineJurisdiction, FEDERAL_BASELINE, findState, STATES, type Jurisdiction } from './index';

const fixture = (state: string) => readFileSync(new URL(`../../test/fixtures/states/${state}.md`, import.meta.url), 'utf8');
const check = (text: string, state?: string | Jurisdiction): DocumentReport => scanBlocks([{ text }], { doctype: 'agreement', state }).report;
const status = (doc: DocumentReport, id: string) => doc.protections?.find((p) => p.id === id)?.status;
const finding = (doc: DocumentReport, id: string) => doc.findings.find((f) => f.kind === 'missing' && f.category === id);
const requirement = (state: string, id: string) => findState(state)!.requirements.find((r) => r.protection === id)!;

// Each example agreement (test/fixtures/states) was written to leave out some of its own state's items.
const OWN_GAPS: Record<string, { missing: string[]; late?: string }> = {
  NY: { missing: ['ny-bill-of-rights', 'security-plan'], late: 'breach-notification' },
  CA: { missing: ['advertising-profiling-ban', 'staff-training'] },
  CT: { missing: ['parent-access'], late: 'breach-notification' },
  IL: { missing: ['breach-cost-allocation', 'subprocessor-list'], late: 'breach-notification' },
  TX: { missing: ['advertising-profiling-ban'] },
  MA: { missing: ['security-safeguards'] },
  CO: { missing: ['advertising-profiling-ban', 'subprocessor-flowdown', 'parent-access'] },
  UT: { missing: ['subprocessor-list', 'audit-rights'] },
};

describe('state checklists on example agreements', () => {
  it('has an example agreement for every state', () => {
    expect(Object.keys(OWN_GAPS).sort()).toEqual(STATES.map((s) => s.id).sort());
  });

  for (const [state, gaps] of Object.entries(OWN_GAPS)) {
    it(`${state}: its own missing items are flagged with their citations, and the rest of its list is met`, () => {
      const doc = check(fixture(state.toLowerCase()), state);
      expect(doc.jurisdiction?.state?.id).toBe(state);
      for (const id of gaps.missing) {
        expect(status(doc, id), id).toBe('missing');
        expect(finding(doc, id)?.basis).toContain(`${requirement(state, id).citation}: ${requirement(state, id).requires}`);
        expect(finding(doc, id)?.basis).toContain(findState(state)!.law);
      }
      if (gaps.late) {
        expect(status(doc, gaps.late)).toBe('weak');
        expect(finding(doc, gaps.late)?.message).toMatch(/too late\.$/);
      }
      const others = findState(state)!.requirements.map((r) => r.protection).filter((id) => !gaps.missing.includes(id) && id !== gaps.late);
      for (const id of others) expect(['present', 'weak'], `${state} ${id}`).toContain(status(doc, id));
    });
  }
});

describe('the same agreement under two states', () => {
  const text = fixture('ny');
  const ny = check(text, 'NY');
  const ca = check(text, 'CA');

  it('asks each state’s own items', () => {
    const ids = (doc: DocumentReport) => doc.protections!.map((p) => p.id);
    expect(ids(ny)).toEqual(expect.arrayContaining(['ny-bill-of-rights', 'encryption', 'security-plan']));
    expect(ids(ca)).not.toContain('ny-bill-of-rights');
    expect(ids(ca)).toContain('advertising-profiling-ban');
    expect(ids(ny)).not.toContain('advertising-profiling-ban');
    expect(status(ca, 'advertising-profiling-ban')).toBe('missing');
  });

  it('judges the 10-day breach notice late for New York only, with both numbers', () => {
    expect(status(ny, 'breach-notification')).toBe('weak');
    expect(finding(ny, 'breach-notification')!.message).toBe(
      'The agreement gives 10 days for notice to the district after a breach is discovered; New York requires 7 calendar days (8 NYCRR 121.10(a)): too late.',
    );
    expect(ny.protections!.find((p) => p.id === 'breach-notification')!.deadline).toEqual({ stated: '10 days', required: '7 calendar days', met: false });
    expect(status(ca, 'breach-notification')).toBe('present');
  });
});

describe('New York’s seven-day breach notice (8 NYCRR 121.10(a))', () => {
  const notice = (when: string) => check(`The Contractor shall notify the District ${when} of discovering a data breach.`, 'NY');
  for (const [when, met] of [
    ['within 72 hours', true],
    ['within seventy-two (72) hours', true],
    ['no later than seven (7) calendar days', true],
    ['within 5 business days', true],
    ['within 10 days', false],
    ['within 7 business days', false],
    ['within thirty (30) days', false],
  ] as const)
    it(`${when}: ${met ? 'in time' : 'too late'}`, () => {
      const doc = notice(when);
      expect(status(doc, 'breach-notification')).toBe(met ? 'present' : 'weak');
      expect(doc.protections!.find((p) => p.id === 'breach-notification')!.deadline?.met).toBe(met);
    });

  it('a notice with no time limit stays weak and names the seven days', () => {
    const doc = check('The Contractor shall notify the District promptly of any data breach.', 'NY');
    expect(status(doc, 'breach-notification')).toBe('weak');
    expect(finding(doc, 'breach-notification')!.basis).toContain('8 NYCRR 121.10(a): notice to the district of a breach no more than 7 calendar days after discovering it');
  });
});

describe('governing law under a chosen state', () => {
  const clause = 'This agreement is governed by the laws of the State of New York. The Vendor shall keep data secure.';
  const flagged = (doc: DocumentReport) => doc.findings.some((f) => f.category === 'foreign-governing-law');

  it('is not another state\'s law when the district chose that state', () => {
    expect(flagged(check(clause))).toBe(true);
    expect(flagged(check(clause, 'NY'))).toBe(false);
    expect(flagged(check(clause, 'CT'))).toBe(true);
  });
});

describe('without a state', () => {
  it('checks the federal list alone, with the same ids as before the state lists', () => {
    const doc = check(fixture('ny'));
    expect(doc.protections!.map((p) => p.id).sort()).toEqual(FEDERAL_BASELINE.requirements.map((r) => r.protection).sort());
    expect(doc.protections!.every((p) => p.law === undefined)).toBe(true);
    expect(doc.jurisdiction?.state).toBeUndefined();
  });

  it('suggests the state of the governing-law clause, and says it was only suggested', () => {
    expect(check(fixture('ny')).jurisdiction?.suggested).toEqual({ id: 'NY', name: 'New York', reason: 'the governing-law clause names New York' });
  });

  it('suggests from an address when there is no governing-law clause', () => {
    const doc = check('Send notices to the Board of Education, 12 Elm Street, Springfield, IL 62701. The Vendor shall keep data secure.');
    expect(doc.jurisdiction?.suggested?.id).toBe('IL');
  });

  it('suggests nothing for a state it has no list for', () => {
    expect(check('This agreement is governed by the laws of the State of Delaware.').jurisdiction).toEqual({ caveats: [] });
  });
});

describe('choosing a state', () => {
  it('takes a code or a name in any case', () => {
    expect(check('The Vendor keeps data secure.', 'ny').jurisdiction?.state?.id).toBe('NY');
    expect(check('The Vendor keeps data secure.', 'New York').jurisdiction?.state?.id).toBe('NY');
  });

  it('refuses an unknown state with the list of known ones', () => {
    expect(() => check('text', 'ZZ')).toThrow(OptionsError);
    expect(() => check('text', 'ZZ')).toThrow(/No checklist for the state "ZZ"\. Choose one of CA \(California\).*UT \(Utah\)/);
  });

  it('says in the finding when a requirement was not confirmed in the statute text', () => {
    const doc = check('The Operator shall notify the School within 60 days of a data breach.', 'IL');
    expect(finding(doc, 'breach-notification')!.basis).toContain('105 ILCS 85/15(5): notice to the school no more than 30 calendar days after a breach is determined (not confirmed in the statute text)');
  });
});

describe('a jurisdiction is one data file', () => {
  // A fictional state defined here, as a new file in core/jurisdictions/ would define it.
  const zembla = defineJurisdiction({
    id: 'ZB',
    name: 'Zembla',
    law: 'Zembla School Records Act',
    requirements: [
      { protection: 'encryption', citation: 'Z.S.R.A. § 4(b)', requires: 'encryption in motion and at rest', ask: 'Encrypt the data everywhere.' },
      {
        protection: 'breach-notification',
        citation: 'Z.S.R.A. § 9',
        requires: 'notice to the district within 24 hours',
        ask: 'Give notice within 24 hours.',
        deadline: { limit: 24, unit: 'hours', duty: 'for notice to the district after a breach is discovered' },
      },
    ],
    caveats: ['Zembla also wants contracts posted: not checked.'],
  });

  it('adds its items to the federal list and judges its deadline', () => {
    const doc = check('The Vendor shall notify the District within 72 hours of discovering a data breach.', zembla);
    expect(doc.jurisdiction).toEqual({ state: { id: 'ZB', name: 'Zembla', law: 'Zembla School Records Act' }, caveats: ['Zembla also wants contracts posted: not checked.'] });
    expect(status(doc, 'encryption')).toBe('missing');
    expect(finding(doc, 'encryption')!.basis).toBe('Z.S.R.A. § 4(b): encryption in motion and at rest (Zembla School Records Act)');
    expect(finding(doc, 'breach-notification')!.message).toBe(
      'The agreement gives 72 hours for notice to the district after a breach is discovered; Zembla requires 24 hours (Z.S.R.A. § 9): too late.',
    );
    expect(doc.protections!.length).toBe(FEDERAL_BASELINE.requirements.length + 1);
  });

  it('refuses a requirement that names no protection', () => {
    expect(() =>
      defineJurisdiction({ id: 'ZB', name: 'Zembla', law: 'x', caveats: [], requirements: [{ protection: 'ssn', citation: 'x', requires: 'x', ask: 'x' }] }),
    ).toThrow("ZB: 'ssn' is not a protection id");
  });
});
