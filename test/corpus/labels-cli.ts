// `npm run labels`: checks every sentence-label file.
//   --fill          first writes the offsets of quotes that have none
//   --assign        puts documents and OPP-115 policies the split does not know yet into it, by its rule
//   --draw SEED     the one-time draw of the test split (refused once corpus/split.json exists)
import { existsSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { checkLabel, fillOffsets, loadLabelledDocuments, ROOT } from './labels';
import { oppPolicies } from './opp115';
import { assign, draw, readSplit, SPLIT_PATH, writeSplit } from './split';

const fill = process.argv.includes('--fill');
const seedAt = process.argv.indexOf('--draw');
const seed = seedAt >= 0 ? process.argv[seedAt + 1] : undefined;
const only = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && all[i - 1] !== '--draw');
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

// a third of the documents and half of the OPP-115 policies are the test split
const SHARES = { documents: 3, opp115: 2 } as const;
const ids = { documents: documents.map((d) => d.id), opp115: oppPolicies() ?? [] };
if (seed) {
  if (existsSync(SPLIT_PATH)) throw new Error(`${SPLIT_PATH} exists: the split is drawn once (use --assign for new documents)`);
  writeSplit({
    seed,
    method:
      'Drawn once: ids sorted, ordered by FNV-1a of "<seed>:draw:<id>", the first third of the documents (half of the OPP-115 policies) are the test split. ' +
      'Added later: test when FNV-1a of "<seed>:<id>" is divisible by 3 (2 for OPP-115).',
    documents: draw(seed, ids.documents, SHARES.documents),
    opp115: draw(seed, ids.opp115, SHARES.opp115),
  });
  console.log(`drew ${SPLIT_PATH}`);
} else if (process.argv.includes('--assign')) {
  const split = readSplit();
  const added = [...assign(split, 'documents', ids.documents, SHARES.documents), ...assign(split, 'opp115', ids.opp115, SHARES.opp115)];
  writeSplit(split);
  console.log(added.length ? `assigned ${added.join(', ')}` : 'nothing to assign');
}
console.log(`${documents.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
