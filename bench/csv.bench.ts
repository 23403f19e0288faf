/**
 * The CSV importer's core on 100,000 contact rows (≈ 17 MB: `;`, CRLF, text fields quoted, a third
 * of the CPFs starting with 0, about 10 % bad rows; made deterministically from the demo data by
 * `test/fixtures/csv/generate.ts`), each figure beside its anchor measured in the same run:
 * - `csv.import.100k` — ours: decode + parse + map + validate (the contact form's validators) +
 *   duplicates within the file (a new `ImportSession`: `open` for the preview, then `run`, from the
 *   file's bytes), rows/s; anchor: PapaParse 5 parsing the already decoded text with
 *   `header: true`, and nothing else. Goal ≥ 1.5×.
 * - `csv.parse.100k` — parsing only, the decoded text into arrays of strings: ours (`CsvParser`) vs
 *   uDSV's string parser (`stringArrs`; not its typed one, which turns dates into `Date`s). rows/s.
 *   Goal ≥ 1.0×. (uDSV compiles its parser with `new Function`, which strict CSPs forbid, and drops
 *   the file's ragged rows — it is credited with all 100,000 rows anyway; ours does neither. With
 *   this file's quotes taken out, which no field needs, uDSV 0.7.3 never returns: its last row is
 *   short a field, leeoniya/uDSV#25. The file stays quoted so that there is a figure at all.) Ours
 *   shares the short values a contacts file repeats (`BR`, `CPF`, `55`, `Sim`: one string each, not
 *   one per cell), which is most of its lead here; on files with no quotes and no such values,
 *   uDSV's quote-free path is 5–10 % faster (CHANGELOG).
 * - `csv.heap.100k` — the peak live JS heap of our pipeline vs PapaParse's (the text decoded, then
 *   parsed with `header: true`), each in a fresh Node process (`bench/csv-heap.ts`), MB; ratio ≥ 1
 *   means we use less. Median of three processes per side.
 *
 * The file is written to a temporary folder and each side is timed alone in fresh Node processes
 * (`bench/csv-speed.ts`): three per side, ours and the anchor's in turn, each three warm-up rounds
 * and five timed rounds in CPU time. A figure is a side's rows per CPU second over its fifteen
 * rounds, their total: a round that meets a full collection of the heap costs 15 to 50 % more
 * than one that does not, each side meets one every two to five rounds, and the median of so few
 * rounds flipped between the two kinds. Both sides must read the same number of rows (checked).
 *
 * Until 2026-12-03 both sides ran in this process, their rounds interleaved (one warm-up, medians):
 * each side then also paid for collecting the garbage the other left — PapaParse leaves about 60 MB
 * a round, ours under 20 — and our rounds cost 7–15 % more after a PapaParse round than after one
 * of ours. Still noisy on a shared machine: compare the ratios.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { generateContactsCsv } from '../test/fixtures/csv/generate.js';
import { higherIsBetter, lowerIsBetter, median, type Benchmark } from './types.js';

const ROWS = 100_000;
const PROCESSES = 3;
const ROUNDS = 5;
const HEAP_RUNS = 3;

const run = promisify(execFile);

/** Runs `bench/<script>` with `args` in a fresh Node process; its last line of output, parsed. */
async function child<T>(script: string, nodeOptions: string[], args: string[]): Promise<T> {
  const path = fileURLToPath(new URL(script, import.meta.url));
  const { stdout } = await run(
    process.execPath,
    [...nodeOptions, '--import', 'tsx', path, ...args],
    { maxBuffer: 1 << 20 },
  );
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as T;
}

type Speed = 'ours' | 'papa' | 'parse' | 'udsv';

/**
 * The rows/s of two sides, each timed alone in {@link PROCESSES} fresh processes, taking turns
 * (see the module comment). Each side must read all {@link ROWS} rows; `credited` is given them
 * whatever it reads.
 */
async function alone(
  file: string,
  ours: Speed,
  anchor: Speed,
  credited?: Speed,
): Promise<{ ours: number; anchor: number; rows: Record<string, number> }> {
  const ms: Record<string, number[]> = { [ours]: [], [anchor]: [] };
  const rows: Record<string, number> = {};
  for (let i = 0; i < PROCESSES; i++) {
    for (const which of i % 2 === 0 ? [ours, anchor] : [anchor, ours]) {
      const result = await child<{ rows: number; ms: number[] }>(
        './csv-speed.ts',
        [],
        [which, file, String(ROUNDS)],
      );
      if (result.rows !== ROWS && which !== credited) {
        throw new Error(`${which} read ${result.rows} rows, not ${ROWS}`);
      }
      rows[which] = result.rows;
      ms[which]!.push(...result.ms);
    }
  }
  const perSecond = (which: Speed) => {
    const rounds = ms[which]!;
    return (ROWS * rounds.length) / (rounds.reduce((sum, round) => sum + round, 0) / 1000);
  };
  return { ours: perSecond(ours), anchor: perSecond(anchor), rows };
}

/** The peak live heap of one side, in MB, measured in a fresh process. */
async function peakHeap(which: 'ours' | 'papa', file: string): Promise<number> {
  const result = await child<{ peak: number; rows: number }>(
    './csv-heap.ts',
    ['--expose-gc'],
    [which, file],
  );
  if (result.rows !== ROWS) throw new Error(`${which} read ${result.rows} rows, not ${ROWS}`);
  return result.peak / 1_048_576;
}

const benchmark: Benchmark = {
  name: 'csv',
  where: 'node',
  async run() {
    const generated = generateContactsCsv(ROWS, 1);
    const bytes = new TextEncoder().encode(generated.text);
    console.log(
      `  ${ROWS.toLocaleString('en-US')} rows, ${(bytes.length / 1e6).toFixed(1)} MB, ` +
        `${generated.leadingZeroCpfs.toLocaleString('en-US')} CPFs with a leading 0`,
    );

    const folder = mkdtempSync(join(tmpdir(), 'portico-csv-'));
    const file = join(folder, 'contacts-100k.csv');
    writeFileSync(file, bytes);
    const oursHeap: number[] = [];
    const papaHeap: number[] = [];
    let importing: Awaited<ReturnType<typeof alone>>;
    let parsing: Awaited<ReturnType<typeof alone>>;
    try {
      importing = await alone(file, 'ours', 'papa');
      // uDSV takes the header as its schema and drops the rows with too few fields (1 in 200 here):
      // it is still credited with all of them.
      parsing = await alone(file, 'parse', 'udsv', 'udsv');
      console.log(
        `  uDSV returned ${parsing.rows.udsv!.toLocaleString('en-US')} of the ` +
          `${ROWS.toLocaleString('en-US')} rows`,
      );
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
