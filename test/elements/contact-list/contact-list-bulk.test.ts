import { expect, waitUntil } from '@open-wc/testing';
import type {
  ContactList,
  SelectionChangeDetail,
} from '../../../src/elements/contact-list/contact-list.js';
import { dialogOpen, mountList, rows, settled, showContact } from '../../helpers/contact-list.js';
import { $, $$, button, description } from '../../helpers/dom.js';
import { xssName } from '../../helpers/world.js';

const bulkButton = (el: HTMLElement, act: string) =>
  el.shadowRoot!.querySelector<HTMLButtonElement>(`[data-bulk="${act}"]`)!;

/** Waits until the dialog has counted whom the act applies to, then confirms with the button that says the act. */
async function confirmBulk(d: HTMLDialogElement, act: string): Promise<void> {
  await waitUntil(() => !d.querySelector('[part="bulk-applies"] .spinner'), 'counted');
  button(d, act).click();
}

/** Deletes the selection through the bulk bar; answers the result's summary and its refusal lines. */
async function deleteSelected(el: ContactList): Promise<{ summary: string; refusals: string[] }> {
  bulkButton(el, 'delete').click();
  const d = await dialogOpen(el);
  await confirmBulk(d, 'Delete selected');
  await waitUntil(() => d.querySelector('[part="bulk-summary"]'), 'summary');
  return {
    summary: d.querySelector('[part="bulk-summary"]')!.textContent.trim(),
    refusals: $$(el, '[part="bulk-refusals"] li').map((li) =>
      li.textContent.replace(/\s+/g, ' ').trim(),
    ),
  };
}

