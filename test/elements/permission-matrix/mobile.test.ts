import { expect, nextFrame } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { mountMatrix, root } from '../../helpers/permission-matrix.js';
import { world } from '../../helpers/world.js';

const box = (element: Element) => element.getBoundingClientRect();

/** The matrix on a 390 px wide phone (issue 8, defect 9). */
describe('<permission-matrix> at 390 px', () => {
  before(() => setViewport({ width: 390, height: 800 }));
  after(() => setViewport({ width: 800, height: 600 }));

  it('keeps the capability names in place while the role columns scroll under them', async () => {
    const w = world();
    const el = await mountMatrix(w.as('generalAdmin'), { lang: 'pt-BR' });
    const table = root(el).querySelector<HTMLElement>('table[aria-labelledby="roles-caption"]')!;
    const scroller = table.parentElement!;
    const heads = [...table.querySelectorAll('thead th')];
    // More than one role beside the capability names, whole, before any scroll.
    expect(heads.length).to.be.at.least(3);
    expect(box(heads[2]!).right, 'second role column in view').to.be.at.most(
      box(scroller).right + 0.5,
    );
    // Narrower still (a matrix beside a menu), the table scrolls sideways: the names stay.
    el.style.width = '280px';
    await nextFrame();
    const name = table.querySelector('tbody th.row-head')!;
    expect(name.textContent.trim()).to.not.equal('');
    scroller.scrollLeft = scroller.scrollWidth;
    await nextFrame();
    expect(scroller.scrollLeft, 'the table scrolls').to.be.greaterThan(40);
    expect(box(name).left, 'the first column stays at the left').to.be.closeTo(
      box(scroller).left,
      1.5,
    );
    expect(box(heads[0]!).left).to.be.closeTo(box(scroller).left, 1.5);
    // The table's name and each group's name stay whole in view too (not cut to "…erfil", "…TOS").
    const caption = table.querySelector('caption')!;
    const groups = [...table.querySelectorAll('tr.group th')];
    expect(groups.length).to.be.at.least(2);
    for (const label of [caption, ...groups]) {
      const range = document.createRange();
      range.selectNodeContents(label);
      const words = range.getBoundingClientRect();
      expect(words.left, `“${label.textContent.trim()}” starts in view`).to.be.at.least(
        box(scroller).left - 0.5,
      );
      expect(words.right, `“${label.textContent.trim()}” ends in view`).to.be.at.most(
        box(scroller).right + 0.5,
      );
    }
  });

  it("shows a person's access column whole", async () => {
    const w = world();
    const adapter = w.as('generalAdmin');
    const el = await mountMatrix(adapter, {
      view: 'person',
      contactId: w.data.actors.systemUser,
      lang: 'pt-BR',
    });
    const table = root(el).querySelector<HTMLElement>('table[aria-labelledby="person-caption"]')!;
    const scroller = table.parentElement!;
    const access = table.querySelectorAll('thead th')[1]!;
    expect(box(access).right, 'access column inside the view').to.be.at.most(
      box(scroller).right + 0.5,
    );
    for (const cell of table.querySelectorAll('td')) {
      expect(box(cell).right).to.be.at.most(box(scroller).right + 0.5);
    }
    await expect(el).to.be.accessible();
  });
});
