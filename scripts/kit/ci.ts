/**
 * The kit's CI step (`npm run test:kit`, the last step of `.ci/run`), after `npm run build`:
 *
 * 1. **Fresh**: the files generated from `custom-elements.json` (React wrappers, reference pages) are
 *    the committed ones, and the host types and editor data in `dist/hosts/` name every tag.
 * 2. **Real hosts**: each app of `examples/` — plain HTML on the self-contained build (`dist/cdn/`),
 *    React 19 through `@portico/elements/react`, Vue 3 through `@portico/elements/define` — is built
 *    with the root's Vite (against `dist/`, as a vendor gets it), served, and opened in headless
 *    Chromium: `<contact-list>` shows the `MemoryAdapter`'s contacts, the test types a search once and
 *    the host's handler receives `portico-query-change` with the typed `detail.search`. The examples'
 *    TypeScript is checked against the package's types (`examples/tsconfig.json`).
 * 3. **As published**: `npm pack`, the tarball unpacked into an empty project's node_modules with
 *    only its declared dependencies (and React, TypeScript) linked from the root's (offline), then `@portico/elements/define`, one element entry, the React
 *    wrappers and the package root resolve and load, and `tsc` type-checks a file that uses the
 *    entries' types, the React wrapper's typed event prop and the JSX, Vue and Svelte host types
 *    (Preact's and Solid's augment modules the consumer has not installed here: not checked).
 *
 * Exits 1 on the first failure, saying what failed.
 *
 * @module
 */
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import vue from '@vitejs/plugin-vue';
import { chromium } from 'playwright-core';
import { build, type Plugin } from 'vite';
import { chromeArgs, findChrome } from '../chrome.mjs';
import { readElements } from './manifest.js';

const root = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'portico-kit-'));

function step(name: string): void {
  console.log(`\n-- ${name}`);
}

function run(command: string, args: string[], cwd = root): string {
  return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

// ── 1. Fresh ─────────────────────────────────────────────────────────────────────────────────────

function checkFresh(): void {
  step('generated files are fresh');
  run('npx', ['tsx', 'scripts/kit/generate.ts', '--check']);
  const changed = run('git', ['status', '--porcelain', '--', 'src/react', 'stories/kit/reference']);
  if (changed.trim()) {
    throw new Error(
      `Generated files differ from the committed ones (run \`npm run analyze\` and commit):\n${changed}`,
    );
  }
  const elements = readElements(root);
  for (const file of ['elements.d.ts', 'vscode.html-custom-data.json', 'web-types.json']) {
    const path = join(root, 'dist/hosts', file);
    if (!existsSync(path)) throw new Error(`dist/hosts/${file} is missing: run \`npm run build\``);
    const text = readFileSync(path, 'utf8');
    for (const element of elements) {
      if (!text.includes(`"${element.tag}"`) && !text.includes(`'${element.tag}'`)) {
        throw new Error(`dist/hosts/${file} does not describe <${element.tag}>`);
      }
    }
  }
  for (const element of elements) {
    if (!existsSync(join(root, 'dist/cdn', `${element.entry}.js`))) {
      throw new Error(`dist/cdn/${element.entry}.js is missing`);
    }
  }
  console.log(
    `${elements.length} tags in the wrappers, the host types, the editor data and dist/cdn/`,
  );
}

// ── 2. Real hosts ────────────────────────────────────────────────────────────────────────────────

/** The package's entries, resolved to the built files (what the `exports` map points at). */
const packageAliases = [
  { find: /^@portico\/elements$/, replacement: join(root, 'dist/index.js') },
  { find: /^@portico\/elements\/define$/, replacement: join(root, 'dist/define.js') },
  { find: /^@portico\/elements\/react$/, replacement: join(root, 'dist/react/index.js') },
];

async function buildExample(name: string, plugins: Plugin[] = []): Promise<void> {
  await build({
    root: join(root, 'examples', name),
    configFile: false,
    logLevel: 'warn',
    base: './',
    plugins,
    resolve: { alias: packageAliases, dedupe: ['react', 'react-dom', 'lit', 'vue'] },
    build: {
      outDir: join(work, 'built', name),
      emptyOutDir: true,
      target: 'es2022',
      // The demo data and the embedded backend make one large chunk; an example needs no splitting.
      chunkSizeWarningLimit: 2000,
    },
  });
}

const types: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.map': 'application/json',
};

