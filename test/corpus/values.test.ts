import { describe, expect, it } from 'vitest';
import { scan, scanFile } from '../../core/index';
import { prose, ROSTER_HEADER, rosterCsv, seeded } from '../fixtures/synthetic';
import { precision, recall } from './evaluate';
import { evaluateValues, VALUE_CATEGORIES } from './values';

describe('value mode on seeded synthetic correspondence', () => {
  const counts = evaluateValues();
  it.each(VALUE_CATEGORIES)('finds %s values with precision and recall of at least 0.9', (category) => {
    expect(precision(counts[category])).toBeGreaterThanOrEqual(0.9);
    expect(recall(counts[category])).toBeGreaterThanOrEqual(0.9);
  });
});

describe('plain prose', () => {
  it('raises no student-data value above low in 50 pages of board minutes and news', () => {
    const { report } = scan(prose(seeded(7), 50));
    const loud = report.findings.filter((f) => f.kind === 'pii' && f.mode === 'value' && f.severity !== 'low');
    expect(loud.map((f) => `${f.category}: ${f.quote}`)).toEqual([]);
  });
});

describe('a 10,000-row roster', () => {
  it('is classified column by column in one short report', async () => {
    const csv = rosterCsv(seeded(42), 10_000);
    const report = await scanFile(new TextEncoder().encode(csv), 'roster.csv');
    const columns = report.findings.filter((f) => f.count !== undefined);
    expect(Object.fromEntries(columns.map((f) => [f.category, f.count]))).toEqual({
      'student-name': 10_000,
      'student-id': 10_000,
      birthdate: 10_000,
      'grade-level': 10_000,
      gender: 10_000,
      'race-ethnicity': 10_000,
      'economic-status': 10_000,
      'disability-iep': 10_000,
      'english-learner': 10_000,
      address: 10_000,
      phone: 10_000,
      email: 10_000,
    });
    expect(columns).toHaveLength(ROSTER_HEADER.length);
    // one line per column, not per cell: the whole report stays short
    expect(report.findings.length).toBeLessThan(3 * ROSTER_HEADER.length);
    expect(report.reidentification?.level).toBe('direct');
  }, 60_000);
});
