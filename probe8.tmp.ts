import { generateContactsCsv } from './test/fixtures/csv/generate.js';
import { CsvParser } from './src/core/csv/index.js';
const g = generateContactsCsv(100_000);
const recs: string[][] = [];
const p = new CsvParser({ delimiter: ';' }, { record: (f) => { recs.push(f); }, blank() {} });
p.push(g.text); p.end();
const emails = recs.map(r => r[1]!.toLowerCase());
class Table {
  slots: Int32Array; keys: string[] = []; mask: number;
  constructor(n: number) { let size = 1024; while (size < n * 2) size <<= 1; this.slots = new Int32Array(size).fill(-1); this.mask = size - 1; }
  hash(s: string) { let h = 0x811c9dc5 | 0; for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619); return h; }
  firstOrAdd(key: string, row: number): number {
    let at = this.hash(key) & this.mask;
    for (;;) {
      const held = this.slots[at]!;
      if (held < 0) { this.slots[at] = this.keys.length; this.keys.push(key); return row; }
      if (this.keys[held] === key) return held;
      at = (at + 1) & this.mask;
    }
  }
}
const med = (a: number[]) => a.sort((x, y) => x - y)[a.length >> 1]!;
const A: number[] = [], B: number[] = [];
for (let r = 0; r < 9; r++) {
  let t = performance.now(); const m = new Map<string, number>(); for (let i = 0; i < emails.length; i++) { const k = emails[i]!; if (m.get(k) === undefined) m.set(k, i); } A.push(performance.now() - t);
  t = performance.now(); const tb = new Table(emails.length); for (let i = 0; i < emails.length; i++) tb.firstOrAdd(emails[i]!, i); B.push(performance.now() - t);
}
console.log('map', med(A).toFixed(1), 'table', med(B).toFixed(1));