/** Serves `/built/…` from the examples' builds and `/examples/…`, `/dist/…` from the repository. */
function serve(): Promise<Server> {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    if (path === '/favicon.ico') {
      response.writeHead(204).end();
      return;
    }
    const file = path.startsWith('/built/')
      ? join(work, path)
      : /^\/(examples|dist)\//.test(path)
        ? join(root, path)
        : undefined;
    if (!file || !existsSync(file) || !file.includes('.')) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

async function checkHosts(): Promise<void> {
  step('examples: build');
  run('npx', ['tsc', '-p', 'examples/tsconfig.json', '--noEmit']);
  await buildExample('react');
  await buildExample('vue', [
    vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.includes('-') } } }),
  ]);
  const server = await serve();
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const executablePath = findChrome();
  if (!executablePath) throw new Error('No Chromium: set CHROME_PATH');
  const browser = await chromium.launch({ executablePath, args: chromeArgs() });
  try {
    const pages = {
      'plain HTML (dist/cdn)': `${base}/examples/html/index.html`,
      'React 19': `${base}/built/react/index.html`,
      'Vue 3': `${base}/built/vue/index.html`,
    };
    for (const [host, url] of Object.entries(pages)) {
      step(`examples: ${host} in Chromium`);
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('response', (response) => {
        if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`);
      });
      await page.goto(url);
      // The adapter's contacts are shown: the element got its adapter as a property.
      await page.locator('contact-list [part="row"]').first().waitFor({ timeout: 30_000 });
      const rows = await page.locator('contact-list [part="row"]').count();
      // Act once: a search. The host's handler writes the typed detail into #received.
      await page.locator('contact-list input[type="search"]').fill('ana');
      await page.locator('#received', { hasText: 'ana' }).waitFor({ timeout: 30_000 });
      if (errors.length) throw new Error(`${host}: errors in the page:\n  ${errors.join('\n  ')}`);
      console.log(`${host}: ${rows} rows shown; portico-query-change received { search: 'ana' }`);
      await page.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
}

// ── 3. As published ──────────────────────────────────────────────────────────────────────────────

function checkPacked(): void {
  step('packed package: npm pack, install into an empty project');
  const packed = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work])) as {
    filename: string;
  }[];
  const tarball = join(work, packed[0]!.filename);
  const project = join(work, 'consumer');
  mkdirSync(project);
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, type: 'module' }, null, 2),
  );
  // Installed as npm would lay it out, offline: the tarball's contents as node_modules/@portico/elements,
  // and only the package's declared dependencies (plus React, its peer, TypeScript and Vue for the type
  // check) linked from the root's node_modules — an import of anything undeclared fails to resolve.
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    dependencies: Record<string, string>;
  };
  const modules = join(project, 'node_modules');
  mkdirSync(join(modules, '@portico'), { recursive: true });
  run('tar', ['-xzf', tarball, '-C', work]);
  renameSync(join(work, 'package'), join(modules, '@portico/elements'));
  for (const name of [
    ...Object.keys(manifest.dependencies),
    'react',
    'typescript',
    '@types/react',
    'vue',
  ]) {
    mkdirSync(dirname(join(modules, name)), { recursive: true });
    symlinkSync(join(root, 'node_modules', name), join(modules, name), 'dir');
  }

  step('packed package: entries resolve and load');
  const entries = [
    '@portico/elements',
    '@portico/elements/define',
    '@portico/elements/contact-list',
    '@portico/elements/react',
    '@portico/elements/react/contact-list',
  ];
  const files = [
    '@portico/elements/custom-elements.json',
    '@portico/elements/web-types.json',
    '@portico/elements/vscode.html-custom-data.json',
    '@portico/elements/cdn/define.js',
  ];
  // Node has no DOM: Lit's Node build registers nothing on the page, but every import of every
  // module of the entry must resolve and run (a missing file or a bad exports path throws here).
  const script = `
    for (const entry of ${JSON.stringify(entries)}) await import(entry);
    for (const file of ${JSON.stringify(files)}) import.meta.resolve(file);
    const { ContactList } = await import('@portico/elements/react');
    if (!ContactList) throw new Error('no ContactList wrapper');
    console.log('loaded: ' + ${JSON.stringify(entries.join(', '))});
  `;
  console.log(run('node', ['--input-type=module', '-e', script], project).trim());

  step('packed package: types resolve (tsc)');
  writeFileSync(
    join(project, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        strict: true,
        noEmit: true,
        jsx: 'react-jsx',
        lib: ['ES2023', 'DOM', 'DOM.Iterable'],
        skipLibCheck: false,
      },
      include: ['check.tsx'],
    }),
  );
  writeFileSync(
    join(project, 'check.tsx'),
    `import '@portico/elements/define';
import '@portico/elements/contact-list';
import { MemoryAdapter, type PorticoEvent } from '@portico/elements';
import { ContactList } from '@portico/elements/react';
import type { JsxElements } from '@portico/elements/jsx';
import type {} from '@portico/elements/svelte';
import type { VueElements } from '@portico/elements/vue';

const list: HTMLElementTagNameMap['contact-list'] = document.createElement('contact-list');
list.addEventListener('portico-contact-saved', (event) => event.detail.contact.name.toUpperCase());
export const adapter: typeof MemoryAdapter = MemoryAdapter;
export const app = (
  <ContactList onPorticoQueryChange={(event: PorticoEvent<'portico-query-change'>) => event.detail.search.trim()} />
);
export const props: JsxElements['contact-list'] = {
  'page-size': '50',
  'onportico-selection-change': (event) => event.detail.count.toFixed(),
};
export type VueList = VueElements['contact-list'];
export const svelteProps: svelteHTML.IntrinsicElements['contact-list'] = {
  'onportico-contact-saved': (event) => event.detail.created,
};
`,
  );
  run('node', [join(modules, 'typescript/bin/tsc'), '-p', '.'], project);
  console.log('tsc: the entries, the React wrapper, the JSX, Vue and Svelte host types check');
}

async function main(): Promise<void> {
  const started = Date.now();
  try {
    // `tsx scripts/kit/ci.ts hosts packed` runs only those parts (while working on one).
    const only = process.argv.slice(2);
    const wanted = (part: string) => only.length === 0 || only.includes(part);
    if (wanted('fresh')) checkFresh();
    if (wanted('hosts')) await checkHosts();
    if (wanted('packed')) checkPacked();
    console.log(`\nkit: every check passed (${Math.round((Date.now() - started) / 1000)} s)`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  const output = error as { stdout?: string; stderr?: string; message?: string };
  console.error(output.message ?? error);
  if (output.stdout) console.error(output.stdout);
  if (output.stderr) console.error(output.stderr);
  process.exit(1);
});
