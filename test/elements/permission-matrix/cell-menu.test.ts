import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { button, description, settle, until } from '../../helpers/dom.js';
import {
  cell,
  cellMenu,
  menuItems,
  mountMatrix,
  root,
  setCell,
  summary,
} from '../../helpers/permission-matrix.js';
import { world } from '../../helpers/world.js';

describe('<permission-matrix> role-table cell menu', () => {
  it('offers every state a cell can have, the current one checked, each with what it means', async () => {
    const w = world();
    const el = await mountMatrix(w.as('generalAdmin'));
    const approve = cell(el, 'roles-caption', 'Approves budgets, System user');
    approve.click();
    await until(el, () => cellMenu(el));
    const menu = cellMenu(el)!;
    expect(menu.getAttribute('role')).to.equal('menu');
    expect(menu.getAttribute('aria-label')).to.equal('State of “Approves budgets” for System user');
    expect(approve.getAttribute('aria-expanded')).to.equal('true');
    const items = menuItems(el);
    expect(items.map((i) => i.querySelector('.choice-name')!.textContent.trim())).to.deep.equal([
      'Yes',
      'When granted',
      'Own contact only',
      'No',
    ]);
    expect(items.map((i) => i.getAttribute('aria-checked'))).to.deep.equal([
      'false',
      'true',
      'false',
      'false',
    ]);
    expect(description(el, items[2]!)).to.contain('Only on their own contact');
    // The menu opens inside the viewport, next to its cell.
    const box = menu.getBoundingClientRect();
    expect(box.left).to.be.at.least(0);
    expect(box.right).to.be.at.most(window.innerWidth);
    await expect(el).to.be.accessible();
    // Escape closes it and gives focus back to the cell.
    await sendKeys({ press: 'Escape' });
    await until(el, () => !cellMenu(el));
    expect(root(el).activeElement).to.equal(approve);
    expect(summary(el)).to.deep.equal([]);
  });

  it('stages conditions and changes of condition in plain words, and saves them', async () => {
    const w = world();
    const adapter = w.as('generalAdmin');
    const el = await mountMatrix(adapter);
    await setCell(el, 'Enables use of platforms, Registration admin', 'When granted');
    await setCell(el, 'Approves budgets, System user', 'Yes');
    await setCell(el, 'Opens tickets, System user', 'Own contact only');
    expect(
      cell(el, 'roles-caption', 'Approves budgets, System user').getAttribute('aria-label'),
    ).to.match(/: Yes \(changed, not saved yet\)$/);
    expect(summary(el)).to.deep.equal([
      'Registration admin gains: enables use of platforms (when granted).',
      'System user changes: opens tickets from “Yes” to “Own contact only” and approves budgets from “When granted” to “Yes”.',
    ]);
    button(el, 'Save changes').click();
    await oneEvent(el, 'portico-permissions-saved');
    const policy = await adapter.permissions.policy();
    const entry = (role: string, capability: string) =>
      policy.roles
        .find((r) => r.id === role)!
        .capabilities.find((c) => c.capability === capability);
    expect(entry('registration-admin', 'enable-platforms')).to.deep.equal({
      capability: 'enable-platforms',
      when: 'granted',
    });
    expect(entry('system-user', 'approve-budgets')).to.deep.equal({
      capability: 'approve-budgets',
    });
    expect(entry('system-user', 'open-tickets')).to.deep.equal({
      capability: 'open-tickets',
      when: 'own-contact',
    });
  });

  it('keeps the admin role’s right to grant: the cell is locked, and says why', async () => {
    const w = world();
    const el = await mountMatrix(w.as('generalAdmin'));
    const locked = cell(el, 'roles-caption', 'Grants permissions to users, General admin');
    expect(locked.getAttribute('aria-disabled')).to.equal('true');
    expect(description(el, locked)).to.contain('always keeps');
    locked.click();
    await settle(el);
    expect(cellMenu(el)).to.equal(null);
  });

  it('closes on a click outside, staging nothing', async () => {
    const w = world();
    const el = await mountMatrix(w.as('generalAdmin'));
    cell(el, 'roles-caption', 'Opens tickets, System user').click();
    await until(el, () => cellMenu(el));
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    await until(el, () => !cellMenu(el));
    expect(summary(el)).to.deep.equal([]);
  });
});