describe('<contact-list> — bulk acts', () => {
  it('selects rows, tells the host, and offers "all matching the filter"', async () => {
    const { el } = await mountList({ contacts: 120 });
    const events: SelectionChangeDetail[] = [];
    el.addEventListener('portico-selection-change', (e) =>
      events.push((e as CustomEvent<SelectionChangeDetail>).detail),
    );
    const [first, second] = rows(el);
    first!.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
    second!.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
    await el.updateComplete;
    expect(events.at(-1)).to.deep.include({ count: 2, allMatching: false });
    expect(events.at(-1)!.ids).to.deep.equal([first!.dataset.id, second!.dataset.id]);
    const bar = $(el, '[part="bulk-bar"]')!;
    expect(bar.textContent).to.contain('2 selected');
    expect(first!.getAttribute('aria-selected')).to.equal('true');
    await expect(el).to.be.accessible();

    button(bar, /Select all 120 contacts matching the filter/).click();
    await el.updateComplete;
    expect(events.at(-1)).to.deep.include({ count: 120, allMatching: true });
    expect($(el, '[part="bulk-bar"]')!.textContent).to.contain('120 selected');
    // Unticking one row keeps "all matching" minus that row.
    rows(el)[0]!.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
    await el.updateComplete;
    expect(events.at(-1)).to.deep.include({ count: 119, allMatching: true });
    button($(el, '[part="bulk-bar"]')!, 'Clear selection').click();
    await el.updateComplete;
    expect($(el, '[part="bulk-bar"]')).to.equal(null);
    expect(events.at(-1)).to.deep.include({ count: 0 });
  });

  it('inactivates every contact matching a filter, with a per-item summary', async () => {
    const { el, backend, data } = await mountList();
    const status = $<HTMLSelectElement>(el, '#status-filter')!;
    status.value = 'suspended';
    status.dispatchEvent(new Event('change'));
    await settled(el);
    $<HTMLInputElement>(el, '[role="columnheader"] input[type="checkbox"]')!.click();
    await el.updateComplete;
    const requests: unknown[] = [];
    el.addEventListener('portico-bulk-request', (e) => requests.push((e as CustomEvent).detail));
    bulkButton(el, 'inactivate').click();
    const d = await dialogOpen(el);
    expect(d.textContent).to.contain('Apply “Inactivate selected” to 4 contacts?');
    await expect(el).to.be.accessible();
    await confirmBulk(d, 'Inactivate selected');
    await waitUntil(() => d.querySelector('[part="bulk-summary"]'), 'summary');
    expect(d.querySelector('[part="bulk-summary"]')!.textContent.trim()).to.equal('4 done');
    await expect(el).to.be.accessible();
    expect(requests).to.have.length(1);
    for (const id of ['ct-000018', 'ct-000022', 'ct-000024', 'ct-000026'])
      expect(backend.getContact(data.actors.generalAdmin, id).status).to.equal('inactive');
    // The list reloads: none of them is suspended any more.
    await waitUntil(() => el.rows.total === 0, 'list refreshed');
    expect($(el, '[part="total"]')!.textContent).to.contain('0 contacts');
  });

  it('deletes a selection and names each refusal and its reason', async () => {
    const { el, backend, data } = await mountList({
      mutate: (d) => {
        // Make ct-000004 a system user: ct-000001 is then the last general admin.
        d.contacts.find((c) => c.id === 'ct-000004')!.role = 'system-user';
      },
    });
    await waitUntil(() => el.portal.facts.adminCount === 1, 'admins counted');
    const role = $<HTMLSelectElement>(el, '#role-filter')!;
    // Everyone except system users: the general admin and the registration admin (with 5 tickets).
    role.value = 'general-admin';
    role.dispatchEvent(new Event('change'));
    await settled(el);
    rows(el)[0]!.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
    role.value = 'registration-admin';
    role.dispatchEvent(new Event('change'));
    await settled(el);
    rows(el)[0]!.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
    role.value = 'system-user';
    role.dispatchEvent(new Event('change'));
    await settled(el);
    const plain = rows(el).find(
      (r) => r.dataset.id === 'ct-000006' || r.dataset.id === 'ct-000009',
    )!;
    // Its id now: rows are kept by place, so after the delete this row shows another contact.
    const plainId = plain.dataset.id!;
    plain.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
    await el.updateComplete;
    expect($(el, '[part="bulk-bar"]')!.textContent).to.contain('3 selected');

    const { summary, refusals } = await deleteSelected(el);
    expect(summary).to.equal('1 done, 2 refused:');
    // One line per reason, each with the contacts it stopped.
    expect(refusals).to.have.length(2);
    // The signed-in general admin is among them: nobody deletes their own contact.
    const own = refusals.find((r) => r.includes('Conceição Fernandes'))!;
    expect(own).to.contain('You cannot do this to your own contact');
    expect(own).to.contain('1 contact:');
    expect(refusals.find((r) => r.includes('Camila Isabela Lima Soares'))).to.contain(
      '5 tickets in progress',
    );
    expect(() => backend.getContact(data.actors.generalAdmin, plainId)).to.throw();
    expect(backend.getContact(data.actors.generalAdmin, 'ct-000002').status).to.equal('active');
  });

  it('groups identical refusals: one line for one reason, with every contact it stopped', async () => {
    const ticketed = ['ct-000006', 'ct-000009'];
    const { el, data, backend } = await mountList({
      mutate: (d) => {
        for (const c of d.contacts) {
          if (ticketed.includes(c.id)) c.openTickets = 2;
          if (c.id === 'ct-000010') {
            c.openTickets = 0;
            c.role = 'system-user';
          }
        }
      },
    });
    for (const id of [...ticketed, 'ct-000010']) {
      const row = await showContact(el, data, id);
      row.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
      await el.updateComplete;
    }
    expect($(el, '[part="bulk-bar"]')!.textContent).to.contain('3 selected');
    const { summary, refusals } = await deleteSelected(el);
    expect(summary).to.equal('1 done, 2 refused:');
    expect(refusals).to.have.length(1);
    expect(refusals[0]).to.contain('2 contacts:');
    for (const id of ticketed) {
      expect(refusals[0]).to.contain(data.contacts.find((c) => c.id === id)!.name);
      expect(backend.getContact(data.actors.generalAdmin, id).openTickets).to.equal(2);
    }
    expect(() => backend.getContact(data.actors.generalAdmin, 'ct-000010')).to.throw();
  });

  it('names a refused contact made of markup as text in the bulk summary', async () => {
    const { el, data } = await mountList({
      mutate: (d) => {
        d.contacts.find((c) => c.id === 'ct-000027')!.name = xssName;
      },
    });
    const row = await showContact(el, data, 'ct-000027');
    row.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
    // A deletable contact too, so that the act runs and reports the refusal.
    (await showContact(el, data, 'ct-000006'))
      .querySelector<HTMLInputElement>('input[type="checkbox"]')!
      .click();
    await el.updateComplete;
    bulkButton(el, 'delete').click();
    const d = await dialogOpen(el);
    await confirmBulk(d, 'Delete selected');
    await waitUntil(() => d.querySelector('[part="bulk-summary"]'), 'summary');
    const refusals = $$(el, '[part="bulk-refusals"] li').map((li) => li.textContent);
    expect(refusals).to.have.length(1);
    expect(refusals[0]).to.contain(xssName);
    expect(refusals[0]).to.contain('3 tickets in progress');
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('resends invitations to a selection, refusing those without one', async () => {
    const { el } = await mountList();
    const status = $<HTMLSelectElement>(el, '#status-filter')!;
    status.value = 'invited';
    status.dispatchEvent(new Event('change'));
    await settled(el);
    $<HTMLInputElement>(el, '[role="columnheader"] input[type="checkbox"]')!.click();
    status.value = 'inactive';
    status.dispatchEvent(new Event('change'));
    await settled(el);
    rows(el)[0]!.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
    await el.updateComplete;
    bulkButton(el, 'resend-invitation').click();
    const d = await dialogOpen(el);
    await confirmBulk(d, 'Resend invitation to selected');
    await waitUntil(() => d.querySelector('[part="bulk-summary"]'), 'summary');
    expect(d.querySelector('[part="bulk-summary"]')!.textContent.trim()).to.equal(
      '3 done, 1 refused:',
    );
    expect($(el, '[part="bulk-refusals"]')!.textContent).to.contain('no invitation applies');
  });

  it('disables the bulk acts of a system user, with the engine’s reason', async () => {
    const { el, data } = await mountList({ as: 'systemUser' });
    void data;
    rows(el)[0]!.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
    await el.updateComplete;
    for (const act of ['inactivate', 'resend-invitation', 'delete']) {
      const b = bulkButton(el, act);
      expect(b.getAttribute('aria-disabled'), act).to.equal('true');
      expect(description(el, b), act).to.contain('does not include');
    }
    bulkButton(el, 'delete').click();
    await el.updateComplete;
    expect($<HTMLDialogElement>(el, 'dialog')!.open).to.equal(false);
    await expect(el).to.be.accessible();
  });
});
