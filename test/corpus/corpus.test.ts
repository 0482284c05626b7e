import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { scanFile } from '../../core/index';
import { EXAMPLES, evaluate, exampleLabels, precision, recall, type Counts, type Evaluation as ExampleEvaluation } from './evaluate';
import { LOWER_IS_BETTER, runEvaluation, SPLITS, value, type Evaluation } from './figures';
import { checkLabel, loadLabelledDocuments } from './labels';
import { oppPolicies } from './opp115';
import { WEIGHTS_PATH } from './scorer-training';
import { readSplit } from './split';

// Floors measured on real documents, both splits: raise them as detection improves, never lower them to pass.
interface Floors {
  examples: { overall: Floor; pii: Floor; clause: Floor; missing: Floor; doctype: number; checklist: number };
  tune: Record<string, number>;
  test: Record<string, number>;
}
interface Floor {
  precision: number;
  recall: number;
}
const FLOORS = JSON.parse(readFileSync(join(import.meta.dirname, 'thresholds.json'), 'utf8')) as Floors;

const { documents, skipped } = loadLabelledDocuments();
const shared = skipped.length === 0;
for (const message of skipped) console.warn(`Corpus tests: ${message}`);

describe('sentence labels', () => {
  it.each(documents.map((d) => [d.id, d] as const))('%s: every quote at its offsets, known ids, in step with ../shared', (_, doc) => {
    expect(checkLabel(doc)).toEqual([]);
  });
});

describe('the frozen test split', () => {
  const split = readSplit();
  it.each(['documents', 'opp115'] as const)('puts no %s in both splits, and none twice', (key) => {
    const all = [...split[key].test, ...split[key].tune];
    expect(split[key].test.filter((id) => split[key].tune.includes(id))).toEqual([]);
    expect(new Set(all).size).toBe(all.length);
  });
  it('holds no document twice under two names, which would put one text in both splits', () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const doc of documents) {
      const key = doc.text.replace(/\s+/g, ' ').trim();
      if (seen.has(key)) twice.push(`${seen.get(key)} = ${doc.id}`);
      else seen.set(key, doc.id);
    }
    expect(twice).toEqual([]);
  });
  it('holds every labelled document and every OPP-115 policy', () => {
    const known = new Set([...split.documents.test, ...split.documents.tune]);
    expect(documents.map((d) => d.id).filter((id) => !known.has(id))).toEqual([]);
    const policies = oppPolicies();
    if (policies) expect(new Set([...split.opp115.test, ...split.opp115.tune])).toEqual(new Set(policies));
  });
});

describe.skipIf(!shared)('judgment on real documents, both splits', () => {
  let evaluation: Evaluation;
  beforeAll(async () => {
    evaluation = await runEvaluation();
  }, 300_000);

  it('finds every label quote in the scanned text', () => {
    for (const split of SPLITS) expect(evaluation.documents[split].flatMap((d) => d.unaligned.map((q) => `${d.id}: ${q}`))).toEqual([]);
  });

  it('ships the clause scorer that the tuning labels train (npm run train)', () => {
    expect(evaluation.retrained).toEqual(JSON.parse(readFileSync(WEIGHTS_PATH, 'utf8')));
  });

  describe.each(SPLITS)('%s split', (split) => {
    it.each(Object.keys(FLOORS[split]))('%s holds its floor', (name) => {
      const figure = value(evaluation.figures[split].scan[name]);
      expect(figure, `${name} was not measured`).toBeDefined();
      const floor = FLOORS[split][name]!;
      if (LOWER_IS_BETTER.has(name)) expect(figure).toBeLessThanOrEqual(floor);
      else expect(figure).toBeGreaterThanOrEqual(floor);
    });
  });
});

describe('our examples', () => {
  let examples: ExampleEvaluation;
  beforeAll(async () => {
    examples = await evaluate(exampleLabels());
  }, 120_000);
  const floors = FLOORS.examples;
  const check = (counts: () => Counts, floor: Floor) => {
    expect(precision(counts())).toBeGreaterThanOrEqual(floor.precision);
    expect(recall(counts())).toBeGreaterThanOrEqual(floor.recall);
  };
  it('keep overall precision and recall above the floors', () => check(() => examples.overall, floors.overall));
  it.each(['pii', 'clause', 'missing'] as const)('keep %s precision and recall above the floors', (kind) => check(() => examples.byKind[kind], floors[kind]));
  it('decide the protections checklist as labelled', () => {
    const { correct, total } = examples.checklist;
    expect(correct / total).toBeGreaterThanOrEqual(floors.checklist);
  });
  it('are classified by document type', () => expect(examples.doctypeAccuracy).toBeGreaterThanOrEqual(floors.doctype));

  const read = (file: string) => scanFile(readFileSync(join(EXAMPLES, file)), file);

  it('flags the Hamden-style MOU with high-severity risks', async () => {
    const report = await read('hamden-style-mou.md');
    expect(report.doctype).toBe('agreement');
    expect(report.summary.bySeverity.high).toBeGreaterThan(2);
  });

  it("shows the MOU's risks and missing protections, and the model agreement none, with its checklist all present", async () => {
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
