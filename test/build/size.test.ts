/**
 * The size budget check itself (scripts/size.ts), on a small package made in a temporary folder: an
 * entry within budget passes, an entry over it fails (also through the command `npm run build` runs),
 * a dynamically imported chunk is not counted but is listed, and a forbidden package is caught.
 * Runs in Node: `npm run test:build`.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { budgets, measure, problems, elementLimit, KB } from '../../scripts/size.js';

const repo = resolve(import.meta.dirname, '../..');

/** `bytes` of text that brotli shrinks only to about two thirds (seeded pseudo-random base-36 digits). */
function incompressible(bytes: number, seed: number): string {
  let state = seed;
  let text = '';
  while (text.length < bytes) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    text += state.toString(36);
  }
  return text.slice(0, bytes);
}

let root: string;

function write(path: string, contents: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), contents);
}

before(() => {
  root = mkdtempSync(join(tmpdir(), 'portico-size-'));
  write(
    'package.json',
    JSON.stringify({ name: 'fixture', type: 'module', sideEffects: ['./dist/define/*.js'] }),
  );
  write(
    'node_modules/zod/package.json',
    JSON.stringify({ name: 'zod', type: 'module', main: 'index.js' }),
  );
  write(
    'node_modules/zod/index.js',
    `export const schema = ${JSON.stringify(incompressible(2000, 7))};`,
  );
  write('dist/big.js', `export const big = ${JSON.stringify(incompressible(100 * KB, 1))};`);
  write('dist/small.js', `export const small = 'small';`);
  // Within budget: a small module.
  write('dist/define/light.js', `import { small } from '../small.js';\nconsole.log(small);\n`);
  // Over budget: a big module imported statically.
  write('dist/define/heavy.js', `import { big } from '../big.js';\nconsole.log(big);\n`);
  // Within budget: the same big module, imported dynamically (loaded later, not at once).
  write(
    'dist/define/lazy.js',
    `document.onclick = () => import('../big.js').then((m) => console.log(m.big));\n`,
  );
  // Small, but with a forbidden package.
  write('dist/define/schema.js', `import { schema } from 'zod';\nconsole.log(schema);\n`);
  write('dist/define.js', `import './define/light.js';\n`);
  write(
    'dist/index.js',
    `export { small as isValidCpf, small as checkPassword } from './small.js';\n`,
  );
  for (const name of ['light', 'heavy', 'lazy', 'schema']) write(`src/define/${name}.ts`, '');
});

after(() => rmSync(root, { recursive: true, force: true }));

describe('size budgets (scripts/size.ts)', () => {
  it('lists a budget for every file of src/define, for define and for the validators', () => {
    const names = budgets(root).map((budget) => budget.name);
    assert.deepEqual(names, ['heavy', 'lazy', 'light', 'schema', 'define', 'validators']);
    const heavy = budgets(root).find((budget) => budget.name === 'heavy')!;
    assert.equal(heavy.limit, elementLimit);
    assert.deepEqual(heavy.forbid, ['zod']);
  });

  it('passes an entry within its budget', async () => {
    const report = await measure(
      budgets(root).find((budget) => budget.name === 'light')!,
      root,
    );
    assert.ok(report.bytes > 0 && report.bytes < 200, `light weighs ${report.bytes}`);
    assert.deepEqual(problems(report), []);
  });

  it('fails an entry over its budget, saying by how much', async () => {
    const report = await measure(
      budgets(root).find((budget) => budget.name === 'heavy')!,
      root,
    );
    assert.ok(report.bytes > elementLimit, `heavy weighs ${report.bytes}`);
    const found = problems(report);
    assert.equal(found.length, 1);
    assert.match(found[0]!, /^heavy: .* over its budget of 41\.00 KB by /);
  });

  it('does not count a chunk loaded by a dynamic import(), but lists it', async () => {
    const report = await measure(
      budgets(root).find((budget) => budget.name === 'lazy')!,
      root,
    );
    assert.ok(report.bytes < 300, `lazy weighs ${report.bytes} at once`);
    assert.equal(report.lazy.length, 1);
    assert.ok(report.lazy[0]!.brotli > elementLimit, 'the lazy chunk is listed with its size');
    assert.deepEqual(problems(report), []);
  });

  it('fails an element entry that loads a forbidden package, and names it in the breakdown', async () => {
    const report = await measure(
      budgets(root).find((budget) => budget.name === 'schema')!,
      root,
    );
    assert.deepEqual(report.forbidden, ['zod']);
    assert.ok(report.parts.some((part) => part.part === 'zod' && part.brotli > 0));
    assert.deepEqual(problems(report), [
      'schema: zod is in the bundle; element entries must not load it',
    ]);
  });

  it('makes the command that npm run build runs exit with an error when a budget is exceeded', async () => {
    const run = promisify(execFile);
    const tsx = join(repo, 'node_modules/.bin/tsx');
    await assert.rejects(
      run(tsx, [join(repo, 'scripts/size.ts')], { cwd: root }),
      (error: { code: number; stderr: string }) => {
        assert.equal(error.code, 1);
        assert.match(error.stderr, /heavy: .* over its budget/);
        assert.match(error.stderr, /schema: zod is in the bundle/);
        assert.doesNotMatch(error.stderr, /light|lazy:/);
        return true;
      },
    );
  });
});
