import { generateContactsCsv, generatedRoleNames } from './test/fixtures/csv/generate.js';
import { ImportSession } from './src/core/csv/index.js';
import Papa from 'papaparse';
const g = generateContactsCsv(100_000);
const bytes = new TextEncoder().encode(g.text);
for (let k = 0; k < 5; k++) {
  const s = new ImportSession();
  let t = performance.now();
  await s.open(bytes, {});
  const r = await s.run({ roles: generatedRoleNames });
  const ours = performance.now() - t;
  t = performance.now();
  const p = Papa.parse(g.text, { header: true });
  const papa = performance.now() - t;
  console.log('ours', ours.toFixed(0), 'papa', papa.toFixed(0), (papa/ours).toFixed(2), r.summary.rows, p.data.length);
}
