import { describe, expect, it } from 'vitest';
import { scan } from './index';

const PREAMBLE = 'DATA AGREEMENT between the Riverbend Board of Education (the "Board") and Acme Labs LLC ("Provider").';

describe('protections checklist', () => {
  it('marks a protection contradicted when another clause takes it away, and flags it', () => {
    const text = `${PREAMBLE} All student data remain the property of the Board. All work product, including data, shall be the sole property of Provider.`;
    const { report } = scan(text, { doctype: 'agreement' });
    const ownership = report.protections!.find((p) => p.id === 'district-ownership')!;
    expect(ownership.status).toBe('contradicted');
    expect(ownership.evidence.map((e) => e.quote)).toEqual([
      'All student data remain the property of the Board.',
      'All work product, including data, shall be the sole property of Provider.',
    ]);
    expect(report.findings.find((f) => f.category === 'district-ownership')?.quote).toBe(ownership.evidence[1]!.quote);
  });

  it('keeps a protection present when nothing takes it away', () => {
    const { report } = scan(`${PREAMBLE} All student data remain the property of the Board.`, { doctype: 'agreement' });
    expect(report.protections!.find((p) => p.id === 'district-ownership')!.status).toBe('present');
    expect(report.findings.some((f) => f.category === 'district-ownership')).toBe(false);
  });

  it('evaluates every protection for agreements only', () => {
    const agreement = scan(PREAMBLE, { doctype: 'agreement' }).report;
    expect(agreement.protections!.length).toBe(11);
    expect(scan(PREAMBLE, { doctype: 'policy' }).report.protections).toBeUndefined();
  });
});
