import { expect } from '@open-wc/testing';
import { allLocales } from '../../src/i18n/catalogue.js';
import { reachable } from '../helpers/sources.js';
import { topics } from '../helpers/topics.js';

/**
 * Every key of every catalogue is used by some source file, and every key a source file asks for
 * by name is in a catalogue. The sources are the modules reachable from the entry points (the
 * package root, `define`, the demo portal), read as the test server serves them.
 */

const entries = ['/src/index.ts', '/src/define.ts', '/demo/main.ts'];

/** A module of words (a topic's locale, the demo's messages): its keys are definitions, not uses. */
const isCatalogue = (path: string) =>
  /^\/src\/i18n\/messages\/[^/]+\/[^/]+\.ts$/.test(path) || path === '/demo/messages.ts';

/** Where words are asked for: everything but the catalogues and `src/core` (which holds no words). */
const asksForWords = (path: string) => !isCatalogue(path) && !path.startsWith('/src/core/');

/** What the sources ask for: keys by name, and key families built from a code (`status.${status}`). */
function uses(code: Iterable<string>) {
  const literals = new Set<string>();
  const families: RegExp[] = [];
  const asked = new Set<string>();
  for (const text of code) {
    for (const m of text.matchAll(/(['"`])([\w.-]+)\1/g)) literals.add(m[2]!);
    for (const m of text.matchAll(/`([\w-]+(?:\.[\w-]+)*\.)\$\{[^}]*\}((?:\.[\w-]+)*)`/g)) {
      const [, prefix, suffix] = m;
      const escape = (s: string) => s.replace(/[.-]/g, (c) => `\\${c}`);
      families.push(new RegExp(`^${escape(prefix!)}[\\w-]+${escape(suffix!)}$`));
    }
    for (const m of text.matchAll(/\bmsg\(\s*['"]([^'"]+)['"]/g)) asked.add(m[1]!);
  }
  return { literals, families, asked };
}

describe('catalogue keys', () => {
  let code: Map<string, string>;
  let keys: Map<string, Set<string>>;
  before(async () => {
    code = new Map([...(await reachable(entries))].map(([path, source]) => [path, source.code]));
    keys = new Map();
    for (const [name, topic] of Object.entries(topics)) {
      keys.set(name, new Set(Object.keys((await allLocales(topic)).en)));
    }
  });

  it('reads the sources of every element, controller and topic', () => {
    const paths = [...code.keys()];
    for (const expected of [
      '/src/elements/contact-list/contact-list.ts',
      '/src/elements/permission-matrix/permission-matrix.ts',
      '/src/controllers/contact-list/acts-controller.ts',
      '/src/i18n/explain.ts',
      '/src/i18n/messages/contact-list/pt-BR.ts',
    ]) {
      expect(paths, expected).to.include(expected);
    }
  });

  it('knows every topic module under src/i18n/messages', () => {
    const modules = [...code.keys()]
      .map((path) => /^\/src\/i18n\/messages\/([^/]+)\.ts$/.exec(path)?.[1])
      .filter((name): name is string => name !== undefined);
    expect(modules.length).to.be.greaterThan(0);
    for (const name of modules) expect(Object.keys(topics), name).to.include(name);
  });

  it('has no key that no source file uses', () => {
    const { literals, families } = uses(
      [...code].filter(([path]) => asksForWords(path)).map(([, text]) => text),
    );
    const unused: string[] = [];
    for (const [name, set] of keys) {
      for (const key of set) {
        if (!literals.has(key) && !families.some((family) => family.test(key)))
          unused.push(`${name}: ${key}`);
      }
    }
    expect(unused).to.deep.equal([]);
  });

  it('has every key a source file asks for by name, and a key for every family it builds', () => {
    const { asked, families } = uses(
      [...code].filter(([path]) => asksForWords(path)).map(([, text]) => text),
    );
    const all = new Set([...keys.values()].flatMap((set) => [...set]));
    expect([...asked].filter((key) => !all.has(key))).to.deep.equal([]);
    const empty = families.filter((family) => ![...all].some((key) => family.test(key)));
    expect(empty.map(String)).to.deep.equal([]);
  });
});
