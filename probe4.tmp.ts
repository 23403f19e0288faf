import { generateContactsCsv } from './test/fixtures/csv/generate.js';
import { CsvParser } from './src/core/csv/index.js';
import { initParser, inferSchema } from 'udsv';
const g = generateContactsCsv(100_000);
const text = g.text;
const med = (a: number[]) => a.sort((x, y) => x - y)[a.length >> 1]!;
const T: Record<string, number[]> = {};
const time = (k: string, f: () => void) => { const t = performance.now(); f(); (T[k] ??= []).push(performance.now() - t); };

function loopParse(s: string, d: number, out: string[][]) {
  const len = s.length; let i = 0;
  while (i < len) {
    const fields: string[] = [];
    for (;;) {
      let c = s.charCodeAt(i);
      if (c === 34) {
        let j = i + 1; let value = '';
        for (;;) {
          const close = s.indexOf('"', j);
          if (s.charCodeAt(close + 1) === 34) { value += s.slice(j, close + 1); j = close + 2; continue; }
          value = value === '' ? s.slice(j, close) : value + s.slice(j, close); i = close + 1; break;
        }
        fields.push(value);
        c = s.charCodeAt(i);
      } else {
        const start = i;
        while (i < len) { c = s.charCodeAt(i); if (c === d || c === 10 || c === 13) break; i++; }
        fields.push(s.slice(start, i));
        if (i >= len) c = -1;
      }
      if (c === d) { i++; continue; }
      if (c === 13) i++;
      if (s.charCodeAt(i) === 10) i++;
      break;
    }
    out.push(fields);
  }
}
for (let k = 0; k < 9; k++) {
  time('ours', () => { const recs: string[][] = []; const p = new CsvParser({ delimiter: ';' }, { record: (f) => { recs.push(f); }, blank() {} }); p.push(text); p.end(); });
  time('loop', () => { const recs: string[][] = []; loopParse(text, 59, recs); });
  time('udsv', () => { const s = inferSchema(text); initParser(s).stringArrs(text); });
}
for (const [k, v] of Object.entries(T)) console.log(k.padEnd(14), med(v).toFixed(0));
