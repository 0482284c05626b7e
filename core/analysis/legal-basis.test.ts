import { describe, expect, it } from 'vitest';
import { scan } from '../index';

const basisOf = (text: string) => scan(text, { doctype: 'agreement' }).report.legalBasis;
const unmet = (text: string) => basisOf(text)?.requirements.filter((r) => !r.met).map((r) => r.id);

describe('legal basis', () => {
  it('says so when an agreement names no FERPA exception and no consent', () => {
    expect(basisOf('The District will send the Partner student records every month. The Partner may keep them.')?.basis).toBe('none-stated');
  });

  it('recognises the school-official exception and checks its conditions', () => {
    const text =
      'The Provider is a school official with a legitimate educational interest, under the direct control of the District for the use of student records. ' +
      'The Provider shall use student data only to provide the services described in this agreement.';
    expect(basisOf(text)?.basis).toBe('school-official');
    expect(unmet(text)).toEqual(['institutional-service', 'redisclosure-ban']);
  });

  it('recognises a research study and asks for its destruction terms', () => {
    const text =
      'The Researcher will conduct a study for the District under the studies exception to improve instruction in early reading. ' +
      'The purpose of the study is to compare two phonics programs. This agreement ends on June 30, 2027.';
    const basis = basisOf(text);
    expect(basis?.basis).toBe('studies');
    expect(basis?.citation).toContain('99.31(a)(6)');
    expect(unmet(text)).toContain('destruction');
  });

  it('is absent from documents that are not agreements', () => {
    expect(scan('The board meeting is on Tuesday.').report.legalBasis).toBeUndefined();
  });
});
