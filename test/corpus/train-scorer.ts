// `npm run train`: trains the clause scorer on the tuning split's labelled sentences, and only on them (the
// frozen test split never reaches it), and writes core/scorer/weights.json.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractBlocks } from '../../core/index';
import { loadLabelledDocuments, ROOT } from './labels';
import { examplesOf, trainScorer, type Example } from './scorer-training';
import { readSplit } from './split';

const tune = new Set(readSplit().documents.tune);
const examples: Example[] = [];
for (const doc of loadLabelledDocuments().documents.filter((d) => tune.has(d.id))) {
  const { blocks } = await extractBlocks(readFileSync(doc.documentPath), doc.label.file, { maxOcrPages: 0 });
  examples.push(...examplesOf(doc, blocks));
}
const { model, outOfFold } = trainScorer(examples);
for (const [id, o] of Object.entries(outOfFold)) {
  const threshold = model.categories[id]?.threshold ?? 2;
  console.log(`${id.padEnd(32)} ${String(o.labelled).padStart(4)} labelled sentences; threshold ${threshold > 1 ? 'off' : threshold.toFixed(2)}, out of fold ${o.right} of ${o.found} right`);
}
writeFileSync(join(ROOT, 'core/scorer/weights.json'), `${JSON.stringify(model)}\n`);
console.log(`core/scorer/weights.json: ${model.trained.documents} documents, ${model.trained.sentences} sentences`);
