/**
 * The kit (scripts/kit/): what it generates from `custom-elements.json` is committed fresh, covers every
 * public tag and every domain event, and picks up a tag that lands in the manifest without a line
 * written for it. Runs in Node: `npm run test:build`.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { elementsOf, type RawManifest } from '../../scripts/kit/elements.js';
import { drift, generate, reactIndex, reactWrapper } from '../../scripts/kit/generate.js';
import { hostTypes } from '../../scripts/kit/hosts.js';
import { readElements, readManifest } from '../../scripts/kit/manifest.js';

const repo = resolve(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(join(repo, path), 'utf8');

/** The event names of `PorticoEventMap` in src/events.ts. */
function eventMapNames(): string[] {
  const source = read('src/events.ts');
  const start = source.indexOf('export interface PorticoEventMap {');
  assert.ok(start >= 0, 'src/events.ts declares PorticoEventMap');
  const body = source.slice(start, source.indexOf('\n}', start));
  return [...body.matchAll(/^\s+'(portico-[a-z-]+)':/gm)].map((match) => match[1]!);
}

/**
 * Events no element fires for its host: an element asks its provider with `portico-session-stale`
 * (the provider answers and stops it), so it is not an `on…` prop of any wrapper.
 */
const betweenElements = new Set(['portico-session-stale']);

/** The manifest with one more element, registered by `src/define/<entry>.ts` like the others. */
function withExtraTag(manifest: RawManifest): RawManifest {
  const copy = structuredClone(manifest);
  copy.modules.push(
    {
      path: 'src/elements/saas-seat-panel/saas-seat-panel.ts',
      declarations: [
        {
          kind: 'class',
          name: 'SaasSeatPanel',
          customElement: true,
          tagName: 'saas-seat-panel',
          summary: 'Seats.',
          attributes: [{ name: 'product', fieldName: 'product', type: { text: 'string' } }],
          members: [{ kind: 'field', name: 'product', type: { text: 'string' } }],
          events: [{ name: 'portico-seat-request', description: 'Cancelable.' }],
        },
      ],
    },
    {
      path: 'src/define/saas-seat-panel.ts',
      exports: [
        {
          kind: 'custom-element-definition',
          name: 'saas-seat-panel',
          declaration: { name: 'SaasSeatPanel' },
        },
      ],
    },
  );
  return copy;
}

describe('the kit (generated from custom-elements.json)', () => {
  it('committed files are what the manifest makes (`npm run analyze` rewrites them)', async () => {
    assert.deepEqual(drift(repo, await generate(repo)), []);
  });

  it('finds every tag src/define/ registers, each with a React wrapper', () => {
    const elements = readElements(repo);
    const defined = [...read('src/define.ts').matchAll(/^import '\.\/define\/([\w-]+)\.js';$/gm)];
    assert.equal(elements.length, defined.length);
    for (const element of elements) {
      const wrapper = read(`src/react/${element.entry}.ts`);
      assert.match(wrapper, new RegExp(`tagName: '${element.tag}'`));
      for (const event of element.events) {
        assert.ok(wrapper.includes(`${event.reactProp}: '${event.name}'`), event.name);
      }
    }
  });

  it('every domain event of PorticoEventMap is an event of some element in the manifest, and no other', () => {
    const declared = eventMapNames();
    assert.ok(declared.length >= 10);
    const fired = new Set(
      readElements(repo).flatMap((element) => element.events.map((e) => e.name)),
    );
    for (const name of declared) {
      if (betweenElements.has(name)) continue;
      assert.ok(fired.has(name), `${name} is in PorticoEventMap but no element's JSDoc @fires it`);
    }
    for (const name of fired) {
      assert.ok(declared.includes(name), `${name} is fired but not typed in PorticoEventMap`);
    }
  });

  it('a tag that lands in the manifest gets a wrapper, an index line and host types', () => {
    const elements = elementsOf(withExtraTag(readManifest(repo)));
    const added = elements.find((element) => element.tag === 'saas-seat-panel');
    assert.ok(added);
    const wrapper = reactWrapper(added);
    assert.equal(wrapper.path, 'src/react/saas-seat-panel.ts');
    assert.match(wrapper.text, /onPorticoSeatRequest: 'portico-seat-request' as EventName/);
    assert.match(
      reactIndex(elements).text,
      /export \{ SaasSeatPanel \} from '\.\/saas-seat-panel\.js'/,
    );
    const types = hostTypes(elements)['elements.d.ts']!;
    assert.match(types, /'saas-seat-panel': \{\s+element: SaasSeatPanel;/);
    assert.match(types, /'portico-seat-request': PorticoEvent<'portico-seat-request'>/);
    assert.match(types, /product\?: SaasSeatPanel\['product'\] \| string;/);
  });

  it('host types name every tag, attribute, settable property and event', () => {
    const elements = readElements(repo);
    const types = hostTypes(elements)['elements.d.ts']!;
    for (const element of elements) {
      assert.ok(types.includes(`'${element.tag}': {`), element.tag);
      for (const event of element.events) {
        assert.ok(types.includes(`'${event.name}': PorticoEvent<'${event.name}'>`), event.name);
      }
      for (const property of element.properties.filter((p) => !p.readonly)) {
        assert.ok(types.includes(`['${property.name}'];`), `${element.tag}.${property.name}`);
      }
    }
  });
});
