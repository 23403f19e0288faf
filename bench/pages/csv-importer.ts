/**
 * The page `bench/csv-importer.bench.ts` drives: `window.csvImporterBench.prepare(rows)` makes a
 * contacts file of `rows` rows (`test/fixtures/csv/generate.ts`, the file of the CSV benchmarks) and a
 * demo company in a MemoryAdapter (as its general admin) and mounts `<csv-importer>`; `run()` takes
 * the file through every step as a person does — choose it, check the rows, import — recording each long task
 * (PerformanceObserver, `longtask`: a main-thread task over 50 ms) from the moment the file is chosen
 * until the result shows.
 */
import { MemoryAdapter, MemoryBackend } from '../../src/core/adapter/memory/index.js';
import { createDemoData } from '../../src/core/demo-data.js';
import { CsvImporter } from '../../src/elements/csv-importer/csv-importer.js';
import { generateContactsCsv } from '../../test/fixtures/csv/generate.js';

if (!customElements.get('csv-importer')) customElements.define('csv-importer', CsvImporter);

const stage = document.getElementById('stage')!;

/** Resolves once `test` holds, checking every 20 ms; rejects after `ms`. */
async function until(test: () => unknown, what: string, ms = 300_000): Promise<void> {
  const started = performance.now();
  while (!test()) {
    if (performance.now() - started > ms) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The button of the element whose text matches `label`. */
function button(el: CsvImporter, label: RegExp): HTMLButtonElement {
  const found = [...el.shadowRoot!.querySelectorAll('button')].find((b) =>
    label.test(b.textContent ?? ''),
  );
  if (!found) throw new Error(`No button ${String(label)}`);
  return found;
}

export interface ImportRun {
  /** Every long task's duration, ms, in order. */
  longTasks: number[];
  /** The longest task seen by the page in each step (0: none over 50 ms). */
  longestByStep: Record<string, number>;
  /** Rows written before the import was cancelled. */
  written: number;
  /** Rows of the plan, and what the import wrote. */
  rows: number;
  created: number;
  /** ms from choosing the file to the result on screen. */
  total: number;
  /** Each step's wall time, ms. */
  steps: Record<string, number>;
}

let el: CsvImporter | undefined;
let file: File | undefined;

/** Makes the file and the company, and mounts the element at its first step: set-up, not measured. */
async function prepare(rows: number): Promise<void> {
  const generated = generateContactsCsv(rows, 1);
  file = new File([generated.text], 'contacts.csv', { type: 'text/csv' });
  const data = createDemoData({ contacts: 30, seed: 1 });
  const backend = new MemoryBackend({ data });
  const adapter = new MemoryAdapter({ backend, actorId: data.actors.generalAdmin });
  stage.replaceChildren();
  const importer = document.createElement('csv-importer');
  // The file is a pt-BR one: its roles are named in pt-BR, which the element reads in its locale.
  importer.lang = 'pt-BR';
  importer.adapter = adapter;
  stage.append(importer);
  el = importer;
  await until(() => importer.shadowRoot?.querySelector('input[type="file"]'), 'the file step');
  await new Promise((resolve) => setTimeout(resolve, 200));
}

/** Takes the prepared file through every step; see the module comment. */
async function run(batches = 4): Promise<ImportRun> {
  if (!el || !file) throw new Error('prepare() first');
  const importer = el;

  const longTasks: { start: number; duration: number }[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      longTasks.push({ start: entry.startTime, duration: entry.duration });
  });
  observer.observe({ type: 'longtask' });
  const steps: Record<string, number> = {};
  const windows: [string, number, number][] = [];
  const started = performance.now();
  let mark = started;
  const step = (name: string) => {
    const now = performance.now();
    steps[name] = now - mark;
    windows.push([name, mark, now]);
    mark = now;
  };

  const input = importer.shadowRoot!.querySelector<HTMLInputElement>('input[type="file"]')!;
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await until(
    () => importer.importer.step === 'mapping' && !importer.importer.busy,
    'the mapping step',
  );
  step('mapping');
  button(importer, /Verificar as linhas/).click();
  await until(
    () => importer.importer.step === 'review' && !importer.importer.busy,
    'the review step',
  );
  step('review');
  const summary = importer.importer.summary!;
  const done = new Promise<CustomEvent>((resolve) =>
    importer.addEventListener('portico-import-done', resolve as EventListener, { once: true }),
  );
  button(importer, /^\s*Importar \d/).click();
  // The MemoryAdapter writes in the page, 500 rows a batch: after `batches` of them the import is
  // cancelled, as a person may, and ends after the batch on its way.
  await until(
    () =>
      (importer.importer.write?.done ?? 0) >= batches * 500 || importer.importer.step === 'done',
    'the first batches',
  );
  if (importer.importer.step === 'importing') button(importer, /^\s*Cancelar/).click();
  const finished = await done;
  await until(() => importer.importer.step === 'done' && !importer.importer.busy, 'the result');
  step('import');
  // Let the last frames and the observer's callbacks run.
  await new Promise((resolve) => setTimeout(resolve, 500));
  observer.disconnect();
  const total = mark - started;
  importer.remove();
  el = undefined;
  const longestByStep: Record<string, number> = {};
  for (const [name, from, to] of windows) {
    const inside = longTasks.filter((task) => task.start >= from && task.start < to);
    longestByStep[name] = Math.max(0, ...inside.map((task) => task.duration));
  }
  return {
    longTasks: longTasks.map((task) => task.duration),
    longestByStep,
    written: importer.importer.write?.done ?? 0,
    rows: summary.rows,
    created: (finished.detail as { created: number }).created,
    total,
    steps,
  };
}

declare global {
  interface Window {
    csvImporterBench: { prepare: typeof prepare; run: typeof run };
  }
}

window.csvImporterBench = { prepare, run };
