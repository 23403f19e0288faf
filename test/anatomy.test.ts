import { expect } from '@open-wc/testing';
import { reachable, type Source } from './helpers/sources.js';

/**
 * The import rules of `docs/anatomy.md`, checked on the modules the package is made of: what each
 * layer may import. (Type-only imports are erased before the code is served; `tsc` and
 * `farm-studio look` see those.)
 */

/** The layer of a module, from its path. */
function layer(path: string): string {
  if (path.startsWith('/src/core/')) return 'core';
  if (path === '/src/events.ts') return 'events';
  if (path.startsWith('/src/i18n/')) return 'i18n';
  if (path.startsWith('/src/context/')) return 'context';
  if (path.startsWith('/src/controllers/')) return 'controllers';
  if (path.startsWith('/src/elements/internal/')) return 'internal';
  const tag = /^\/src\/elements\/([^/]+)\//.exec(path)?.[1];
  if (tag) return `element:${tag}`;
  return 'entry';
}

/** What each layer may import (an element may import anything but another element's folder). */
const allowed: Record<string, (to: string) => boolean> = {
  core: (to) => to === 'core',
  events: (to) => to === 'core',
  i18n: (to) => to === 'core' || to === 'i18n',
  context: (to) => to === 'core' || to === 'i18n',
  controllers: (to) => ['core', 'events', 'context', 'controllers'].includes(to),
  internal: (to) => ['core', 'events', 'i18n', 'controllers', 'internal'].includes(to),
};

describe('the anatomy', () => {
  let sources: Map<string, Source>;
  before(async () => {
    sources = await reachable(['/src/index.ts', '/src/define.ts']);
  });

  it('reads every layer', () => {
    const layers = new Set([...sources.keys()].map(layer));
    for (const expected of ['core', 'events', 'i18n', 'context', 'controllers', 'internal'])
      expect([...layers], expected).to.include(expected);
    // Package imports are seen too (the element imports Lit).
    const list = sources.get('/src/elements/contact-list/contact-list.ts')!;
    expect(list.packages.some((p) => p.includes('/node_modules/lit/'))).to.equal(true);
  });

  it('has each module import only what its layer may', () => {
    const wrong: string[] = [];
    for (const [path, source] of sources) {
      const from = layer(path);
      for (const target of source.imports) {
        const to = layer(target);
        const ok = from.startsWith('element:')
          ? !to.startsWith('element:') || to === from
          : (allowed[from]?.(to) ?? true);
        if (!ok) wrong.push(`${path} → ${target}`);
      }
    }
    expect(wrong).to.deep.equal([]);
  });

  it('keeps Lit and the DOM out of src/core (it runs in a Worker and in Node)', () => {
    const wrong = [...sources]
      .filter(([path]) => layer(path) === 'core')
      .flatMap(([path, source]) =>
        source.packages
          .filter((p) => /\/node_modules\/(lit|@lit|@lit-labs)\//.test(p))
          .map((p) => `${path} → ${p}`),
      );
    expect(wrong).to.deep.equal([]);
  });
});
