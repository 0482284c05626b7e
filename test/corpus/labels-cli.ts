// `npm run labels`: checks every sentence-label file; `npm run labels -- --fill` first writes missing offsets.
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { checkLabel, fillOffsets, loadLabelledDocuments, ROOT } from './labels';

const fill = process.argv.includes('--fill');
const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const { documents, skipped } = loadLabelledDocuments();
for (const message of skipped) console.warn(message);
let failed = 0;
for (const doc of documents) {
  if (only.length && !only.some((o) => doc.id.includes(o))) continue;
  if (fill && fillOffsets(doc)) writeFileSync(doc.labelPath, `${JSON.stringify(doc.label, null, 1)}\n`);
  const problems = checkLabel(doc);
  const spans = doc.label.spans.length;
  console.log(`${problems.length ? 'FAIL' : 'ok  '} ${relative(ROOT, doc.labelPath)} (${spans} spans)`);
  for (const p of problems) console.log(`     ${p}`);
  if (problems.length) failed++;
}
console.log(`${documents.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
