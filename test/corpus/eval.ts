// `npm run eval`: precision and recall per category and overall, on our examples and the shared corpus.
import { category } from '../../core/index';
import { evaluate, labelSets, precision, recall, type Counts } from './evaluate';
import { evaluateValues } from './values';

const { sets, skipped } = labelSets();
for (const message of skipped) console.warn(message);
const result = await evaluate(sets);

const pct = (x: number) => `${(x * 100).toFixed(0)}%`.padStart(5);
const row = (name: string, c: Counts) =>
  `${name.padEnd(30)} ${pct(precision(c))} ${pct(recall(c))}   ${String(c.tp).padStart(3)} ${String(c.fp).padStart(3)} ${String(c.fn).padStart(3)}`;

console.log(`${'category'.padEnd(30)} ${'prec'.padStart(5)} ${'recall'.padStart(5)}   ${' tp'} ${' fp'} ${' fn'}`);
for (const [id, counts] of [...result.byCategory].sort(([a], [b]) => category(a).kind.localeCompare(category(b).kind) || a.localeCompare(b)))
  console.log(row(`${category(id).kind}/${id}`, counts));
console.log('');
for (const [kind, counts] of Object.entries(result.byKind)) console.log(row(`all ${kind}`, counts));
console.log(row('overall', result.overall));
console.log(`doctype accuracy: ${pct(result.doctypeAccuracy)} (${result.documents.length} documents)`);
for (const [id, counts] of Object.entries(evaluateValues())) console.log(row(`value mode/${id}`, counts));
const { correct, total } = result.checklist;
console.log(`checklist accuracy: ${pct(correct / Math.max(1, total))} (${correct} of ${total} labelled protections)\n`);
for (const doc of result.documents) {
  const problems = [
    doc.error ? `unreadable: ${doc.error}` : '',
    doc.doctype.expected.includes(doc.doctype.got) ? '' : `doctype ${doc.doctype.got}, expected ${doc.doctype.expected.join(' or ')}`,
    doc.missed.length ? `missed ${doc.missed.join(', ')}` : '',
    doc.wrong.length ? `wrongly flagged ${doc.wrong.join(', ')}` : '',
  ].filter(Boolean);
  console.log(`${doc.set}/${doc.file}: ${problems.length ? problems.join('; ') : 'as labelled'}`);
}
