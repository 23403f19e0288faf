/**
 * `npm run bench [-- filter…]`: runs every `bench/**\/*.bench.ts`, prints one table of figures, each
 * beside its anchor measured in the same run, and writes `bench/results.json`.
 *
 * - `where: 'node'` benchmarks run in this process, one after the other.
 * - `where: 'browser'` benchmarks each get a fresh page in headless Chromium (playwright-core) on a
 *   Vite dev server serving the repository root (see `browser-harness.ts`); both are started only
 *   when a selected benchmark needs them.
 * - Filters (`npm run bench -- perm validation`) keep the files whose path contains any of them
 *   (case-insensitive). With filters, `results.json` keeps the figures of benchmarks not run this time
 *   and replaces those that were.
 * - A benchmark that throws, returns no figure, or returns a figure that is not a positive finite
 *   number is reported as failed; the others still run, and the process exits with code 1.
 *   `BENCH_TIMEOUT_MS` (default 600000) fails an asynchronous benchmark that takes longer.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BrowserHarness } from './browser-harness.js';
import type { Benchmark, Figure } from './types.js';

const benchDir = fileURLToPath(new URL('.', import.meta.url));
const resultsFile = join(benchDir, 'results.json');
const timeoutMs = Number(process.env.BENCH_TIMEOUT_MS ?? 600_000);

/** A figure as written to `results.json`. */
type Result = Pick<Figure, 'id' | 'ours' | 'anchor' | 'unit' | 'ratio'>;

interface Outcome {
  file: string;
  name: string;
  figures: Figure[];
  seconds: number;
  error?: string;
}

/** Every `*.bench.ts` under `bench/`, as paths relative to it (`/` separated), sorted. */
function discover(filters: string[]): string[] {
  const wanted = filters.map((filter) => filter.toLowerCase());
  return readdirSync(benchDir, { recursive: true, encoding: 'utf8' })
    .map((path) => path.split(sep).join('/'))
    .filter((path) => path.endsWith('.bench.ts') && !path.split('/').includes('node_modules'))
    .filter((path) => wanted.length === 0 || wanted.some((w) => path.toLowerCase().includes(w)))
    .sort();
}

function isBenchmark(value: unknown): value is Benchmark {
  const candidate = value as Partial<Benchmark> | null;
  return (
    typeof candidate === 'object' &&
    candidate !== null &&
    typeof candidate.name === 'string' &&
    (candidate.where === 'node' || candidate.where === 'browser') &&
    typeof candidate.run === 'function'
  );
}

/** Why a figure cannot be printed or compared, or undefined when it is sound. */
function figureProblem(figure: Figure): string | undefined {
  if (typeof figure?.id !== 'string' || figure.id === '') return 'a figure has no id';
  for (const key of ['ours', 'anchor', 'ratio'] as const) {
    const value = figure[key];
    if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
      return `${figure.id}: ${key} is ${String(value)}, not a positive finite number`;
    }
  }
  return undefined;
}

function withTimeout<T>(work: Promise<T>, label: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`${label} took longer than ${timeoutMs} ms`)),
      timeoutMs,
    );
  });
  return Promise.race([work, limit]).finally(() => clearTimeout(timer));
}

function message(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

const number = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 3 });

function formatValue(value: number): string {
  return Math.abs(value) >= 1000
    ? new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 }).format(value)
    : number.format(value);
}

/** Prints the figures as one aligned table. */
function printTable(figures: Figure[]): void {
  const header = ['id', 'ours', 'anchor', 'unit', 'ratio'];
  const rows = figures.map((figure) => [
    figure.id,
    formatValue(figure.ours),
    `${formatValue(figure.anchor)}${figure.anchorName ? ` (${figure.anchorName})` : ''}`,
    figure.unit,
    `${figure.ratio.toFixed(2)}×`,
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column]!.length)),
  );
  const right = new Set([1, 4]);
  const line = (cells: string[]) =>
    cells
      .map((cell, column) =>
        right.has(column) ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!),
      )
      .join('  ')
      .trimEnd();
  console.log(line(header));
  console.log(widths.map((width) => '─'.repeat(width)).join('  '));
  for (const row of rows) console.log(line(row));
}

