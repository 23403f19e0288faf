import { generateContactsCsv } from './test/fixtures/csv/generate.js';
import { CsvParser } from './src/core/csv/index.js';
const g = generateContactsCsv(100_000);
const text = g.text;
const med = (a: number[]) => a.sort((x, y) => x - y)[a.length >> 1]!;
const cpu = (f: () => unknown) => { const c = process.cpuUsage(); f(); const d = process.cpuUsage(c); return (d.user + d.system) / 1000; };
function scanOnly(s: string, d: number) { // count fields via indexOf, no slicing
  const len = s.length; let i = 0, n = 0;
  while (i < len) {
    const c = s.charCodeAt(i);
    if (c === 34) { let j = i + 1; for (;;) { const k = s.indexOf('"', j); if (s.charCodeAt(k + 1) === 34) { j = k + 2; continue; } i = k + 1; break; } }
    else { while (i < len) { const x = s.charCodeAt(i); if (x === d || x === 10 || x === 13) break; i++; } }
    n++;
    const x = s.charCodeAt(i);
    if (x === d) { i++; continue; }
    if (x === 13) i++; if (s.charCodeAt(i) === 10) i++;
  }
  return n;
}
function sliceLoop(s: string, d: number, out: string[][]) {
  const len = s.length; let i = 0;
  while (i < len) {
    const fields: string[] = [];
    for (;;) {
      let c = s.charCodeAt(i);
      if (c === 34) {
        let j = i + 1; let value = '';
        for (;;) { const k = s.indexOf('"', j); if (s.charCodeAt(k + 1) === 34) { value += s.slice(j, k + 1); j = k + 2; continue; } value = value === '' ? s.slice(j, k) : value + s.slice(j, k); i = k + 1; break; }
        fields.push(value); c = s.charCodeAt(i);
      } else {
        const start = i; while (i < len) { c = s.charCodeAt(i); if (c === d || c === 10 || c === 13) break; i++; }
        fields.push(s.slice(start, i)); if (i >= len) c = -1;
      }
      if (c === d) { i++; continue; }
      if (c === 13) i++; if (s.charCodeAt(i) === 10) i++;
      break;
    }
    out.push(fields);
  }
}
const T: Record<string, number[]> = {};
for (let k = 0; k < 9; k++) {
  (T.ours ??= []).push(cpu(() => { const r: string[][] = []; const p = new CsvParser({ delimiter: ';' }, { record: (f) => { r.push(f); }, blank() {} }); p.push(text); p.end(); }));
  (T.scan ??= []).push(cpu(() => scanOnly(text, 59)));
  (T.sliceLoop ??= []).push(cpu(() => { const r: string[][] = []; sliceLoop(text, 59, r); }));
  (T.decode ??= []).push(cpu(() => new TextDecoder().decode(new TextEncoder().encode(text))));
}
console.log(Object.fromEntries(Object.entries(T).map(([k, v]) => [k, Math.round(med(v))])));
function sliceSized(s: string, d: number, out: string[][]) {
  const len = s.length; let i = 0; let width = 4;
  while (i < len) {
    const fields: string[] = new Array(width); let n = 0;
    for (;;) {
      let c = s.charCodeAt(i); let v: string;
      if (c === 34) {
        let j = i + 1; let value = '';
        for (;;) { const k = s.indexOf('"', j); if (s.charCodeAt(k + 1) === 34) { value += s.slice(j, k + 1); j = k + 2; continue; } value = value === '' ? s.slice(j, k) : value + s.slice(j, k); i = k + 1; break; }
        v = value; c = s.charCodeAt(i);
      } else {
        const start = i; while (i < len) { c = s.charCodeAt(i); if (c === d || c === 10 || c === 13) break; i++; }
        v = s.slice(start, i); if (i >= len) c = -1;
      }
      if (n < width) fields[n] = v; else fields.push(v);
      n++;
      if (c === d) { i++; continue; }
      if (c === 13) i++; if (s.charCodeAt(i) === 10) i++;
      break;
    }
    if (n < fields.length) fields.length = n;
    width = n;
    out.push(fields);
  }
}
const U: Record<string, number[]> = {};
for (let k = 0; k < 9; k++) {
  (U.sliceLoop ??= []).push(cpu(() => { const r: string[][] = []; sliceLoop(text, 59, r); }));
  (U.sized ??= []).push(cpu(() => { const r: string[][] = []; sliceSized(text, 59, r); }));
  (U.sizedNoKeep ??= []).push(cpu(() => { const r: string[][] = []; sliceSized(text, 59, { push(x: string[]) { if (x.length === 99) r.push(x); return 0; } } as unknown as string[][]); }));
  (U.noKeep ??= []).push(cpu(() => { const r: string[][] = []; sliceLoop(text, 59, { push(x: string[]) { if (x.length === 99) r.push(x); return 0; } } as unknown as string[][]); }));
}
console.log(Object.fromEntries(Object.entries(U).map(([k, v]) => [k, Math.round(med(v))])));
