import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { AdapterError } from '../../../src/core/adapter/errors.js';
import type { PortalAdapter } from '../../../src/core/adapter/types.js';
import { sitePolicy } from '../../../src/core/permissions/index.js';
import type { PermissionMatrix } from '../../../src/elements/permission-matrix/permission-matrix.js';
import { intercept } from '../../helpers/adapters.js';
import { button, description, settle, until } from '../../helpers/dom.js';
import {
  cell,
  mountMatrix,
  notice,
  root,
  setCell,
  summary,
} from '../../helpers/permission-matrix.js';
import { world } from '../../helpers/world.js';

async function bare(adapter: PortalAdapter, view = 'role'): Promise<PermissionMatrix> {
  return fixture<PermissionMatrix>(
    html`<permission-matrix .adapter=${adapter} view=${view} lang="en"></permission-matrix>`,
  );
}

describe('<permission-matrix> states', () => {
  it('says it is loading while the adapter has not answered', async () => {
    const w = world();
    const el = await bare(
      intercept(
        w.as('generalAdmin'),
        () => true,
        () => new Promise(() => {}),
      ),
    );
    await settle(el);
    const status = root(el).querySelector('[role="status"]')!;
    expect(status.textContent).to.contain('Loading permissions');
    await expect(el).to.be.accessible();
  });

  it('shows the failure with Retry, and Retry loads the matrix', async () => {
    const w = world();
    let down = true;
    const adapter = intercept(
      w.as('generalAdmin'),
      () => down,
      () => Promise.reject(new AdapterError('network', 'offline')),
    );
    const el = await bare(adapter);
    await until(el, () => root(el).querySelector('[role="alert"]'));
    expect(root(el).querySelector('[role="alert"]')!.textContent).to.contain(
      'The permissions could not be loaded. The server could not be reached.',
    );
    await expect(el).to.be.accessible();
    down = false;
    button(el, 'Try again').click();
    await until(el, () => root(el).querySelector('[role="grid"]'));
    expect(root(el).querySelector('[role="alert"]')).to.equal(null);
  });

  it('asks for an adapter when it has none', async () => {
    const el = await fixture<PermissionMatrix>(
      html`<permission-matrix lang="en"></permission-matrix>`,
    );
    expect(root(el).textContent).to.contain('No data source');
    await expect(el).to.be.accessible();
  });

  it('falls back to the role view for an unknown view, and names an unknown person', async () => {
    const w = world();
    const el = await mountMatrix(w.as('generalAdmin'));
    el.setAttribute('view', 'spreadsheet');
    await settle(el);
    expect(el.view).to.equal('role');
    expect(root(el).querySelector('#roles-caption')).to.exist;

    el.view = 'person';
    el.contactId = 'ct-nobody';
    await until(el, () => root(el).querySelector('.person-body [role="alert"]'));
    expect(root(el).querySelector('.person-body [role="alert"]')!.textContent).to.contain(
      // The one text for errors (i18n/explain): the same words as every element's.
      'This record no longer exists',
    );
    await expect(el).to.be.accessible();
  });

  it('speaks the locale of the page: the summary in Portuguese', async () => {
    const w = world();
    const adapter = w.as('generalAdmin');
    const person = await adapter.contacts.get(w.data.actors.systemUser);
    const el = await mountMatrix(adapter, { view: 'person', contactId: person.id, lang: 'pt-BR' });
    expect(root(el).querySelector('#tab-person')!.textContent).to.contain('Por pessoa');
    cell(el, 'person-caption', 'Aprova orçamentos').click();
    await settle(el);
    expect(summary(el)).to.deep.equal([`${person.name} ganha: aprova orçamentos.`]);
    expect(button(el, 'Salvar alterações')).to.exist;
    await expect(el).to.be.accessible();
  });
});

describe('<permission-matrix> save failures', () => {
  it('says why a save was refused and keeps the staged edits', async () => {
    const w = world();
    let refuse = false;
    const adapter = intercept(
      w.as('generalAdmin'),
      () => refuse,
      () => Promise.reject(new AdapterError('forbidden', 'refused', { code: 'last-admin' })),
    );
    const id = w.data.actors.systemUser;
    const el = await mountMatrix(adapter, { view: 'person', contactId: id });
    cell(el, 'person-caption', 'Approves budgets').click();
    await settle(el);
    refuse = true;
    button(el, 'Save changes').click();
    await until(el, () => notice(el).includes('not saved'));
    expect(notice(el)).to.equal(
      'The changes were not saved. The company must keep at least one general admin.',
    );
    expect(root(el).querySelector('.notice [data-tone="error"]')).to.exist;
    expect(summary(el)).to.have.length(1);
    await expect(el).to.be.accessible();
    refuse = false;
    button(el, 'Save changes').click();
    await oneEvent(el, 'portico-permissions-saved');
    expect((await w.as('generalAdmin').contacts.get(id)).grants).to.include('approve-budgets');
  });
});

