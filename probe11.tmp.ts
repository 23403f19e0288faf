import { generateContactsCsv, generatedRoleNames } from './test/fixtures/csv/generate.js';
import { ImportSession, readCsv, RowReader, suggestMapping, CsvParser } from './src/core/csv/index.js';
const g = generateContactsCsv(100_000);
const bytes = new TextEncoder().encode(g.text);
const med = (a: number[]) => a.sort((x, y) => x - y)[a.length >> 1]!;
const cpu = async (f: () => unknown) => { const c = process.cpuUsage(); await f(); const d = process.cpuUsage(c); return (d.user + d.system) / 1000; };
const recs: string[][] = []; { const p = new CsvParser({ delimiter: ';' }, { record: (f) => { recs.push(f); }, blank() {} }); p.push(g.text); p.end(); }
const mapping = suggestMapping(recs[0]!).mapping;
const reader = new RowReader(mapping, { roles: generatedRoleNames });
const s = new ImportSession(); await s.open(bytes);
const T: Record<string, number[]> = {};
for (let k = 0; k < 7; k++) {
  (T.readKeepRaw ??= []).push(await cpu(async () => { const raw: string[] = []; await readCsv(bytes, {}, { start() {}, record(_f, _l, _fl, _q, t) { raw.push(t); }, blank() {} }); }));
  (T.readNothing ??= []).push(await cpu(async () => { await readCsv(bytes, {}, { start() {}, record() {}, blank() {} }); }));
  (T.check ??= []).push(await cpu(() => { for (let i = 1; i < recs.length; i++) reader.check(recs[i]!); }));
  (T.full ??= []).push(await cpu(() => s.run({ roles: generatedRoleNames })));
}
console.log(Object.fromEntries(Object.entries(T).map(([k, v]) => [k, Math.round(med(v))])));
