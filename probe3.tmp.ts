import { generateContactsCsv } from './test/fixtures/csv/generate.js';
import { CsvParser } from './src/core/csv/index.js';
const g = generateContactsCsv(100_000);
const recs: string[][] = [];
const p = new CsvParser({ delimiter: ';' }, { record: (f) => { recs.push(f); }, blank() {} });
p.push(g.text); p.end();
const emails = recs.map(r => r[1]!.toLowerCase());
const cpfs = recs.map(r => r[4]!);
function run(name: string, keys: string[]) {
  for (let r = 0; r < 3; r++) {
    const m = new Map<string, number>(); const t = performance.now();
    for (let i = 0; i < keys.length; i++) { const k = keys[i]!; const e = m.get(k); if (e === undefined) m.set(k, i); }
    console.log(name, (performance.now() - t).toFixed(1), m.size);
  }
}
run('emails', emails); run('cpfs', cpfs);
const joinedKeys = recs.map(r => { const t = r.join('\0'); return t.slice(r[0]!.length + 1, r[0]!.length + 1 + r[1]!.length); });
run('joined', joinedKeys);
