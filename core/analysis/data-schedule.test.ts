import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractBlocks, scan } from '../index';

const demands = (text: string) => Object.fromEntries((scan(text).report.dataSchedule ?? []).map((row) => [row.category, row.demand]));

describe('data schedule', () => {
  it('reads Mandatory and Encouraged from the request table of the example MOU', async () => {
    const file = new URL('../../examples/hamden-style-mou.md', import.meta.url);
    const { blocks } = await extractBlocks(readFileSync(file), 'hamden-style-mou.md');
    const rows = Object.fromEntries((scan(blocks).report.dataSchedule ?? []).map((row) => [row.category, row.demand]));
    expect(rows).toMatchObject({
      'student-id': 'required',
      birthdate: 'required',
      'grade-level': 'required',
      gender: 'required',
      'race-ethnicity': 'required',
      'english-learner': 'required',
      'economic-status': 'required',
      'disability-iep': 'required',
      'student-name': 'optional',
      'homeless-status': 'optional',
      address: 'optional',
      'facility-security': 'requested',
    });
  });

  it('reads the demand from the wording of a sentence or a line of a list', () => {
    expect(demands('The District will provide student names. The District may provide grade levels where available.')).toEqual({
      'student-name': 'required',
      'grade-level': 'optional',
    });
    expect(demands('Data fields:\nStudent birthdate - mandatory\nHome address - encouraged\n')).toEqual({
      birthdate: 'required',
      address: 'optional',
    });
  });

  it('lists a forbidden kind of data as forbidden, not requested', () => {
    const rows = demands('The Provider shall not collect Social Security numbers. Teachers upload student names to the service.');
    expect(rows).toEqual({ ssn: 'prohibited', 'student-name': 'requested' });
  });

  it('counts the values of a roster column by column', () => {
    const roster = ['Student Name,DOB,Grade', 'Ana Lima,2012-03-04,7', 'Ben Ode,2011-11-30,8', 'Cy Park,2013-01-15,6'].join('\n');
    const blocks = roster.split('\n').flatMap((line, row) =>
      line.split(',').map((text, column) => ({ text, cell: { table: 0, row, column, header: roster.split('\n')[0]!.split(',')[column] } })),
    );
    const rows = scan(blocks).report.dataSchedule ?? [];
    expect(rows.map((r) => [r.category, r.demand, r.count])).toEqual(
      expect.arrayContaining([
        ['student-name', 'held', 3],
        ['birthdate', 'held', 3],
        ['grade-level', 'held', 3],
      ]),
    );
  });

  it('is absent from a document with no student data', () => {
    expect(scan('The board will meet on Tuesday to approve the budget for the new roof.').report.dataSchedule).toBeUndefined();
  });
});
