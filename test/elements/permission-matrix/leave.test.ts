import { expect, oneEvent } from '@open-wc/testing';
import type { PermissionsDiscardDetail } from '../../../src/elements/permission-matrix/permission-matrix.js';
import { button, settle, until } from '../../helpers/dom.js';
import { mountMatrix, root, setCell, summary } from '../../helpers/permission-matrix.js';
import { world } from '../../helpers/world.js';

const cellName = 'Enables use of platforms, Registration admin';
const sentence = 'Registration admin gains: enables use of platforms.';

function leaving(): boolean {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
}

describe('<permission-matrix> staged edits are never dropped unsaid', () => {
  it('asks before the page unloads only while something is staged', async () => {
    const el = await mountMatrix(world().as('generalAdmin'));
    expect(el.unsavedChanges).to.equal(0);
    expect(leaving()).to.equal(false);
    await setCell(el, cellName, 'Yes');
    expect(el.unsavedChanges).to.equal(1);
    expect(leaving()).to.equal(true);
    button(el, 'Discard changes').click();
    await settle(el);
    expect(el.unsavedChanges).to.equal(0);
    expect(leaving()).to.equal(false);
    // Removed from the page, it no longer holds the page back.
    await setCell(el, cellName, 'Yes');
    el.remove();
    expect(leaving()).to.equal(false);
  });

  it('confirmDiscard() answers at once with nothing staged, else asks in a dialog what would be lost', async () => {
    const el = await mountMatrix(world().as('generalAdmin'));
    expect(await el.confirmDiscard()).to.equal(true);
    await setCell(el, cellName, 'Yes');
    const dialog = root(el).querySelector<HTMLDialogElement>('#discard-dialog')!;

    // Keep editing: nothing goes.
    let answer = el.confirmDiscard();
    await until(el, () => dialog.open);
    expect(dialog.textContent).to.contain(sentence);
    await expect(el).to.be.accessible();
    button(dialog, 'Keep editing').click();
    expect(await answer).to.equal(false);
    expect(summary(el)).to.deep.equal([sentence]);

    // Discard: the request says what goes and why, then it goes.
    answer = el.confirmDiscard();
    await until(el, () => dialog.open);
    const request = oneEvent(el, 'portico-permissions-discard-request');
    button(dialog, 'Discard changes').click();
    const detail = ((await request) as CustomEvent<PermissionsDiscardDetail>).detail;
    expect(detail).to.deep.equal({
      cause: 'leave',
      views: ['role'],
      count: 1,
      summary: [sentence],
    });
    expect(await answer).to.equal(true);
    await settle(el);
    expect(summary(el)).to.deep.equal([]);
    expect(el.unsavedChanges).to.equal(0);
  });

  it('keeps the edits when the host vetoes the discard request', async () => {
    const el = await mountMatrix(world().as('generalAdmin'));
    await setCell(el, cellName, 'Yes');
    el.addEventListener('portico-permissions-discard-request', (e) => e.preventDefault());
    button(el, 'Discard changes').click();
    await settle(el);
    expect(summary(el)).to.deep.equal([sentence]);
    const answer = el.confirmDiscard();
    const dialog = root(el).querySelector<HTMLDialogElement>('#discard-dialog')!;
    await until(el, () => dialog.open);
    button(dialog, 'Discard changes').click();
    expect(await answer).to.equal(false);
    expect(el.unsavedChanges).to.equal(1);
  });
});
