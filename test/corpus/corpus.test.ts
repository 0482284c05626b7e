import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { scanFile } from '../../core/index';
import { EXAMPLES, evaluate, labelSets, precision, recall, type Counts, type Evaluation } from './evaluate';

// Floors measured on real documents: raise them as detection improves, never lower them to pass.
interface Floor {
  precision: number;
  recall: number;
}
interface Thresholds {
  [set: string]: { overall: Floor; pii: Floor; clause: Floor; missing: Floor; doctype: number; checklist: number };
}
const THRESHOLDS = JSON.parse(readFileSync(join(import.meta.dirname, 'thresholds.json'), 'utf8')) as Thresholds;

const { sets, skipped } = labelSets();
for (const message of skipped) console.warn(`Corpus tests: ${message}`);

const results: Record<string, Evaluation> = {};
beforeAll(async () => {
  results.examples = await evaluate(sets.filter((s) => s.name === 'examples'));
  if (sets.length > 1) results.all = await evaluate(sets);
}, 120_000);

describe.each(['examples', 'all'])('evaluation on %s', (name) => {
  const floors = THRESHOLDS[name]!;
  const check = (counts: () => Counts, floor: Floor) => {
    expect(precision(counts())).toBeGreaterThanOrEqual(floor.precision);
    expect(recall(counts())).toBeGreaterThanOrEqual(floor.recall);
  };
  it.skipIf(name === 'all' && sets.length < 2)('keeps overall precision and recall above the floors', () => check(() => results[name]!.overall, floors.overall));
  it.skipIf(name === 'all' && sets.length < 2).each(['pii', 'clause', 'missing'] as const)('keeps %s precision and recall above the floors', (kind) =>
    check(() => results[name]!.byKind[kind], floors[kind]),
  );
  it.skipIf(name === 'all' && sets.length < 2)('decides the protections checklist as labelled', () => {
    const { correct, total } = results[name]!.checklist;
    expect(correct / total).toBeGreaterThanOrEqual(floors.checklist);
  });
  it.skipIf(name === 'all' && sets.length < 2)('classifies document types', () => expect(results[name]!.doctypeAccuracy).toBeGreaterThanOrEqual(floors.doctype));
});

describe('our examples', () => {
  const read = (file: string) => scanFile(readFileSync(join(EXAMPLES, file)), file);

  it('flags the Hamden-style MOU with high-severity risks', async () => {
    const report = await read('hamden-style-mou.md');
    expect(report.doctype).toBe('agreement');
    expect(report.summary.bySeverity.high).toBeGreaterThan(2);
  });

  it('shows the MOU\'s risks and missing protections, and the model agreement none, with its checklist all present', async () => {
    const mou = await read('hamden-style-mou.md');
    const flagged = new Set(mou.findings.map((f) => f.category));
    for (const id of ['recipient-owns-data', 'third-party-sharing', 'commercial-use', 'no-parental-consent']) expect(flagged).toContain(id);
    const missing = mou.protections!.filter((p) => p.status === 'missing').map((p) => p.id);
    expect(missing).toEqual(expect.arrayContaining(['breach-notification', 'deletion-on-termination', 'district-ownership']));

    const dpa = await read('model-dpa-style.md');
    expect(dpa.findings.filter((f) => f.kind !== 'pii')).toEqual([]);
    expect(dpa.protections!.map((p) => p.status)).toEqual(dpa.protections!.map(() => 'present'));
    expect(dpa.legalBasis?.requirements.every((r) => r.met)).toBe(true);
  });

  it('raises nothing on a plain board agenda', async () => {
    const report = await read('board-agenda.md');
    expect(report.findings).toEqual([]);
  });
});
