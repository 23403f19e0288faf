import { expect } from '@open-wc/testing';
import { mayLeaveMatrix } from '../../demo/leave.js';
import { button, until } from '../helpers/dom.js';
import { mountMatrix, root, setCell, summary } from '../helpers/permission-matrix.js';
import { world } from '../helpers/world.js';

const cellName = 'Enables use of platforms, Registration admin';
const sentence = 'Registration admin gains: enables use of platforms.';

describe('demo — "View as" never drops staged permission edits unasked (issue 8, defect 8)', () => {
  it('switches at once with nothing staged', async () => {
    const el = await mountMatrix(world().as('generalAdmin'));
    let shown = 0;
    expect(await mayLeaveMatrix(el, () => Promise.resolve(void shown++))).to.equal(true);
    expect(await mayLeaveMatrix(undefined, () => Promise.resolve(void shown++))).to.equal(true);
    expect(shown).to.equal(0);
  });

  it('shows the matrix kept off the page, asks, and keeps the edits when the person keeps editing', async () => {
    const el = await mountMatrix(world().as('generalAdmin'));
    await setCell(el, cellName, 'Yes');
    // The person went to another page: the demo keeps the matrix out of the document.
    const page = el.parentElement!;
    el.remove();
    let shown = 0;
    const show = async () => {
      shown++;
      page.append(el);
      await el.updateComplete;
    };
    const dialog = () => root(el).querySelector<HTMLDialogElement>('#discard-dialog')!;

    let answer = mayLeaveMatrix(el, show);
    await until(el, () => dialog()?.open);
    expect(shown).to.equal(1);
    expect(dialog().textContent).to.contain(sentence);
    button(dialog(), 'Keep editing').click();
    expect(await answer).to.equal(false);
    expect(summary(el)).to.deep.equal([sentence]);

    answer = mayLeaveMatrix(el, show);
    await until(el, () => dialog().open);
    expect(shown, 'on the page already: not shown again').to.equal(1);
    button(dialog(), 'Discard changes').click();
    expect(await answer).to.equal(true);
    expect(el.unsavedChanges).to.equal(0);
  });
});
