import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from './taxonomy';

const TAXONOMY = resolve(import.meta.dirname, '../../shared/taxonomy.md');

// Reads the id, kind and default severity of every row of the three tables in shared/taxonomy.md.
function parseTaxonomy(markdown: string): { id: string; kind: string; severity: string }[] {
  const rows: { id: string; kind: string; severity: string }[] = [];
  let kind = '';
  for (const line of markdown.split('\n')) {
    const heading = /^##\s+`(pii|clause|missing)`/.exec(line);
    if (heading) kind = heading[1]!;
    const row = /^\|\s*`([a-z0-9-]+)`\s*\|(.*)\|\s*$/.exec(line);
    if (!row || !kind) continue;
    const severity = row[2]!.split('|').map((c) => c.trim()).find((c) => /^(high|medium|low)$/.test(c));
    rows.push({ id: row[1]!, kind, severity: severity ?? '' });
  }
  return rows;
}

if (!existsSync(TAXONOMY)) console.warn(`Skipping the taxonomy check: ${TAXONOMY} not found (it sits beside the checkout in CI).`);

describe('taxonomy', () => {
  it.skipIf(!existsSync(TAXONOMY))('matches ../shared/taxonomy.md id for id, kind and default severity', () => {
    const expected = parseTaxonomy(readFileSync(TAXONOMY, 'utf8'));
    expect(expected.length).toBeGreaterThan(40);
    const shared = new Set(expected.map((e) => e.id));
    expect(CATEGORIES.filter((c) => shared.has(c.id)).map(({ id, kind, severity }) => ({ id, kind, severity }))).toEqual(expected);
  });

  // The state checklists added protection ids after v1; they are public too, so the README lists each.
  it('documents in the README every protection id added for the state checklists', () => {
    const readme = readFileSync(resolve(import.meta.dirname, '../README.md'), 'utf8');
    const added = existsSync(TAXONOMY) ? CATEGORIES.filter((c) => !parseTaxonomy(readFileSync(TAXONOMY, 'utf8')).some((e) => e.id === c.id)) : [];
    for (const c of added) {
      expect(c.kind).toBe('missing');
      expect(readme).toMatch(new RegExp(`\\| \`${c.id}\` \\| ${c.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\| ${c.severity} \\|`));
    }
  });

  it('gives every category a title, a reason, a basis and an ask', () => {
    for (const c of CATEGORIES) for (const field of [c.title, c.why, c.basis, c.ask]) expect(field.length).toBeGreaterThan(5);
  });
});
