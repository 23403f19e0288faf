import { expect } from '@open-wc/testing';
import { mountList } from '../../helpers/contact-list.js';
import { $ } from '../../helpers/dom.js';

/**
 * The Filters panel's view loads the first time the panel opens, as the export's paging loads on the
 * first export: a page that never opens it never fetches it. In a file of its own, so that no other
 * test has opened the panel in this page before.
 */
const fetched = (after = 0) =>
  performance
    .getEntriesByType('resource')
    .some(
      (entry) => entry.name.includes('/contact-list/filter-panel.view') && entry.startTime >= after,
    );

describe('<contact-list> — the Filters panel loads on first open', () => {
  it('fetches the panel only when it opens, and shows it once loaded', async () => {
    // The test page loads hundreds of modules: past the default 250 entries, new ones are dropped.
    performance.setResourceTimingBufferSize(100_000);
    const { el } = await mountList();
    expect(fetched(), 'not fetched with the list').to.equal(false);
    const button = $<HTMLButtonElement>(el, '[part="filters-button"]')!;
    const opened = performance.now();
    button.click();
    // `updateComplete` waits for the panel's view while it is on its way.
    await el.updateComplete;
    expect(fetched(opened), 'fetched on opening').to.equal(true);
    const panel = $(el, '[part="filter-panel"]')!;
    expect(panel.getAttribute('aria-label')).to.equal('Filters');
    expect(panel.querySelectorAll('[data-filter="status"] input[type="checkbox"]').length).to.equal(
      6,
    );
    await expect(el).to.be.accessible();
    button.click();
    await el.updateComplete;
    expect($(el, '[part="filter-panel"]')).to.equal(null);
    button.click();
    await el.updateComplete;
    expect($(el, '[part="filter-panel"]')).not.to.equal(null);
  });
});
