/**
 * Size budgets of the package's entries: what a page loads at once when it imports one, brotli-compressed,
 * with every dependency. `npm run build` runs this file on `dist/` and fails when a budget is exceeded;
 * `npm run bench` prints the same measures as figures (bench/size.bench.ts).
 *
 * How an entry is measured: esbuild bundles the built entry (`dist/…`, as a vendor's bundler would, so
 * the package's `sideEffects` and tree-shaking apply) with lit, the virtualizer and every other
 * dependency, minified, with code splitting. The entry's chunk and every chunk it imports statically are
 * what a page loads at once: each is brotli-compressed (quality 11) and the sizes are added. Chunks
 * reached only through a dynamic `import()` (a lazily loaded locale catalogue, the virtualizer's layout)
 * are not counted, but are listed with their sizes. size-limit 12 was not used: it bundles without
 * splitting, so it counts every dynamically imported module as part of the entry.
 *
 * The breakdown groups the modules as catalogues, zod, lit, virtualizer, ky, other dependencies and our
 * code, and gives each group's minified bytes (esbuild's metafile) and what it adds compressed (see
 * {@link measure}).
 *
 * @module
 */
import { readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';
import * as esbuild from 'esbuild';

/** 1 KB = 1000 bytes, as size-limit and most size tools count. */
export const KB = 1000;

/**
 * The budgets. Each file in `src/define/` (one per element; see the list in `src/define.ts`) is held to
 * `elementLimit`; the `define` entry, which registers every tag, to `defineLimit`.
 */
export const elementLimit = 41 * KB;
/**
 * The `define` budget for `tags` registered tags: 62 KB for the first three (provider, list, matrix), and a
 * third of 25 KB for each tag after them (95.3 KB for seven: `invite-accept`, the invitee's page, is the
 * seventh tag `define` registers). The base was 60 KB, and each element's 40 KB, until the list's keyboard
 * grid and its CSV export (issue 8) took `<contact-list>` to 40.25 KB and `define` to 94.5 KB.
 */
export function defineLimit(tags: number): number {
  return Math.round(62 * KB + (Math.min(Math.max(tags, 3), 7) - 3) * ((25 * KB) / 3));
}

/** Packages that must never reach an element bundle (schemas belong at adapter boundaries). */
export const forbiddenInElements = ['zod'];

/** One budget: an entry of the built package and the most it may weigh. */
export interface Budget {
  /** Short name, used in figures (`size.<name>`). */
  name: string;
  /** The built entry module, relative to the root (`dist/define/contact-list.js`). */
  entry: string;
  /** Measure only these named imports of the entry (what a tree-shaking bundler keeps), not all of it. */
  imports?: string[];
  /** Brotli bytes. */
  limit: number;
  /**
   * Split chunks (default). Off for a budget of named imports: esbuild turns every `import()` it scans
   * into a chunk before tree shaking drops the code that held it, and the modules those chunks share
   * with the page land in a chunk the page imports — bytes a tree-shaking bundler never ships.
   */
  splitting?: boolean;
  /** Package names that must contribute no byte. */
  forbid?: string[];
}

/** A chunk of the bundle. */
export interface Chunk {
  file: string;
  minified: number;
  brotli: number;
}

/** The measure of one budget. */
export interface SizeReport {
  budget: Budget;
  /** Brotli bytes a page loads at once: the entry's chunk and its static imports. */
  bytes: number;
  /** Minified bytes of the same. */
  minified: number;
  /** The chunks counted. */
  chunks: Chunk[];
  /** Chunks reached only through dynamic `import()`: not counted. */
  lazy: Chunk[];
  /** The counted size by part (see {@link partOf}): minified bytes, and the brotli bytes each adds. */
  parts: { part: string; minified: number; brotli: number }[];
  /** Forbidden packages found in the counted chunks. */
  forbidden: string[];
}

/** The budgets of a package root: every element entry, `define`, and the validators from the root. */
export function budgets(root = '.', dist = 'dist'): Budget[] {
  const elements = readdirSync(join(root, 'src/define'))
    .filter((file) => file.endsWith('.ts'))
    .sort()
    .map((file): Budget => {
      const name = file.slice(0, -'.ts'.length);
      return {
        name,
        entry: `${dist}/define/${name}.js`,
        limit: elementLimit,
        forbid: forbiddenInElements,
      };
    });
  return [
    ...elements,
    {
      name: 'define',
      entry: `${dist}/define.js`,
      limit: defineLimit(elements.length),
      forbid: forbiddenInElements,
    },
    // A host that only validates (a CPF, a password) pays for the validators, not for the elements.
    {
      name: 'validators',
      entry: `${dist}/index.js`,
      imports: ['isValidCpf', 'checkPassword'],
      limit: 8 * KB,
      splitting: false,
    },
  ];
}

/** Which part of a bundle a module (a metafile input path) belongs to. */
export function partOf(path: string): string {
  const modules = path.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const rest = path.slice(modules + 'node_modules/'.length).split('/');
    const name = rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!;
    if (name === 'zod') return 'zod';
    if (name === '@lit-labs/virtualizer') return 'virtualizer';
    if (
      ['lit', 'lit-html', 'lit-element', '@lit/reactive-element', '@lit/context'].includes(name)
    ) {
      return 'lit';
    }
    if (name === 'ky') return 'ky';
    return 'other dependencies';
  }
  if (path.includes('/i18n/messages/')) return 'catalogues';
  return 'our code';
}

