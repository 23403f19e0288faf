/**
 * The CSV importer's core on 100,000 contact rows (≈ 17 MB: `;`, CRLF, text fields quoted, a third of
 * the CPFs starting with 0, about 10 % bad rows; made deterministically from the demo data by
 * `test/fixtures/csv/generate.ts`), each figure beside its anchor measured in the same run:
 * - `csv.import.100k` — ours: decode + parse + map + validate (the contact form's validators) +
 *   duplicates within the file (a new `ImportSession`: `open` for the preview, then `run`, from the file's
 *   bytes), rows/s; anchor: PapaParse
 *   5 parsing the already decoded text with `header: true`, and nothing else. Goal ≥ 1.5×.
 * - `csv.parse.100k` — parsing only, the decoded text into arrays of strings: ours (`CsvParser`) vs
 *   uDSV's string parser (`stringArrs`; not its typed one, which turns dates into `Date`s). rows/s.
 *   Goal ≥ 1.0×. (uDSV compiles its parser with `new Function`, which strict CSPs forbid, and drops
 *   the file's ragged rows — it is credited with all 100,000 rows anyway; ours does neither.)
 * - `csv.heap.100k` — the peak live JS heap of our pipeline vs PapaParse's (the text decoded, then
 *   parsed with `header: true`), each in a fresh Node process (`bench/csv-heap.ts`), MB; ratio ≥ 1
 *   means we use less. Median of three processes per side.
 *
 * Both sides must read the same number of rows (checked before timing). Rounds are interleaved and
 * timed in CPU time (see `time`); figures are medians. Still noisy on a shared machine: compare the
 * ratios.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import Papa from 'papaparse';
import { inferSchema, initParser } from 'udsv';
import { CsvParser, ImportSession } from '../src/core/csv/index.js';
import { generateContactsCsv, generatedRoleNames } from '../test/fixtures/csv/generate.js';
import { higherIsBetter, lowerIsBetter, median, type Benchmark } from './types.js';

const ROWS = 100_000;
const ROUNDS = 5;
const HEAP_RUNS = 3;

/**
 * The CPU milliseconds (user + system, all of the process's threads) `work` takes: steadier than the
 * wall clock on a machine shared with other work, where a process waits its turn for a core.
 */
async function time(work: () => unknown): Promise<number> {
  const start = process.cpuUsage();
  await work();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/** Alternating rounds of two sides (after one warm-up each); the median rows/s of each. */
async function interleaved(
  ours: () => unknown,
  anchor: () => unknown,
): Promise<{ ours: number; anchor: number }> {
  await ours();
  await anchor();
  const oursMs: number[] = [];
  const anchorMs: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    if (round % 2 === 0) {
      oursMs.push(await time(ours));
      anchorMs.push(await time(anchor));
    } else {
      anchorMs.push(await time(anchor));
      oursMs.push(await time(ours));
    }
  }
  return { ours: ROWS / (median(oursMs) / 1000), anchor: ROWS / (median(anchorMs) / 1000) };
}

/** Our parser, the whole text at once, every record kept as an array of strings. */
function parseOurs(text: string): string[][] {
  const records: string[][] = [];
  const parser = new CsvParser(
    { delimiter: ';' },
    {
      record: (fields) => {
        records.push(fields);
      },
      blank() {},
    },
  );
  parser.push(text);
  parser.end();
  return records;
}

function parseUdsv(text: string): string[][] {
  return initParser(inferSchema(text)).stringArrs(text);
}

function parsePapa(text: string): number {
  return Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data
    .length;
}

const run = promisify(execFile);

/** The peak live heap of one side, in MB, measured in a fresh process. */
async function peakHeap(which: 'ours' | 'papa', file: string): Promise<number> {
  const script = fileURLToPath(new URL('./csv-heap.ts', import.meta.url));
  const { stdout } = await run(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', script, which, file],
    { maxBuffer: 1 << 20 },
  );
  const result = JSON.parse(stdout.trim().split('\n').at(-1)!) as { peak: number; rows: number };
  if (result.rows !== ROWS) throw new Error(`${which} read ${result.rows} rows, not ${ROWS}`);
  return result.peak / 1_048_576;
}

const benchmark: Benchmark = {
  name: 'csv',
  where: 'node',
  async run() {
    const generated = generateContactsCsv(ROWS, 1);
    const bytes = new TextEncoder().encode(generated.text);
    const text = new TextDecoder().decode(bytes);
    console.log(
      `  ${ROWS.toLocaleString('en-US')} rows, ${(bytes.length / 1e6).toFixed(1)} MB, ` +
        `${generated.leadingZeroCpfs.toLocaleString('en-US')} CPFs with a leading 0`,
    );

    const session = new ImportSession();
    await session.open(bytes);
    const planned = await session.run({ roles: generatedRoleNames });
    if (planned.summary.rows !== ROWS) throw new Error(`ours planned ${planned.summary.rows} rows`);
    if (parsePapa(text) !== ROWS) throw new Error('PapaParse read another number of rows');
    if (parseOurs(text).length !== ROWS + 1) throw new Error('our parser lost or added a record');
    // uDSV takes the header as its schema and drops the rows with too few fields (1 in 200 here):
    // it is still credited with all of them.
    const udsvRows = parseUdsv(text).length;
    console.log(
      `  uDSV returned ${udsvRows.toLocaleString('en-US')} of the ${ROWS.toLocaleString('en-US')} rows`,
    );

    // A fresh session each round, as for each file a user drops: open (the preview) and plan.
    const importing = await interleaved(
      async () => {
        const fresh = new ImportSession();
        await fresh.open(bytes);
        return fresh.run({ roles: generatedRoleNames });
      },
      () => parsePapa(text),
    );
    const parsing = await interleaved(
      () => parseOurs(text),
      () => parseUdsv(text),
    );

    const folder = mkdtempSync(join(tmpdir(), 'portico-csv-'));
    const file = join(folder, 'contacts-100k.csv');
    writeFileSync(file, bytes);
    const oursHeap: number[] = [];
    const papaHeap: number[] = [];
    try {
      for (let i = 0; i < HEAP_RUNS; i++) {
        oursHeap.push(await peakHeap('ours', file));
        papaHeap.push(await peakHeap('papa', file));
      }
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }

    return [
      higherIsBetter(
        'csv.import.100k',
        importing.ours,
        importing.anchor,
        'rows/s',
        'PapaParse header:true, parse only',
      ),
      higherIsBetter('csv.parse.100k', parsing.ours, parsing.anchor, 'rows/s', 'uDSV stringArrs'),
      lowerIsBetter(
        'csv.heap.100k',
        median(oursHeap),
        median(papaHeap),
        'MB',
        'PapaParse header:true',
      ),
    ];
  },
};

export default benchmark;
