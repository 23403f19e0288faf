/**
 * What a page loads at once for each entry of the package, brotli-compressed with every dependency
 * (scripts/size.ts says how it is measured), beside its budget: `size.<entry>` for every element entry
 * (`size.contact-list`, `size.permission-matrix`, `size.provider`), `size.define` and
 * `size.validators`. The anchor is the budget and the ratio is budget / size: 1 or more is within it.
 *
 * The library is built afresh from the sources into `.size/dist` (beside a copy of package.json, so
 * `sideEffects` applies as in the published package); `dist/` is left alone. Sizes do not depend on
 * the machine's load.
 */
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { budgets, measure } from '../scripts/size.js';
import type { Benchmark, Figure } from './types.js';

const repo = fileURLToPath(new URL('..', import.meta.url));
const work = '.size';

const benchmark: Benchmark = {
  name: 'entry sizes (brotli, at once)',
  where: 'node',
  async run(): Promise<Figure[]> {
    rmSync(join(repo, work), { recursive: true, force: true });
    mkdirSync(join(repo, work));
    copyFileSync(join(repo, 'package.json'), join(repo, work, 'package.json'));
    await build({
      root: repo,
      configFile: join(repo, 'vite.config.ts'),
      logLevel: 'warn',
      build: { outDir: join(repo, work, 'dist'), emptyOutDir: true, sourcemap: false },
    });
    const figures: Figure[] = [];
    for (const budget of budgets(repo, `${work}/dist`)) {
      const report = await measure(budget, repo, { breakdown: false });
      figures.push({
        id: `size.${budget.name}`,
        ours: report.bytes,
        anchor: budget.limit,
        unit: 'bytes',
        ratio: budget.limit / report.bytes,
        anchorName: 'budget',
      });
    }
    rmSync(join(repo, work), { recursive: true, force: true });
    return figures;
  },
};

export default benchmark;
