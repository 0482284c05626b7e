import { describe, expect, it } from 'vitest';
import { renderText } from './report/text';
import { scanFile } from './index';
import { scan } from './scan';

// One finding per practice: the engine folds repeats, so a reviewer reads each point once.
describe('repeated practices', () => {
  const findingsOf = (text: string, category: string) => scan(text, { showValues: true }).report.findings.filter((f) => f.category === category);

  it('folds a kind of data named again into the first finding, with every other place', () => {
    const text = 'The District will provide each student\'s full name.\n\nLater in the year the District will also send the student\'s full name again.';
    const [name, ...rest] = findingsOf(text, 'student-name');
    expect(rest).toEqual([]);
    expect(name!.also).toHaveLength(1);
    expect(text.slice(name!.also![0]!.span.start, name!.also![0]!.span.end)).toBe("student's full name");
  });

  it('folds values of one kind in prose, but keeps each roster column with its own count', async () => {
    const prose = findingsOf('Records for two pupils: SSN 512-44-8830 and, for the second, SSN 219-09-9991.', 'ssn').filter((f) => f.mode === 'value');
    expect(prose.map((f) => f.also?.length)).toEqual([1]);
    const csv = new TextEncoder().encode('Name,SSN\nAna Diaz,512-44-8830\nBo Lee,219-09-9991\n');
    const roster = (await scanFile(csv, 'roster.csv', { showValues: true })).findings.filter((f) => f.category === 'ssn');
    expect(roster.map((f) => [f.count, f.also])).toEqual([[2, undefined]]);
  });

  it('keeps a clause restated in another part of the document as its own finding', () => {
    const clause = 'Provider may share student data with its subcontractors.';
    const near = findingsOf(`${clause} ${clause}`, 'third-party-sharing');
    expect(near.map((f) => f.also?.length)).toEqual([1]);
    const far = findingsOf(`${clause}\n\n${'The parties meet each term to review the schedule. '.repeat(60)}\n\n${clause}`, 'third-party-sharing');
    expect(far).toHaveLength(2);
  });

  it('tells the reader how many more places a flag stands for', () => {
    const report = scan("The District will provide each student's full name. It will also send the student's full name.").report;
    expect(renderText({ schemaVersion: 1, documents: [report] })).toContain('also in 1 more place');
  });
});
