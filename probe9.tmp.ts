import { generateContactsCsv, generatedRoleNames } from './test/fixtures/csv/generate.js';
import { ImportSession } from './src/core/csv/index.js';
import Papa from 'papaparse';
const g = generateContactsCsv(100_000);
const bytes = new TextEncoder().encode(g.text);
const text = g.text;
const s = new ImportSession(); await s.open(bytes);
const med = (a: number[]) => a.sort((x, y) => x - y)[a.length >> 1]!;
const A: number[] = [], B: number[] = [];
for (let k = 0; k < 7; k++) {
  let t = performance.now(); await s.run({ roles: generatedRoleNames }); A.push(performance.now() - t);
  t = performance.now(); Papa.parse(text, { header: true, skipEmptyLines: true }); B.push(performance.now() - t);
}
console.log('ours', med(A).toFixed(0), 'papa', med(B).toFixed(0), 'ratio', (med(B) / med(A)).toFixed(2));
