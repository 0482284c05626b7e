import { describe, expect, it } from 'vitest';
import { scan } from '../index';
import type { ScheduleRow } from './data-schedule';
import { reidentify } from './reidentification';

const rows = (...categories: ScheduleRow['category'][]): ScheduleRow[] =>
  categories.map((category) => ({ category, title: category, demand: 'required', sensitivity: 'high' }));

describe('re-identification meter', () => {
  it('makes the verb agree with the category titles', () => {
    expect(reidentify(rows('student-id'), 2000).reason).toMatch(/^Student identifiers identify students directly/);
    expect(reidentify(rows('geolocation'), 2000).reason).toMatch(/^Precise location identifies students directly/);
  });

  it('calls a student id a direct identifier', () => {
    expect(reidentify(rows('student-id', 'grade-level'), 2000)).toMatchObject({ level: 'direct', directIdentifiers: ['student-id'] });
  });

  it('finds birthdate, gender and grade enough to single out most students', () => {
    const meter = reidentify(rows('birthdate', 'gender', 'grade-level'), 2000);
    expect(meter.level).toBe('high');
    expect(meter.reason).toContain('most students in a group of 1 in a district of 2,000');
  });

  it('rates grade and gender alone low, and a rare status on top of them moderate or worse', () => {
    expect(reidentify(rows('grade-level', 'gender'), 2000).level).toBe('low');
    expect(reidentify(rows('grade-level', 'gender', 'english-learner'), 2000).level).toBe('moderate');
    expect(reidentify(rows('grade-level', 'gender', 'race-ethnicity', 'homeless-status'), 2000).level).toBe('high');
  });

  it('depends on the size of the district', () => {
    expect(reidentify(rows('grade-level', 'gender', 'race-ethnicity'), 2000).level).toBe('low');
    expect(reidentify(rows('grade-level', 'gender', 'race-ethnicity'), 500).level).toBe('moderate');
  });

  it('ignores data the document forbids', () => {
    const schedule = rows('birthdate', 'gender');
    schedule[0]!.demand = 'prohibited';
    expect(reidentify(schedule, 2000).level).toBe('low');
  });

  it('answers an agreement that calls identifying fields anonymous', () => {
    const { report } = scan(
      'The District will provide each student birthdate, gender and grade level. The parties agree these records are not personally identifiable information.',
    );
    expect(report.reidentification?.level).toBe('high');
    expect(report.reidentification?.claim?.quote).toContain('not personally identifiable');
    expect(report.reidentification?.reason).toMatch(/but the fields it lists identify students/);
  });

  it('masks personal values inside the quoted claim', () => {
    const { report } = scan('Records for student 123-45-6789 are anonymous once the district provides birthdates and grade levels.');
    expect(report.reidentification?.claim?.quote).not.toContain('123-45');
  });
});