function packageOf(path: string): string | undefined {
  const modules = path.lastIndexOf('node_modules/');
  if (modules < 0) return undefined;
  const rest = path.slice(modules + 'node_modules/'.length).split('/');
  return rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
}

function brotli(bytes: Uint8Array): number {
  return brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  }).length;
}

interface Bundle {
  chunks: Chunk[];
  lazy: Chunk[];
  /** Minified bytes per part, and the packages, in the counted chunks. */
  parts: Map<string, number>;
  packages: Set<string>;
}

/** The name of the page that imports an entry (esbuild's stdin), as the metafile names its chunk. */
const pageFile = 'page.js';

/**
 * Bundles a page that imports `budget`'s entry, and splits the chunks into those loaded at once (the
 * page's chunk and its static imports) and those loaded later (reached through a dynamic `import()`).
 * Modules of the parts in `without` are left out (external), to weigh what each part adds.
 */
async function bundle(budget: Budget, root: string, without?: string): Promise<Bundle> {
  const absRoot = resolve(root);
  const entry = resolve(absRoot, budget.entry);
  const outdir = join(absRoot, '.size-out');
  const source = budget.imports
    ? `export { ${budget.imports.join(', ')} } from ${JSON.stringify(entry)};`
    : `import ${JSON.stringify(entry)};`;
  const leaveOut: esbuild.Plugin = {
    name: 'leave-out',
    setup(build) {
      build.onResolve({ filter: /.*/ }, async (args) => {
        if (without === undefined || args.pluginData === 'resolving') return undefined;
        const resolved = await build.resolve(args.path, {
          kind: args.kind,
          importer: args.importer,
          resolveDir: args.resolveDir,
          pluginData: 'resolving',
        });
        return partOf(resolved.path) === without ? { path: args.path, external: true } : undefined;
      });
    },
  };
  const result = await esbuild.build({
    stdin: { contents: source, resolveDir: absRoot, sourcefile: pageFile, loader: 'js' },
    bundle: true,
    splitting: budget.splitting ?? true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    metafile: true,
    write: false,
    outdir,
    logLevel: 'silent',
    plugins: [leaveOut],
  });
  const outputs = result.metafile.outputs;
  const files = new Map(result.outputFiles.map((file) => [file.path, file.contents]));
  const chunkOf = (path: string): Chunk => {
    const contents = files.get(resolve(absRoot, path));
    if (!contents) throw new Error(`size: esbuild wrote no contents for ${path}`);
    return {
      file: relative(outdir, resolve(absRoot, path)),
      minified: contents.length,
      brotli: brotli(contents),
    };
  };
  /** `from` and every chunk it imports statically; dynamic imports seen on the way go to `later`. */
  const closure = (from: string[], seen: Set<string>, later: string[]) => {
    const queue = [...from];
    while (queue.length > 0) {
      const path = queue.pop()!;
      if (seen.has(path)) continue;
      seen.add(path);
      for (const imported of outputs[path]!.imports) {
        if (imported.external) continue;
        if (imported.kind === 'import-statement') queue.push(imported.path);
        else if (imported.kind === 'dynamic-import') later.push(imported.path);
      }
    }
  };
  // The page's own chunk: every chunk a dynamic `import()` reaches is an entry point too, and may come
  // first in the metafile.
  // The metafile names it relative to the working directory, which need not be `root`.
  const page = resolve(absRoot, pageFile);
  const start = Object.keys(outputs).find((path) => {
    const entryPoint = outputs[path]!.entryPoint;
    return entryPoint !== undefined && resolve(entryPoint) === page;
  });
  if (!start) throw new Error(`size: esbuild wrote no chunk for ${pageFile}`);
  const now = new Set<string>();
  const dynamic: string[] = [];
  closure([start], now, dynamic);
  const later = new Set<string>();
  closure(dynamic, later, dynamic);
  for (const path of now) later.delete(path);

  const parts = new Map<string, number>();
  const packages = new Set<string>();
  for (const path of now) {
    for (const [input, { bytesInOutput }] of Object.entries(outputs[path]!.inputs)) {
      if (bytesInOutput === 0) continue;
      parts.set(partOf(input), (parts.get(partOf(input)) ?? 0) + bytesInOutput);
      const pkg = packageOf(input);
      if (pkg) packages.add(pkg);
    }
  }
  return { chunks: [...now].map(chunkOf), lazy: [...later].map(chunkOf), parts, packages };
}

