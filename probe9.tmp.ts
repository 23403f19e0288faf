import { generateContactsCsv, generatedRoleNames } from './test/fixtures/csv/generate.js';
import { ImportSession, CsvParser } from './src/core/csv/index.js';
import { inferSchema, initParser } from 'udsv';
import Papa from 'papaparse';
const g = generateContactsCsv(100_000);
const bytes = new TextEncoder().encode(g.text);
const text = g.text;
const s = new ImportSession(); await s.open(bytes);
const med = (a: number[]) => a.sort((x, y) => x - y)[a.length >> 1]!;
const cpu = async (f: () => unknown) => { const c = process.cpuUsage(); await f(); const d = process.cpuUsage(c); return (d.user + d.system) / 1000; };
const T: Record<string, number[]> = {};
for (let k = 0; k < 7; k++) {
  (T.ours ??= []).push(await cpu(() => s.run({ roles: generatedRoleNames })));
  (T.papa ??= []).push(await cpu(() => Papa.parse(text, { header: true, skipEmptyLines: true })));
  (T.parse ??= []).push(await cpu(() => { const r: string[][] = []; const p = new CsvParser({ delimiter: ';' }, { record: (f) => { r.push(f); }, blank() {} }); p.push(text); p.end(); }));
  (T.udsv ??= []).push(await cpu(() => initParser(inferSchema(text)).stringArrs(text)));
}
const m = Object.fromEntries(Object.entries(T).map(([k, v]) => [k, Math.round(med(v))]));
console.log(m, 'import', (m.papa! / m.ours!).toFixed(2), 'parse', (m.udsv! / m.parse!).toFixed(2));
