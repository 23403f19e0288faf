import { CsvParser } from './src/core/csv/parser.js';
function parse(text: string, d = ',', chunks?: number[]) {
  const out: unknown[] = [];
  const p = new CsvParser({ delimiter: d }, { record: (f, l, fl, q) => out.push([l, f, fl, q]), blank: (l) => out.push(['blank', l]) });
  if (chunks) { let at = 0; for (const c of chunks) { p.push(text.slice(at, c)); at = c; } p.push(text.slice(at)); } else p.push(text);
  p.end();
  return JSON.stringify(out);
}
console.log(parse('a,b,c\n1,"x,y",3\r\n\r\n"q""q",  "sp" ,z\r4,5'));
console.log(parse('a,"b\nc",d\n"ab"cd,e\nf'));
console.log(parse('a,"b,c\nd,e,f\ng,h'));
console.log(parse('a,b\r', ',', [2]));
console.log(parse('a,b\r\nc', ',', [4]));
console.log(parse('A,"""B""",C'));
console.log(parse('A, "B" ,C'), parse('A,B "B",C'), parse('a,b,'));
