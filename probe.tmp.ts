import { generateContactsCsv, generatedRoleNames } from './test/fixtures/csv/generate.js';
import { CsvParser, RowReader, suggestMapping, ImportPlan } from './src/core/csv/index.js';
import { validateContactInput } from './src/core/validation/index.js';
import Papa from 'papaparse';
import { initParser, inferSchema } from 'udsv';
const g = generateContactsCsv(100_000);
const bytes = new TextEncoder().encode(g.text);
const med = (a: number[]) => a.sort((x, y) => x - y)[a.length >> 1]!;
const T: Record<string, number[]> = {};
const time = (k: string, f: () => void) => { const t = performance.now(); f(); (T[k] ??= []).push(performance.now() - t); };
let text = '', recs: string[][] = [];
for (let k = 0; k < 7; k++) {
  time('decode', () => { text = new TextDecoder().decode(bytes); });
  time('parse', () => { recs = []; const p = new CsvParser({ delimiter: ';' }, { record: (f) => { recs.push(f); }, blank() {} }); p.push(text); p.end(); });
  time('udsv', () => { const s = inferSchema(text); initParser(s).stringArrs(text); });
  time('papa', () => { Papa.parse(text, { header: true }); });
  const mapping = suggestMapping(recs[0]!).mapping;
  const reader = new RowReader(mapping, { roles: generatedRoleNames });
  time('check', () => { for (let i = 1; i < recs.length; i++) reader.check(recs[i]!); });
  time('validate-only', () => { for (let i = 1; i < recs.length; i++) { const r = recs[i]!; validateContactInput({ name: r[0], email: r[1], country: r[2], document: { type: undefined, number: r[4] }, phone: { countryCode: r[5], area: r[6], number: r[7] }, jobTitle: r[8], company: r[9], consultingAuthorized: true, role: 'x' }); } });
  time('plan', () => { const plan = new ImportPlan(recs[0]!, mapping, { roles: generatedRoleNames }); for (let i = 1; i < recs.length; i++) plan.add(recs[i]!, i + 1, i + 1); });
}
for (const [k, v] of Object.entries(T)) console.log(k.padEnd(14), med(v).toFixed(0));
