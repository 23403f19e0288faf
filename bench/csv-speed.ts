/**
 * Run by `csv.bench.ts` in a fresh Node process: reads a CSV file from disk and times one side of a
 * throughput figure, printing one JSON line `{ which, rows, ms }` — the rows that side read and the
 * CPU milliseconds (user + system, all of the process's threads) of each timed round, after
 * {@link WARM_UPS} untimed rounds (the first of which counts the rows):
 * - `ours` — the import pipeline from the file's bytes: a new `ImportSession`, `open` (the preview)
 *   then `run` (decode, parse, map, validate, duplicates within the file), as for each file a user
 *   drops;
 * - `papa` — PapaParse 5 parsing the already decoded text with `header: true`, and nothing else;
 * - `parse` — our parser (`CsvParser`), the decoded text into arrays of strings, every record kept;
 * - `udsv` — uDSV's string parser (`stringArrs`) on the decoded text.
 *
 * Each side runs alone in its process, so that it pays for its own garbage and nothing else: timed
 * in one process, rounds of one side also paid for collecting what the other left (see
 * `csv.bench.ts`).
 *
 * Usage: `node --import tsx bench/csv-speed.ts <ours|papa|parse|udsv> <file> <rounds>`.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { inferSchema, initParser } from 'udsv';
import { CsvParser, ImportSession } from '../src/core/csv/index.js';
import { generatedRoleNames } from '../test/fixtures/csv/generate.js';

/**
 * A fresh process reaches its steady state — the code compiled, the young generation grown — over
 * its first rounds: after only one, the next two cost up to 1.8× the later ones (ours 1.2–1.8×,
 * PapaParse's 1.0–1.35×).
 */
const WARM_UPS = 3;

/** A side: one round, answering how many data rows (records after the header) it read. */
type Side = () => number | Promise<number>;

function sides(bytes: Uint8Array): Record<string, () => Side> {
  // The anchors and our parser start from the decoded text (not timed); our pipeline, the bytes.
  const decoded = () => new TextDecoder().decode(bytes);
  return {
    ours: () => async () => {
      const session = new ImportSession();
      await session.open(bytes);
      return (await session.run({ roles: generatedRoleNames })).summary.rows;
    },
    papa: () => {
      const text = decoded();
      return () =>
        Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data
          .length;
    },
    parse: () => {
      const text = decoded();
      return () => {
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
        return records.length - 1;
      };
    },
    udsv: () => {
      const text = decoded();
      // uDSV takes the header as its schema and leaves it out of the rows.
      return () => initParser(inferSchema(text)).stringArrs(text).length;
    },
  };
}

/**
 * The CPU milliseconds `work` takes: steadier than the wall clock on a machine shared with other
 * work.
 */
async function time(work: Side): Promise<number> {
  const start = process.cpuUsage();
  await work();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

const usage = 'Usage: csv-speed.ts <ours|papa|parse|udsv> <file> <rounds>';
const [which, path, roundsArg] = process.argv.slice(2);
const rounds = Number(roundsArg);
if (!path || !Number.isInteger(rounds) || rounds < 1) throw new Error(usage);
const make = sides(new Uint8Array(readFileSync(path)))[which ?? ''];
if (!make) throw new Error(usage);
const side = make();
const rows = await side();
for (let round = 1; round < WARM_UPS; round++) await side();
const ms: number[] = [];
for (let round = 0; round < rounds; round++) ms.push(await time(side));
console.log(JSON.stringify({ which, rows, ms }));
