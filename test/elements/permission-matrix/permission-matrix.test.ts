import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { PermissionsSaveDetail } from '../../../src/elements/permission-matrix/permission-matrix.js';
import { button, description, settle, until } from '../../helpers/dom.js';
import {
  cell,
  cellMenu,
  cells,
  mountMatrix,
  notice,
  root,
  setCell,
  summary,
} from '../../helpers/permission-matrix.js';
import { world } from '../../helpers/world.js';

describe('<permission-matrix> as a general admin', () => {
  it('shows the role table of the default policy, grouped, with conditional cells in words', async () => {
    const w = world();
    const el = await mountMatrix(w.as('generalAdmin'));
    const r = root(el);
    expect(r.querySelector('[role="grid"]')).to.exist;
    const heads = [...r.querySelectorAll('thead th')].map((th) => th.textContent.trim());
    expect(heads).to.deep.equal([
      'Capability',
      'General admin',
      'Registration admin',
      'System user',
    ]);
    // 16 company capabilities × 3 roles.
    expect(cells(el, 'roles-caption')).to.have.length(48);
    const approve = cell(el, 'roles-caption', 'Approves budgets, System user');
    expect(approve.getAttribute('aria-label')).to.equal(
      'Approves budgets, System user: When granted',
    );
    // Each cell is a menu button: its state is in its name and its text, chosen from a menu.
    expect(approve.getAttribute('aria-haspopup')).to.equal('menu');
    expect(approve.getAttribute('aria-expanded')).to.equal('false');
    const edit = cell(el, 'roles-caption', 'Edits contacts, System user');
    expect(edit.textContent).to.contain('Own contact only');
    const grant = cell(el, 'roles-caption', 'Grants permissions to users, Registration admin');
    expect(grant.getAttribute('aria-label')).to.match(/: No$/);
    // The general admin's right to grant is locked, and says why.
    const locked = cell(el, 'roles-caption', 'Grants permissions to users, General admin');
    expect(locked.getAttribute('aria-disabled')).to.equal('true');
    expect(description(el, locked)).to.contain('always keeps');
    await expect(el).to.be.accessible();
  });

  it('stages a role-table edit, summarises it, and saves the policy with its version', async () => {
    const w = world();
    const adapter = w.as('generalAdmin');
    const el = await mountMatrix(adapter);
    await setCell(el, 'Enables use of platforms, Registration admin', 'Yes');
    await settle(el);
    expect(summary(el)).to.deep.equal(['Registration admin gains: enables use of platforms.']);
    await expect(el).to.be.accessible();
    const requested = oneEvent(el, 'portico-permissions-save-request');
    const saved = oneEvent(el, 'portico-permissions-saved');
    button(el, 'Save changes').click();
    const request = (await requested) as CustomEvent<PermissionsSaveDetail>;
    expect(request.cancelable).to.equal(true);
    expect(request.detail.view).to.equal('role');
    await saved;
    await settle(el);
    const policy = await adapter.permissions.policy();
    expect(policy.version).to.equal(2);
    const role = policy.roles.find((x) => x.id === 'registration-admin')!;
    expect(role.capabilities.some((c) => c.capability === 'enable-platforms')).to.equal(true);
    expect(notice(el)).to.equal('Saved.');
    expect(summary(el)).to.deep.equal([]);
  });

  it('stages a grant for a person, shows the diff in words, and saves it with the version', async () => {
    const w = world();
    const adapter = w.as('generalAdmin');
    const person = await adapter.contacts.get(w.data.actors.systemUser);
    const el = await mountMatrix(adapter, { view: 'person', contactId: person.id });
    const approve = cell(el, 'person-caption', 'Approves budgets');
    expect(approve.getAttribute('aria-checked')).to.equal('false');
    expect(approve.textContent).to.contain('only when granted');
    // Inherited and granted cells differ in words, not only in colour.
    const open = cell(el, 'person-caption', 'Opens tickets');
    expect(open.getAttribute('aria-label')).to.contain('Inherited from System user');
    expect(open.getAttribute('aria-disabled')).to.equal('true');
    expect(description(el, open)).to.contain('change the role');

    approve.click();
    await settle(el);
    const granted = cell(el, 'person-caption', 'Approves budgets');
    expect(granted.getAttribute('aria-label')).to.contain('Granted to this person');
    expect(summary(el)).to.deep.equal([`${person.name} gains: approves budgets.`]);

    const requested = oneEvent(el, 'portico-permissions-save-request');
    button(el, 'Save changes').click();
    const request = (await requested) as CustomEvent<PermissionsSaveDetail>;
    expect(request.detail.view).to.equal('person');
    expect(request.detail.summary).to.deep.equal([`${person.name} gains: approves budgets.`]);
    if (request.detail.view === 'person') {
      expect(request.detail.diff.gains).to.deep.equal(['approve-budgets']);
      expect(request.detail.contactId).to.equal(person.id);
    }
    await oneEvent(el, 'portico-permissions-saved');
    const after = await adapter.contacts.get(person.id);
    expect(after.grants).to.include('approve-budgets');
    expect(after.version).to.equal(person.version + 1);
    await expect(el).to.be.accessible();
  });

  it('changes a role through the role field; Discard restores the saved state', async () => {
    const w = world();
    const adapter = w.as('generalAdmin');
    const person = await adapter.contacts.get(w.data.actors.systemUser);
    const el = await mountMatrix(adapter, { view: 'person', contactId: person.id });
    const select = root(el).querySelector<HTMLSelectElement>('#role-select')!;
    select.value = 'registration-admin';
    select.dispatchEvent(new Event('change'));
    await settle(el);
    expect(summary(el)[0]).to.match(
      new RegExp(`^${person.name} changes role from System user to Registration admin; gains: `),
    );
    button(el, 'Discard changes').click();
    await settle(el);
    expect(summary(el)).to.deep.equal([]);
    expect(root(el).querySelector<HTMLSelectElement>('#role-select')!.value).to.equal(
      'system-user',
    );
    expect((await adapter.contacts.get(person.id)).role).to.equal('system-user');
  });

  it('cannot change its own role, and says so next to the field', async () => {
    const w = world();
    const el = await mountMatrix(w.as('generalAdmin'), {
      view: 'person',
      contactId: w.data.actors.generalAdmin,
    });
    const select = root(el).querySelector<HTMLSelectElement>('#role-select')!;
    expect(select.disabled).to.equal(true);
    expect(description(el, select)).to.contain('You cannot change your own role');
    await expect(el).to.be.accessible();
  });

  it('finds a person with the picker and shows their permissions', async () => {
    const w = world();
    const adapter = w.as('generalAdmin');
    const target = await adapter.contacts.get(w.data.actors.registrationAdmin);
    const el = await mountMatrix(adapter, { view: 'person' });
    expect(root(el).textContent).to.contain('Choose a person');
    const input = root(el).querySelector<HTMLInputElement>('#person-input')!;
    input.value = target.name.split(' ')[0]!;
    input.dispatchEvent(new Event('input'));
    await until(el, () =>
      [...root(el).querySelectorAll('.result')].some((b) => b.textContent.trim() === target.name),
    );
    button(el, target.name).click();
    await until(el, () => root(el).querySelector('#person-caption'));
    expect(root(el).querySelector('#person-name')!.textContent).to.equal(target.name);
    expect(el.contactId).to.equal(target.id);
    await expect(el).to.be.accessible();
  });

  it('edits the approvers and saves them', async () => {
    const w = world();
    const adapter = w.as('generalAdmin');
    const before = await adapter.permissions.approvers();
    const el = await mountMatrix(adapter, { view: 'approvers' });
    const firstTicket = before.tickets[0]!;
    const name = (await adapter.contacts.get(firstTicket)).name;
    const tickets = root(el).querySelector('[aria-labelledby="tickets-title"]')!;
    [...tickets.querySelectorAll('button')]
      .find((b) => b.getAttribute('aria-label') === `Remove ${name}`)!
      .click();
    await settle(el);
    expect(summary(el)).to.deep.equal([`Ticket approvers: removes ${name}.`]);
    await expect(el).to.be.accessible();
    button(el, 'Save changes').click();
    await oneEvent(el, 'portico-permissions-saved');
    const after = await adapter.permissions.approvers();
    expect(after.tickets).to.not.include(firstTicket);
    expect(after.version).to.equal(before.version + 1);
  });
});

