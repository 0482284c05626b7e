import { describe, expect, it } from 'vitest';
import { compareReports, renderComparison } from './compare';
import { scan } from './index';

const OLD =
  'This agreement is between the Millbrook School District (the "District") and Acme Learning, Inc. ("Provider"). ' +
  'The District will provide student names, birthdates and grade levels. Provider may share student data with its affiliates and partners. ' +
  'Provider will notify the District of any breach of student data within 72 hours.';
const NEW =
  'This agreement is between the Millbrook School District (the "District") and Acme Learning, Inc. ("Provider"). ' +
  'The District will provide student names and grade levels. Provider shall not share student data with any third party. ' +
  'Provider may sell aggregated student information.';

describe('comparing two versions of an agreement', () => {
  const options = { doctype: 'agreement' as const };
  const c = compareReports(scan(OLD, { ...options, source: 'v1' }).report, scan(NEW, { ...options, source: 'v2' }).report);

  it('lists data no longer requested, clauses added and removed, and protections lost', () => {
    expect(c.data.map((d) => [d.id, d.from, d.to])).toEqual([['birthdate', 'required', undefined]]);
    expect(c.clauses.map((d) => [d.id, d.to ?? 'removed'])).toEqual(
      expect.arrayContaining([
        ['third-party-sharing', 'removed'],
        ['commercial-use', 'present'],
      ]),
    );
    expect(c.protections.find((p) => p.id === 'breach-notification')).toMatchObject({ from: 'present', to: 'missing' });
  });

  it('says in plain words which changes are better and which are worse', () => {
    const text = renderComparison(c);
    expect(text).toContain('no longer asked for: Birthdates');
    expect(text).toContain('removed (better): Sharing with third parties');
    expect(text).toMatch(/\(worse\)\s+Breach notification: present -> missing/);
  });
});