describe('<permission-matrix> staged edits survive', () => {
  it('a move in the page (disconnect and reconnect) keeps the staged edits of every view', async () => {
    const w = world();
    const el = await mountMatrix(w.as('generalAdmin'));
    await setCell(el, 'Enables use of platforms, Registration admin', 'Yes');
    await settle(el);
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    await until(el, () => root(el).querySelector('#roles-caption'));
    expect(summary(el)).to.deep.equal(['Registration admin gains: enables use of platforms.']);
  });

  it('another adapter (another company) starts clean', async () => {
    const w = world();
    const el = await mountMatrix(w.as('generalAdmin'));
    await setCell(el, 'Enables use of platforms, Registration admin', 'Yes');
    await settle(el);
    el.adapter = world().as('generalAdmin');
    await until(el, () => root(el).querySelector('#roles-caption') && summary(el).length === 0);
    expect(root(el).textContent).to.contain('No changes yet.');
  });
});

describe('<permission-matrix> sites (seed 003)', () => {
  it('assigns a site, grants a permission on it, and saves', async () => {
    const w = world({
      policy: sitePolicy,
      prepare: (data) => {
        // The general admin holds every site permission on every site, so they may grant them.
        const admin = data.contacts.find((c) => c.id === data.actors.generalAdmin)!;
        admin.sites = data.sites
          .filter((s) => s.companyId === admin.companyId)
          .map((s) => ({ siteId: s.id, capabilities: ['site-view', 'site-comment', 'site-edit'] }));
      },
    });
    const adapter = w.as('generalAdmin');
    const id = w.data.actors.systemUser;
    const el = await mountMatrix(adapter, { view: 'person', contactId: id });
    const person = await adapter.contacts.get(id);
    const site = (await adapter.sites.list()).items[0]!;
    expect(root(el).textContent).to.contain('No site assigned yet.');

    const choose = root(el).querySelector<HTMLSelectElement>('#assign-site')!;
    choose.value = site.id;
    choose.dispatchEvent(new Event('change'));
    await settle(el);
    button(el, 'Assign site').click();
    await settle(el);
    const view = cell(el, 'sites-caption', `Views the site, ${site.name}`);
    expect(view.getAttribute('aria-checked')).to.equal('false');
    view.click();
    await settle(el);
    // A permission the general admin does not hold stays disabled, with the reason.
    const publish = cell(el, 'sites-caption', `Publishes the site, ${site.name}`);
    expect(publish.getAttribute('aria-disabled')).to.equal('true');
    expect(description(el, publish)).to.contain('you do not hold it');
    expect(summary(el)).to.deep.equal([
      `${person.name} is assigned to ${site.name} with: views the site.`,
    ]);
    await expect(el).to.be.accessible();

    button(el, 'Save changes').click();
    await oneEvent(el, 'portico-permissions-saved');
    const saved = await adapter.contacts.get(id);
    expect(saved.sites).to.deep.equal([{ siteId: site.id, capabilities: ['site-view'] }]);

    // Unassigning is staged too, and said in words.
    root(el).querySelector<HTMLButtonElement>(`[aria-label="Unassign ${site.name}"]`)!.click();
    await settle(el);
    expect(summary(el)).to.deep.equal([`${person.name} is unassigned from ${site.name}.`]);
  });
});

describe('<permission-matrix> approvers', () => {
  it('refuses, with the reason, a budget approver who cannot approve budgets', async () => {
    const w = world();
    const adapter = w.as('generalAdmin');
    const systemUser = await adapter.contacts.get(w.data.actors.systemUser);
    const el = await mountMatrix(adapter, { view: 'approvers' });
    const input = root(el).querySelector<HTMLInputElement>('#budgets-input')!;
    input.value = systemUser.email;
    input.dispatchEvent(new Event('input'));
    const label = `Add approver: ${systemUser.name}`;
    await until(el, () =>
      [...root(el).querySelectorAll('#budgets-results button')].some(
        (b) => b.textContent.trim() === label,
      ),
    );
    const add = [...root(el).querySelectorAll('#budgets-results button')].find(
      (b) => b.textContent.trim() === label,
    )!;
    expect(add.getAttribute('aria-disabled')).to.equal('true');
    expect(description(el, add)).to.contain(`${systemUser.name} cannot approve budgets`);
    (add as HTMLElement).click();
    await settle(el);
    expect(summary(el)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('on a conflict keeps the staged approver and shows who the other session added', async () => {
    const w = world();
    const adapter = w.as('generalAdmin');
    const el = await mountMatrix(adapter, { view: 'approvers' });
    const before = await adapter.permissions.approvers();
    const removed = before.tickets[1]!;
    const removedName = (await adapter.contacts.get(removed)).name;
    const tickets = root(el).querySelector('[aria-labelledby="tickets-title"]')!;
    [...tickets.querySelectorAll('button')]
      .find((b) => b.getAttribute('aria-label') === `Remove ${removedName}`)!
      .click();
    await settle(el);

    const other = w.as('generalAdmin');
    await other.permissions.setApprovers(
      { budgets: before.budgets.slice(0, 1), tickets: before.tickets },
      { version: before.version },
    );
    button(el, 'Save changes').click();
    await until(el, () => notice(el).includes('Someone else changed'));
    expect(summary(el)).to.deep.equal([`Ticket approvers: removes ${removedName}.`]);
    button(el, 'Save changes').click();
    await oneEvent(el, 'portico-permissions-saved');
    const after = await adapter.permissions.approvers();
    expect(after.tickets).to.not.include(removed);
    expect(after.budgets).to.deep.equal(before.budgets.slice(0, 1));
  });
});