function readPrevious(): Result[] {
  if (!existsSync(resultsFile)) return [];
  try {
    const parsed: unknown = JSON.parse(readFileSync(resultsFile, 'utf8'));
    return Array.isArray(parsed) ? (parsed as Result[]) : [];
  } catch {
    return [];
  }
}

/** Keeps previous figures not measured now (only when filtered), replacing those that were. */
function mergeResults(previous: Result[], fresh: Result[], filtered: boolean): Result[] {
  if (!filtered) return fresh;
  const freshById = new Map(fresh.map((result) => [result.id, result]));
  const merged = previous.map((result) => freshById.get(result.id) ?? result);
  const kept = new Set(merged.map((result) => result.id));
  return [...merged, ...fresh.filter((result) => !kept.has(result.id))];
}

async function main(): Promise<number> {
  const filters = process.argv.slice(2).filter((arg) => arg !== '--');
  const files = discover(filters);
  if (files.length === 0) {
    console.error(
      `No benchmark matches ${filters.map((f) => `"${f}"`).join(', ') || 'bench/**/*.bench.ts'}.`,
    );
    return 1;
  }
  console.log(`Running ${files.length} benchmark file(s): ${files.join(', ')}\n`);

  const outcomes: Outcome[] = [];
  let harness: BrowserHarness | undefined;
  let harnessError: unknown;

  try {
    for (const file of files) {
      const started = performance.now();
      const outcome: Outcome = { file, name: file, figures: [], seconds: 0 };
      outcomes.push(outcome);
      try {
        const module = (await import(pathToFileURL(join(benchDir, file)).href)) as {
          default?: unknown;
        };
        const benchmark = module.default;
        if (!isBenchmark(benchmark)) {
          throw new Error('the default export is not a Benchmark (see bench/types.ts)');
        }
        outcome.name = benchmark.name;
        console.log(`▶ ${benchmark.name} (${file}, ${benchmark.where})`);

        let figures: Figure[];
        if (benchmark.where === 'node') {
          figures = await withTimeout(Promise.resolve(benchmark.run()), benchmark.name);
        } else {
          if (!harness && harnessError === undefined) {
            try {
              const { startBrowserHarness } = await import('./browser-harness.js');
              harness = await startBrowserHarness();
              console.log(`  (Vite at ${harness.baseUrl}, headless Chromium)`);
            } catch (error) {
              harnessError = error;
            }
          }
          if (!harness)
            throw new Error(`the browser harness did not start: ${message(harnessError)}`);
          const page = await harness.newPage();
          try {
            figures = await withTimeout(
              benchmark.run({ page, baseUrl: harness.baseUrl }),
              benchmark.name,
            );
          } finally {
            await harness.closePage(page).catch(() => undefined);
          }
        }

        if (!Array.isArray(figures) || figures.length === 0)
          throw new Error('it returned no figure');
        const problems = figures.map(figureProblem).filter((p): p is string => p !== undefined);
        outcome.figures = figures.filter((figure) => figureProblem(figure) === undefined);
        if (problems.length > 0) throw new Error(problems.join('; '));
      } catch (error) {
        outcome.error = message(error);
        console.error(`  ✗ failed: ${outcome.error.split('\n')[0]}`);
      }
      outcome.seconds = (performance.now() - started) / 1000;
      if (!outcome.error)
        console.log(`  ✓ ${outcome.figures.length} figure(s) in ${outcome.seconds.toFixed(1)} s`);
    }
  } finally {
    await harness?.close();
  }

  const figures = outcomes.flatMap((outcome) => outcome.figures);
  console.log('');
  if (figures.length > 0) printTable(figures);

  const failed = outcomes.filter((outcome) => outcome.error !== undefined);
  for (const outcome of failed) {
    console.error(`\nFAILED ${outcome.name} (${outcome.file}):\n${outcome.error}`);
  }

  const fresh: Result[] = figures.map(({ id, ours, anchor, unit, ratio }) => ({
    id,
    ours,
    anchor,
    unit,
    ratio,
  }));
  const results = mergeResults(readPrevious(), fresh, filters.length > 0);
  await writeFile(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nWrote ${relative(process.cwd(), resultsFile)} (${results.length} figure(s)).`);
  if (failed.length > 0) console.error(`${failed.length} benchmark file(s) failed.`);
  return failed.length > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(message(error));
    process.exit(1);
  },
);