describe('<permission-matrix> as a registration admin', () => {
  it('shows a read-only role table in which every cell says why', async () => {
    const w = world();
    const el = await mountMatrix(w.as('registrationAdmin'));
    expect(root(el).querySelector('.banner')!.textContent).to.contain(
      'Only a general admin can grant permissions',
    );
    const all = cells(el, 'roles-caption');
    expect(all.length).to.equal(48);
    for (const control of all) {
      expect(control.getAttribute('aria-disabled')).to.equal('true');
      expect(description(el, control)).to.contain('Only a general admin can grant permissions');
    }
    // Clicking a disabled cell changes nothing and stages nothing.
    all[5]!.click();
    await settle(el);
    // (Booleans, not elements: a failed comparison of an element stalls the runner's error report.)
    expect(summary(el)).to.deep.equal([]);
    expect(root(el).querySelector('.review') === null).to.equal(true);
    expect(root(el).querySelector('[part~="save-button"]') === null).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('sees a person read-only, with the reason on each cell', async () => {
    const w = world();
    const el = await mountMatrix(w.as('registrationAdmin'), {
      view: 'person',
      contactId: w.data.actors.systemUser,
    });
    const approve = cell(el, 'person-caption', 'Approves budgets');
    expect(approve.getAttribute('aria-disabled')).to.equal('true');
    expect(description(el, approve)).to.contain('Only a general admin can grant permissions');
    expect(root(el).querySelector<HTMLSelectElement>('#role-select')!.disabled).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('sees the approvers without edit controls, and why', async () => {
    const w = world();
    const el = await mountMatrix(w.as('registrationAdmin'), { view: 'approvers' });
    expect(root(el).textContent).to.contain('Only someone who can define approvers changes them');
    expect(
      [...root(el).querySelectorAll('button')].map((b) => b.textContent.trim()),
    ).to.not.include.members(['Save changes']);
    expect(root(el).querySelector('input')).to.equal(null);
    await expect(el).to.be.accessible();
  });
});

describe('<permission-matrix> as a system user', () => {
  it('shows no edit control in any view', async () => {
    const w = world();
    const adapter = w.as('systemUser');
    const el = await mountMatrix(adapter);
    const r = root(el);
    expect(r.querySelector('[role="grid"]')).to.equal(null);
    expect(r.querySelector('table[role="table"]')).to.exist;
    const editControls = () =>
      r.querySelectorAll('[role="checkbox"], select, input, [part~="save-button"], .panel button');
    expect(editControls()).to.have.length(0);
    expect(r.textContent).to.contain('When granted');
    await expect(el).to.be.accessible();

    el.view = 'person';
    await until(el, () => r.querySelector('#person-caption'));
    // A read-only viewer sees their own permissions.
    expect(r.querySelector('#person-name')!.textContent).to.equal(
      (await adapter.contacts.get(w.data.actors.systemUser)).name,
    );
    expect(editControls()).to.have.length(0);
    expect(r.querySelector('.role-line')!.textContent).to.contain('System user');
    await expect(el).to.be.accessible();

    el.view = 'approvers';
    await settle(el);
    expect(editControls()).to.have.length(0);
    await expect(el).to.be.accessible();
  });
});

describe('<permission-matrix> saving', () => {
  it('on a stale version, reloads the current values and keeps the staged edits', async () => {
    const w = world();
    const adapter = w.as('generalAdmin');
    const id = w.data.actors.systemUser;
    const el = await mountMatrix(adapter, { view: 'person', contactId: id });
    cell(el, 'person-caption', 'Approves budgets').click();
    await settle(el);

    // Someone else, in another session, changes the same person meanwhile.
    const other = w.as('generalAdmin');
    const now = await other.contacts.get(id);
    await other.permissions.setAccess(
      id,
      { role: now.role, grants: [...now.grants, 'add-contacts'], sites: now.sites },
      { version: now.version },
    );

    button(el, 'Save changes').click();
    await until(el, () => notice(el).includes('Someone else changed'));
    expect(notice(el)).to.contain('your changes are re-applied');
    // The other session's change is shown, and the staged grant is still staged.
    expect(cell(el, 'person-caption', 'Adds contacts').getAttribute('aria-label')).to.contain(
      'Granted to this person',
    );
    expect(summary(el)).to.deep.equal([`${now.name} gains: approves budgets.`]);
    expect((await adapter.contacts.get(id)).grants).to.not.include('approve-budgets');
    await expect(el).to.be.accessible();

    button(el, 'Save changes').click();
    await oneEvent(el, 'portico-permissions-saved');
    const saved = await adapter.contacts.get(id);
    expect(saved.grants).to.include.members(['add-contacts', 'approve-budgets']);
  });

  it('on a stale policy, keeps the staged role-table cells on top of the current table', async () => {
    const w = world();
    const adapter = w.as('generalAdmin');
    const el = await mountMatrix(adapter);
    await setCell(el, 'Enables use of platforms, Registration admin', 'Yes');
    await settle(el);

    const other = w.as('generalAdmin');
    const now = await other.permissions.policy();
    const changed = structuredClone(now);
    const systemUser = changed.roles.find((r) => r.id === 'system-user')!;
    systemUser.capabilities = systemUser.capabilities.filter(
      (c) => c.capability !== 'download-private-files',
    );
    await other.permissions.updatePolicy(changed, { version: now.version });

    button(el, 'Save changes').click();
    await until(el, () => notice(el).includes('Someone else changed'));
    expect(
      cell(el, 'roles-caption', 'Downloads private files, System user').getAttribute('aria-label'),
    ).to.match(/: No$/);
    expect(summary(el)).to.deep.equal(['Registration admin gains: enables use of platforms.']);
    button(el, 'Save changes').click();
    await oneEvent(el, 'portico-permissions-saved');
    const saved = await adapter.permissions.policy();
    const ids = (role: string) =>
      saved.roles.find((r) => r.id === role)!.capabilities.map((c) => c.capability);
    expect(ids('registration-admin')).to.include('enable-platforms');
    expect(ids('system-user')).to.not.include('download-private-files');
    expect(saved.version).to.equal(now.version + 2);
  });

  it('writes nothing when the host vetoes the save request', async () => {
    const w = world();
    const adapter = w.as('generalAdmin');
    const id = w.data.actors.systemUser;
    const before = await adapter.contacts.get(id);
    const el = await mountMatrix(adapter, { view: 'person', contactId: id });
    el.addEventListener('portico-permissions-save-request', (e) => e.preventDefault());
    let saved = false;
    el.addEventListener('portico-permissions-saved', () => (saved = true));
    cell(el, 'person-caption', 'Approves budgets').click();
    await settle(el);
    button(el, 'Save changes').click();
    await settle(el);
    expect(notice(el)).to.contain('The page stopped this save');
    expect(saved).to.equal(false);
    const after = await adapter.contacts.get(id);
    expect(after.version).to.equal(before.version);
    expect(after.grants).to.deep.equal(before.grants);
    expect(summary(el)).to.have.length(1);
  });
});

describe('<permission-matrix> keyboard', () => {
  it('edits and saves with the keyboard only', async () => {
    const w = world();
    const adapter = w.as('generalAdmin');
    const el = await mountMatrix(adapter);
    const r = root(el);
    document.body.focus();
    await sendKeys({ press: 'Tab' }); // the selected tab
    expect(r.activeElement?.getAttribute('role')).to.equal('tab');
    await sendKeys({ press: 'Tab' }); // into the grid: its one tab stop
    expect(r.activeElement?.getAttribute('aria-label')).to.match(
      /^Grants permissions to users, General admin/,
    );
    await sendKeys({ press: 'End' });
    expect(r.activeElement?.getAttribute('aria-label')).to.match(
      /^Grants permissions to users, System user/,
    );
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    expect(r.activeElement?.getAttribute('aria-label')).to.match(
      /^Enables use of platforms, Registration admin: No/,
    );
    // Space opens the cell's menu of states, on the state it has now.
    await sendKeys({ press: 'Space' });
    await until(el, () => cellMenu(el));
    expect(r.activeElement?.getAttribute('role')).to.equal('menuitemradio');
    expect(r.activeElement?.getAttribute('aria-checked')).to.equal('true');
    expect(r.activeElement?.textContent).to.contain('No');
    await sendKeys({ press: 'Home' });
    expect(r.activeElement?.textContent).to.contain('Yes');
    await sendKeys({ press: 'Enter' });
    await until(el, () => !cellMenu(el));
    // Focus is back on the cell, which now says what was chosen.
    expect(r.activeElement?.getAttribute('aria-label')).to.match(
      /^Enables use of platforms, Registration admin: Yes/,
    );
    expect(summary(el)).to.deep.equal(['Registration admin gains: enables use of platforms.']);
    // Ctrl+Home returns to the first cell; the grid stays one tab stop.
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'Home' });
    await sendKeys({ up: 'Control' });
    expect(r.activeElement?.getAttribute('aria-label')).to.match(
      /^Grants permissions to users, General admin/,
    );
    await sendKeys({ press: 'Tab' }); // Discard
    expect(r.activeElement?.textContent?.trim()).to.equal('Discard changes');
    await sendKeys({ press: 'Tab' }); // Save
    expect(r.activeElement?.textContent?.trim()).to.equal('Save changes');
    const saved = oneEvent(el, 'portico-permissions-saved');
    await sendKeys({ press: 'Enter' });
    await saved;
    const policy = await adapter.permissions.policy();
    const role = policy.roles.find((x) => x.id === 'registration-admin')!;
    expect(role.capabilities.map((c) => c.capability)).to.include('enable-platforms');
  });

  it('moves between the view tabs with the arrow keys', async () => {
    const w = world();
    const el = await mountMatrix(w.as('generalAdmin'));
    const r = root(el);
    (r.querySelector('#tab-role') as HTMLElement).focus();
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(el.view).to.equal('person');
    expect(el.getAttribute('view')).to.equal('person');
    expect(r.activeElement?.id).to.equal('tab-person');
    await sendKeys({ press: 'End' });
    await settle(el);
    expect(el.view).to.equal('approvers');
  });
});
