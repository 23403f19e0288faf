import { expect, fixtureCleanup } from '@open-wc/testing';
import type { SetupWorker } from 'msw/browser';
import { MemoryBackend } from '../../src/core/adapter/memory/index.js';
import { createDemoData } from '../../src/core/demo-data.js';
import { startMockApi } from '../../src/mocks/browser.js';

/**
 * The README's plain-HTML embed snippet, run as written: its markup put in the page as is, its module
 * script run with only the package specifiers mapped to the sources they are built from (the
 * `exports` of package.json: `@portico/elements` → `src/index.ts`, `@portico/elements/<tag>` →
 * `src/define/<tag>.ts`), against the REST contract served where the snippet points.
 */

/** The first ```html block after `heading` in the README. */
async function snippet(heading: string): Promise<string> {
  const readme = await (await fetch('/README.md')).text();
  const from = readme.indexOf(heading);
  expect(from, `README has "${heading}"`).to.be.greaterThan(-1);
  const block = /```html\n([\s\S]*?)```/.exec(readme.slice(from));
  expect(block, `an html block after "${heading}"`).to.not.equal(null);
  return block![1]!;
}

/** The snippet's module script with the package's specifiers mapped to their sources. */
function runnable(script: string): string {
  const source = (specifier: string): string => {
    const sub = specifier.slice('@portico/elements'.length);
    const path = sub === '' ? '/src/index.ts' : `/src/define${sub}.ts`;
    return new URL(path, location.origin).href;
  };
  return script.replace(
    /(['"])(@portico\/elements(?:\/[\w-]+)?)\1/g,
    (_, quote: string, spec: string) => `${quote}${source(spec)}${quote}`,
  );
}

describe('README: the plain HTML embed snippet', () => {
  let worker: SetupWorker | undefined;
  let page: HTMLElement | undefined;

  afterEach(async () => {
    await worker?.stop();
    page?.remove();
    sessionStorage.removeItem('token');
    fixtureCleanup();
  });

  it('renders the list in Portuguese from <portico-provider locale="pt-BR">', async () => {
    const html = await snippet('Plain HTML');
    expect(html).to.contain('<portico-provider locale="pt-BR">');
    const script = /<script type="module">([\s\S]*?)<\/script>/.exec(html);
    expect(script, 'the snippet has a module script').to.not.equal(null);
    const markup = html.replace(script![0], '');

    // The backend the snippet's RestAdapter talks to, and a signed-in token where it reads one.
    const data = createDemoData({ contacts: 40, seed: 8 });
    worker = await startMockApi({ backend: new MemoryBackend({ data }), baseUrl: '/api/portico' });
    sessionStorage.setItem('token', data.actors.generalAdmin);

    // As a page parses it: the markup first (a module script runs once the document is parsed).
    page = document.createElement('div');
    page.innerHTML = markup;
    document.body.append(page);
    const url = URL.createObjectURL(new Blob([runnable(script![1]!)], { type: 'text/javascript' }));
    await import(/* @vite-ignore */ url);
    URL.revokeObjectURL(url);

    const list = page.querySelector('contact-list') as
      (HTMLElement & { updateComplete: Promise<unknown> }) | null;
    expect(list?.constructor, 'contact-list is defined').to.not.equal(HTMLElement);
    // Rows arrive from the backend, in Portuguese.
    const text = () => list!.shadowRoot?.textContent ?? '';
    while (!/\d+ contatos/.test(text())) {
      await list!.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const search = list!.shadowRoot!.querySelector('input[type="search"]');
    expect(search?.getAttribute('placeholder')).to.equal('Nome, e-mail, CPF ou telefone');
    expect(text()).to.contain('Adicionar contato');
    expect(text()).to.not.contain('Search contacts');
  });
});
