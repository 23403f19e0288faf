import { generateContactsCsv, generatedRoleNames } from './test/fixtures/csv/generate.js';
import { CsvParser, RowReader, suggestMapping } from './src/core/csv/index.js';
const g = generateContactsCsv(100_000);
let recs: string[][] = [];
const p = new CsvParser({ delimiter: ';' }, { record: (f) => { recs.push(f); }, blank() {} }); p.push(g.text); p.end();
const mapping = suggestMapping(recs[0]!).mapping;
console.log(mapping);
const reader = new RowReader(mapping, { roles: generatedRoleNames });
for (let k = 0; k < 15; k++) { const t = performance.now(); for (let i = 1; i < recs.length; i++) reader.check(recs[i]!); console.log((performance.now() - t).toFixed(0)); }
