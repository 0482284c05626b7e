// `npm run train`: trains the clause scorer on the tuning split's labelled sentences, and only on them (the
// frozen test split never reaches it), and writes core/scorer/weights.json.
import { writeFileSync } from 'node:fs';
import { loadLabelledDocuments } from './labels';
import { readDocument } from './measure';
import { examplesOf, trainScorer, WEIGHTS_PATH, type Example } from './scorer-training';
import { readSplit } from './split';

const tune = new Set(readSplit().documents.tune);
const examples: Example[] = [];
for (const doc of loadLabelledDocuments().documents.filter((d) => tune.has(d.id))) {
  examples.push(...examplesOf(doc, await readDocument(doc)));
}
const { model, outOfFold } = trainScorer(examples);
for (const [id, o] of Object.entries(outOfFold)) {
  const threshold = model.categories[id]?.threshold ?? 2;
  console.log(`${id.padEnd(32)} ${String(o.labelled).padStart(4)} labelled sentences; threshold ${threshold > 1 ? 'off' : threshold.toFixed(2)}, out of fold ${o.right} of ${o.found} right`);
}
writeFileSync(WEIGHTS_PATH, `${JSON.stringify(model)}\n`);
console.log(`core/scorer/weights.json: ${model.trained.documents} documents, ${model.trained.sentences} sentences`);
