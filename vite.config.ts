import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { trimCssTemplates } from './scripts/trim-css-templates.js';

/** Every per-element entry (`src/define/<name>.ts` → `dist/define/<name>.js`); see the list in src/define.ts. */
const elementEntries = Object.fromEntries(
  readdirSync(fileURLToPath(new URL('./src/define', import.meta.url)))
    .filter((file) => file.endsWith('.ts'))
    .map((file) => [`define/${file.slice(0, -'.ts'.length)}`, `src/define/${file}`]),
);

/**
 * The React wrappers (`src/react/`, generated from the manifest by scripts/kit/generate.ts) →
 * `dist/react/`: `@portico/elements/react` and `@portico/elements/react/<entry>`. React and
 * `@lit/react` stay imports (React is a peer dependency, never bundled).
 */
const reactEntries = Object.fromEntries(
  readdirSync(fileURLToPath(new URL('./src/react', import.meta.url)))
    .filter((file) => file.endsWith('.ts'))
    .map((file) => [`react/${file.slice(0, -'.ts'.length)}`, `src/react/${file}`]),
);

/** Lit's `css` templates trimmed in the library build (see scripts/trim-css-templates.ts). */
function trimCss(): Plugin {
  return {
    name: 'portico-trim-css-templates',
    apply: 'build',
    transform(code, id) {
      if (!id.includes('/src/') || !id.endsWith('.ts')) return null;
      const trimmed = trimCssTemplates(code);
      // Line numbers are kept: the source map of the step before still holds.
      return trimmed === code ? null : { code: trimmed, map: null };
    },
  };
}

// One config, two jobs: `npm start` serves the demo portal (index.html + demo/),
// `npm run build` produces the library (ESM, one file per entry, dependencies external).
export default defineConfig({
  plugins: [trimCss()],
  publicDir: 'public',
  server: { port: 5173, strictPort: false },
  optimizeDeps: { include: ['lit', 'lit/directive-helpers.js'] },
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    copyPublicDir: false,
    sourcemap: true,
    lib: {
      entry: {
        index: 'src/index.ts',
        define: 'src/define.ts',
        ...elementEntries,
        ...reactEntries,
      },
      formats: ['es'],
    },
    rolldownOptions: {
      external: [
        /^react($|\/)/,
        /^react-dom($|\/)/,
        /^lit($|\/)/,
        /^@lit\//,
        /^@lit-labs\//,
        /^zod($|\/)/,
        /^ky($|\/)/,
      ],
      // One file per source module: a bundler that imports a validator gets the validator, not every element.
      output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
    },
  },
});
