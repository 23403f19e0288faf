/**
 * The entry mechanism: every file of `src/define/` is one element's entry, listed once in
 * `src/define.ts`, registering one tag idempotently, exported by the package, marked side-effectful for
 * bundlers (and nothing else is). Runs in Node: `npm run test:build`.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import * as esbuild from 'esbuild';

const repo = resolve(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(join(repo, path), 'utf8');
const names = readdirSync(join(repo, 'src/define'))
  .filter((file) => file.endsWith('.ts'))
  .map((file) => file.slice(0, -'.ts'.length));

/** Bundles `source` (resolved from the repository root) as a vendor's bundler would, minified. */
async function bundle(source: string): Promise<string> {
  const result = await esbuild.build({
    stdin: { contents: source, resolveDir: repo, loader: 'ts' },
    bundle: true,
    format: 'esm',
    minify: true,
    write: false,
    tsconfig: join(repo, 'tsconfig.json'),
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

describe('element entries (src/define/)', () => {
  it('are each listed once in src/define.ts, and it lists no other', () => {
    const listed = [
      ...read('src/define.ts').matchAll(/^import '\.\/define\/([\w-]+)\.js';$/gm),
    ].map((match) => match[1]);
    assert.deepEqual([...listed].sort(), [...names].sort());
    assert.ok(names.length >= 3);
  });

  for (const name of names) {
    it(`${name}: registers one tag, only when it is free, and types it`, () => {
      const source = read(`src/define/${name}.ts`);
      const defines = [...source.matchAll(/customElements\.define\(\s*'([\w-]+)'/g)].map(
        (m) => m[1],
      );
      assert.equal(defines.length, 1, 'one customElements.define');
      const tag = defines[0]!;
      assert.match(source, new RegExp(`if \\(!customElements\\.get\\('${tag}'\\)\\)`));
      assert.match(source, new RegExp(`interface HTMLElementTagNameMap \\{\\s*'${tag}': \\w+;`));
      assert.ok(
        read('test/define/entries.test.ts').includes(`tag: '${tag}'`),
        `test/define/entries.test.ts checks ${tag} in the browser`,
      );
    });
  }

  it('are exported by the package, with their types, and marked as having side effects', () => {
    const pkg = JSON.parse(read('package.json')) as {
      exports: Record<string, unknown>;
      sideEffects: string[];
    };
    assert.deepEqual(pkg.exports['./*'], {
      types: './dist/types/define/*.d.ts',
      import: './dist/define/*.js',
    });
    assert.deepEqual(pkg.exports['./define'], {
      types: './dist/types/define.d.ts',
      import: './dist/define.js',
    });
    assert.deepEqual([...pkg.sideEffects].sort(), [
      './dist/define.js',
      './dist/define/*.js',
      './src/define.ts',
      './src/define/*.ts',
    ]);
  });

  it('keep their registration in a bundle, while the root entry bundles none', async () => {
    for (const name of names) {
      const tag = /customElements\.define\(\s*'([\w-]+)'/.exec(read(`src/define/${name}.ts`))![1]!;
      const code = await bundle(`import './src/define/${name}.ts';`);
      assert.ok(code.includes(`customElements.define("${tag}"`), `${name} registers ${tag}`);
    }
    const all = await bundle(`import './src/define.ts';`);
    assert.equal(all.match(/customElements\.define\(/g)?.length, names.length);
    // A host that takes a validator from the root gets neither a registration nor Lit.
    const validators = await bundle(`export { isValidCpf } from './src/index.ts';`);
    assert.ok(!validators.includes('customElements'));
    assert.ok(!validators.includes('litElementVersions'), 'no Lit in a validator-only bundle');
  });
});