const sum = (chunks: Chunk[], key: 'brotli' | 'minified') =>
  chunks.reduce((total, chunk) => total + chunk[key], 0);

/**
 * Measures one budget; `root` is the package root the entry path is relative to. Each part's brotli
 * size is what it adds: the page's size minus the page's size built without that part's modules (so
 * each part is compressed in context); "our code" is what remains. Without `breakdown`, everything is
 * counted as our code (one bundle instead of one per part).
 */
export async function measure(
  budget: Budget,
  root = '.',
  { breakdown = true } = {},
): Promise<SizeReport> {
  const page = await bundle(budget, root);
  const bytes = sum(page.chunks, 'brotli');
  const parts: SizeReport['parts'] = [];
  for (const [part, minified] of page.parts) {
    if (part === 'our code' || !breakdown) continue;
    const without = await bundle(budget, root, part);
    parts.push({ part, minified, brotli: bytes - sum(without.chunks, 'brotli') });
  }
  parts.push({
    part: 'our code',
    minified: page.parts.get('our code') ?? 0,
    brotli: bytes - parts.reduce((total, part) => total + part.brotli, 0),
  });
  return {
    budget,
    bytes,
    minified: sum(page.chunks, 'minified'),
    chunks: page.chunks,
    lazy: page.lazy,
    parts: parts.sort((a, b) => b.brotli - a.brotli),
    forbidden: [...page.packages].filter((pkg) => budget.forbid?.includes(pkg)),
  };
}

/** What is wrong with a report: over budget, or a forbidden package inside. Empty when it passes. */
export function problems(report: SizeReport): string[] {
  const found: string[] = [];
  const { name, limit } = report.budget;
  if (report.bytes > limit) {
    found.push(
      `${name}: ${kb(report.bytes)} brotli is over its budget of ${kb(limit)} by ${kb(report.bytes - limit)}`,
    );
  }
  for (const pkg of report.forbidden) {
    found.push(`${name}: ${pkg} is in the bundle; element entries must not load it`);
  }
  return found;
}

function kb(bytes: number): string {
  return `${(bytes / KB).toFixed(2)} KB`;
}

/** The reports as text: one line per budget, then each entry's breakdown and lazy chunks. */
export function formatReports(reports: SizeReport[]): string {
  const lines: string[] = [
    'Size budgets (brotli, every dependency, what a page loads at once):',
    '',
  ];
  const width = Math.max(...reports.map((report) => report.budget.name.length));
  for (const report of reports) {
    const status = problems(report).length === 0 ? 'ok' : 'OVER';
    const lazy = report.lazy.reduce((sum, chunk) => sum + chunk.brotli, 0);
    lines.push(
      `  ${report.budget.name.padEnd(width)}  ${kb(report.bytes).padStart(9)} of ${kb(report.budget.limit).padStart(8)}  ${status.padEnd(4)}` +
        (report.lazy.length
          ? `  (+ ${kb(lazy)} loaded later, in ${report.lazy.length} chunk(s))`
          : ''),
    );
  }
  for (const report of reports) {
    lines.push(
      '',
      `${report.budget.name} (${report.budget.entry}${report.budget.imports ? `: { ${report.budget.imports.join(', ')} }` : ''}):`,
    );
    for (const part of report.parts) {
      lines.push(
        `  ${part.part.padEnd(18)} ${kb(part.brotli).padStart(9)} brotli  ${kb(part.minified).padStart(9)} minified`,
      );
    }
    for (const chunk of report.lazy) {
      lines.push(`  lazy: ${chunk.file} ${kb(chunk.brotli)} brotli, not counted`);
    }
  }
  return lines.join('\n');
}

/** Measures every budget of `root`/`dist`, prints the reports, and answers the problems found. */
export async function checkBudgets(
  root = '.',
  dist = 'dist',
  budgetList = budgets(root, dist),
): Promise<string[]> {
  const reports: SizeReport[] = [];
  for (const budget of budgetList) reports.push(await measure(budget, root));
  console.log(formatReports(reports));
  return reports.flatMap(problems);
}

async function main(): Promise<number> {
  const found = await checkBudgets('.', process.argv[2] ?? 'dist');
  if (found.length === 0) {
    console.log('\nEvery entry is within its budget.');
    return 0;
  }
  console.error(`\nSize budget exceeded:\n${found.map((line) => `  ✗ ${line}`).join('\n')}`);
  return 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
