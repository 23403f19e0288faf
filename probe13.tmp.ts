import { generateContactsCsv } from './test/fixtures/csv/generate.js';
import { readCsv } from './src/core/csv/index.js';
const g = generateContactsCsv(100_000);
const bytes = new TextEncoder().encode(g.text);
const cpu = async (f: () => unknown) => { const c = process.cpuUsage(); await f(); const d = process.cpuUsage(c); return (d.user + d.system) / 1000; };
for (let k = 0; k < 8; k++) console.log(Math.round(await cpu(async () => { await readCsv(bytes, {}, { start() {}, record() {}, blank() {} }); })));
