import { generateContactsCsv } from './test/fixtures/csv/generate.js';
import { CsvParser } from './src/core/csv/index.js';
const g = generateContactsCsv(100_000);
const bytes = new TextEncoder().encode(g.text);
const med = (a: number[]) => a.sort((x, y) => x - y)[a.length >> 1]!;
const cpu = (f: () => unknown) => { const c = process.cpuUsage(); f(); const d = process.cpuUsage(c); return (d.user + d.system) / 1000; };
const P = 1 << 20;
const T: Record<string, number[]> = {};
for (let k = 0; k < 7; k++) {
  (T.whole ??= []).push(cpu(() => new TextDecoder().decode(bytes)));
  (T.wholeFatal ??= []).push(cpu(() => new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes)));
  (T.piecesFatalStream ??= []).push(cpu(() => { const d = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }); for (let a = 0; a < bytes.length; a += P) d.decode(bytes.subarray(a, a + P), { stream: true }); d.decode(); }));
  (T.piecesStream ??= []).push(cpu(() => { const d = new TextDecoder('utf-8'); for (let a = 0; a < bytes.length; a += P) d.decode(bytes.subarray(a, a + P), { stream: true }); d.decode(); }));
  (T.piecesNoStream ??= []).push(cpu(() => { const d = new TextDecoder('utf-8'); for (let a = 0; a < bytes.length; a += P) d.decode(bytes.subarray(a, a + P)); }));
  (T.parsePieces ??= []).push(cpu(() => { const d = new TextDecoder('utf-8'); const p = new CsvParser({ delimiter: ';' }, { record() {}, blank() {} }); for (let a = 0; a < bytes.length; a += P) p.push(d.decode(bytes.subarray(a, a + P))); p.end(); }));
}
console.log(Object.fromEntries(Object.entries(T).map(([k, v]) => [k, Math.round(med(v))])));
