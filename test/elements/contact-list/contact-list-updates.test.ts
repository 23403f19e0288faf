import { expect, nextFrame } from '@open-wc/testing';
import { ContactList } from '../../../src/elements/contact-list/contact-list.js';
import { mountList, rows, settled } from '../../helpers/contact-list.js';
import { $ } from '../../helpers/dom.js';

/**
 * Lit's "change-in-update" warning: an update asked for while one was finishing (in `hostUpdated`,
 * `firstUpdated` or `updated`) renders the element twice for one change. It is counted here exactly
 * as Lit decides it — an update pending once `updated` has run — for every update of every list,
 * so no warning deduplicated by the console can hide one.
 */
describe('<contact-list> — one render per change', () => {
  type Updated = (changed: Map<PropertyKey, unknown>) => void;
  const proto = ContactList.prototype as unknown as { updated: Updated };
  const original = proto.updated;
  let late: string[] = [];

  beforeEach(() => {
    late = [];
    proto.updated = function (this: ContactList, changed) {
      original.call(this, changed);
      if (this.isUpdatePending) late.push([...changed.keys()].map(String).join(',') || '(none)');
    };
  });
  afterEach(() => {
    proto.updated = original;
  });

  async function frames(count: number): Promise<void> {
    for (let i = 0; i < count; i++) await nextFrame();
  }

  it('asks for no update while one is finishing: first render, scrolling, resizing, a new query', async () => {
    const { el } = await mountList({ contacts: 400, width: 1100 });
    await frames(3);
    expect(late, 'first render').to.deep.equal([]);

    const body = $<HTMLElement>(el, '.body')!;
    for (const top of [300, 1500, 4000, 9000, 2000, 0]) {
      body.scrollTop = top;
      await frames(2);
    }
    expect(rows(el).length).to.be.greaterThan(3);
    expect(late, 'scrolling').to.deep.equal([]);

    // Another layout (a two-line row, then cards): the row height is read again.
    for (const width of [700, 480, 1100]) {
      el.style.width = `${width}px`;
      await frames(4);
    }
    expect(late, 'resizing').to.deep.equal([]);

    body.scrollTop = 2500;
    await frames(2);
    el.search = 'a';
    await settled(el);
    await frames(2);
    expect(late, 'a new query').to.deep.equal([]);
  });
});
