/**
 * Run by `csv.bench.ts` in a fresh Node process (`--expose-gc`): reads a CSV file from disk and reports,
 * as one JSON line, the peak live JS heap (bytes above the heap before the file is read) of one side:
 * - `ours` — the import pipeline (`ImportSession.run`: decode, parse, map, validate, duplicates), its
 *   live heap measured after a full GC at every chunk it reads and at the end, the plan still held;
 * - `papa` — the bytes decoded to a string (as `FileReader.readAsText` would), then
 *   `Papa.parse(text, { header: true })`, measured after a full GC with the text and the rows held.
 *
 * Usage: `node --expose-gc --import tsx bench/csv-heap.ts <ours|papa> <file>`.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { ImportSession } from '../src/core/csv/index.js';
import { generatedRoleNames } from '../test/fixtures/csv/generate.js';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('Run with --expose-gc');

/** The live heap now, after a full collection. */
function live(): number {
  gc!();
  gc!();
  return process.memoryUsage().heapUsed;
}

const [which, path] = process.argv.slice(2);
if ((which !== 'ours' && which !== 'papa') || !path) {
  throw new Error('Usage: csv-heap.ts <ours|papa> <file>');
}
const bytes = new Uint8Array(readFileSync(path));
const baseline = live();
let peak = 0;
let rows = 0;
const sample = () => {
  peak = Math.max(peak, live() - baseline);
};

if (which === 'ours') {
  const session = new ImportSession();
  await session.open(bytes);
  await session.run({ roles: generatedRoleNames }, { progress: sample });
  sample();
  rows = session.summary().rows; // the plan is held until after the last sample
} else {
  const text = new TextDecoder().decode(bytes);
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  sample();
  // The text and the rows are held until after the last sample.
  rows = text.length > 0 ? parsed.data.length : -1;
}
console.log(JSON.stringify({ which, peak, rows }));
