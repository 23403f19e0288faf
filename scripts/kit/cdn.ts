/**
 * The self-contained build for a page without a bundler (`dist/cdn/`): every file of `dist/` a page
 * imports — `define.js` (every tag, in registration order), one file per element (`contact-list.js`, … — the entries of
 * `src/define/`, so a new tag gets its file without a line written for it) and `index.js` (the
 * adapters, validators and types' runtime parts) — bundled by esbuild with Lit and every other
 * dependency inlined, so `<script type="module" src=".../cdn/define.js">` works from any static host.
 * Code the files share (Lit, the internal parts) lands in `chunks/`, loaded once by the browser
 * however many element files a page loads; locale catalogues stay lazy chunks.
 *
 * `tsx scripts/kit/cdn.ts [dist]` after `vite build` (`npm run build` runs it).
 *
 * @module
 */
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

/**
 * The entries esbuild bundles: output name → built module of `dist/` (`define.js` is not one of them,
 * see {@link defineModule}).
 */
export function cdnEntries(dist = 'dist'): Record<string, string> {
  const elements = readdirSync(join(dist, 'define'))
    .filter((file) => file.endsWith('.js'))
    .map((file): [string, string] => [file.slice(0, -'.js'.length), join(dist, 'define', file)]);
  return { index: join(dist, 'index.js'), ...Object.fromEntries(elements) };
}

/**
 * `dist/cdn/define.js`: the element files imported one after the other, in `src/define.ts`'s order
 * (the provider first, so elements inside it find it upgraded). Bundled as one entry, esbuild's
 * code splitting moved each registration into a chunk shared with that element's own file and
 * ran them in chunk order — `<contact-list>` upgraded before `<portico-provider>` and never found it.
 */
export function defineModule(defineSource: string): string {
  const entries = [...defineSource.matchAll(/^import '\.\/define\/([\w-]+)\.js';$/gm)].map(
    (match) => match[1]!,
  );
  if (entries.length === 0) throw new Error('cdn: src/define.ts lists no element entry');
  return `// Every Portico tag, in registration order (the provider first). The classes, adapters and\n// validators are in ./index.js.\n${entries.map((entry) => `import './${entry}.js';`).join('\n')}\n`;
}

/** Builds `dist/cdn/` from the built package; answers the files written. */
export async function buildCdn(dist = 'dist'): Promise<string[]> {
  const outdir = join(dist, 'cdn');
  rmSync(outdir, { recursive: true, force: true });
  const result = await esbuild.build({
    entryPoints: cdnEntries(dist),
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    sourcemap: true,
    chunkNames: 'chunks/[name]-[hash]',
    legalComments: 'linked',
    metafile: true,
    logLevel: 'warning',
  });
  writeFileSync(
    join(outdir, 'define.js'),
    defineModule(readFileSync(join(dist, '../src/define.ts'), 'utf8')),
  );
  return [
    join(outdir, 'define.js'),
    ...Object.keys(result.metafile.outputs).filter((file) => file.endsWith('.js')),
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  buildCdn(process.argv[2] ?? 'dist').then(
    (files) => {
      const entries = files.filter((file) => !file.includes('/chunks/'));
      console.log(
        `Self-contained build: ${entries.length} entries, ${files.length - entries.length} shared or lazy chunks in dist/cdn/`,
      );
    },
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
