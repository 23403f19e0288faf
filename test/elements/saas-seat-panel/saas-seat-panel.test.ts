import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { AdapterError } from '../../../src/core/adapter/errors.js';
import type { PortalAdapter } from '../../../src/core/adapter/types.js';
import '../../../src/define/provider.js';
import '../../../src/define/saas-seat-panel.js';
import type { SaasSeatPanel } from '../../../src/elements/saas-seat-panel/saas-seat-panel.js';
import type { PorticoEvent } from '../../../src/events.js';
import { $, $$, button, description, settle, until } from '../../helpers/dom.js';
import { company, mount, row, text, type } from './support.js';

describe('<saas-seat-panel>', () => {
  it('shows the seats used of those licensed in words and as a meter, with the 80 % notice', async () => {
    const w = company(10, 8);
    const adapter = w.as('generalAdmin');
    const summary = await adapter.seats.summary();
    const el = await mount(adapter);
    const meter = $(el, '[role="progressbar"]')!;
    expect(meter.getAttribute('aria-valuenow')).to.equal(String(summary.used));
    expect(meter.getAttribute('aria-valuetext')).to.equal(`${summary.used} of 10 seats in use`);
    expect(text($(el, `#${meter.getAttribute('aria-labelledby')}`))).to.equal('Seats in use');
    expect(text($(el, '.meter-words'))).to.contain(`${summary.used} of 10 licensed seats in use`);
    expect(text($(el, '[part="seat-notice"]'))).to.contain('Over 80 %');
    expect($(el, '[data-act="add"]')!.getAttribute('aria-disabled')).to.equal('false');
    // The list is the pool's: as many rows as the adapter says.
    const page = await adapter.seats.list({ limit: 50 });
    expect($$(el, 'tbody tr').length).to.equal(page.items.length);
    expect(text($(el, '[part="total"]'))).to.equal(`${page.total} SaaS users`);
  });

  it('adds a SaaS user with the password field; no event, the DOM or the notice keeps the password', async () => {
    const w = company(10, 3);
    const adapter = w.as('generalAdmin');
    const el = await mount(adapter);
    const details: unknown[] = [];
    for (const name of ['portico-saas-user-request', 'portico-saas-user-changed'])
      el.addEventListener(name, (event) => details.push((event as CustomEvent).detail));
    button(el, 'Add SaaS user').click();
    await settle(el);
    expect($<HTMLDialogElement>(el, 'dialog')!.open).to.equal(true);
    await type(el, '#f-name', 'Lia Souza');
    await type(el, '#f-email', 'lia.souza@horizonte.com.br');
    const secret = 'Lia#Senha2026x';
    await type(el, '#f-password', secret);
    expect($$(el, '.password-rules li.unmet')).to.have.length(0);

    const changed = oneEvent(el, 'portico-saas-user-changed');
    button(el, 'Save').click();
    const done = (await changed) as PorticoEvent<'portico-saas-user-changed'>;
    expect(done.detail.user!.email).to.equal('lia.souza@horizonte.com.br');
    await until(el, () => !$<HTMLDialogElement>(el, 'dialog')!.open && row(el, 'Lia Souza'));
    expect(details).to.have.length(2);
    expect(JSON.stringify(details)).not.to.contain(secret);
    expect(el.password.value).to.equal('');
    expect(el.shadowRoot!.innerHTML).not.to.contain(secret);
    expect(
      [...el.renderRoot.querySelectorAll('input')].some((input) => input.value === secret),
    ).to.equal(false);
    expect(text($(el, '[part="toasts"]'))).to.contain('Lia Souza was added and takes a seat.');
    expect(JSON.stringify(w.backend.snapshot())).not.to.contain(secret);
  });

  it('shows the backend’s refusal of a bad form field by field, keeping what was typed', async () => {
    const w = company(10, 3);
    const el = await mount(w.as('generalAdmin'));
    button(el, 'Add SaaS user').click();
    await settle(el);
    await type(el, '#f-name', 'Lia Souza');
    await type(el, '#f-email', 'not-an-email');
    await type(el, '#f-password', 'short');
    button(el, 'Save').click();
    await until(el, () => el.form?.errors.length);
    expect(text($(el, '#f-email-error'))).to.contain('Enter a valid e-mail address');
    expect(text($(el, '#f-password-error'))).to.contain('at least 8 characters');
    expect($<HTMLInputElement>(el, '#f-name')!.value).to.equal('Lia Souza');
    expect($<HTMLDialogElement>(el, 'dialog')!.open).to.equal(true);
  });

  it('changes a password through its dialog: the backend keeps a new hash, nothing keeps the text', async () => {
    const w = company(10, 3);
    const adapter = w.as('generalAdmin');
    const el = await mount(adapter);
    const user = el.seats.items.find((u) => u.status === 'active')!;
    const hashBefore = JSON.stringify(w.backend.snapshot());
    const details: unknown[] = [];
    for (const name of ['portico-saas-user-request', 'portico-saas-user-changed'])
      el.addEventListener(name, (event) => details.push((event as CustomEvent).detail));
    (row(el, user.name).querySelector('[data-act="change-password"]') as HTMLElement).click();
    await settle(el);
    expect($<HTMLDialogElement>(el, 'dialog')!.open).to.equal(true);
    const secret = 'Nova#Senha2026y';
    await type(el, '#f-password', secret);
    expect($$(el, '.password-rules li.unmet')).to.have.length(0);
    const changed = oneEvent(el, 'portico-saas-user-changed');
    button(el, 'Save').click();
    expect((await changed).detail).to.include({ act: 'change-password' });
    await until(el, () => !$<HTMLDialogElement>(el, 'dialog')!.open);
    expect(details[0]).to.deep.equal({ act: 'change-password', userId: user.id });
    expect((details[1] as { user: { id: string } }).user.id).to.equal(user.id);
    const snapshot = JSON.stringify(w.backend.snapshot());
    expect(snapshot).not.to.equal(hashBefore);
    expect(snapshot).not.to.contain(secret);
    expect(JSON.stringify(details)).not.to.contain(secret);
    expect(el.shadowRoot!.innerHTML).not.to.contain(secret);
    expect(el.password.value).to.equal('');
  });

  it('a rate-limited answer says when to try again and keeps the dialog open', async () => {
    const w = company(10, 3);
    const adapter = w.as('generalAdmin');
    const limited = new AdapterError('rate-limited', 'Too many password changes', {
      retryAfter: 42,
    });
    let calls = 0;
    const throttled: PortalAdapter = {
      ...adapter,
      seats: {
        ...adapter.seats,
        changePassword: () => {
          calls += 1;
          return Promise.reject(limited);
        },
      },
    };
    const el = await mount(throttled);
    const user = el.seats.items.find((u) => u.status === 'active')!;
    (row(el, user.name).querySelector('[data-act="change-password"]') as HTMLElement).click();
    await settle(el);
    await type(el, '#f-password', 'Nova#Senha2026y');
    button(el, 'Save').click();
    await until(el, () => $(el, 'dialog [role="alert"]'));
    expect(calls).to.equal(1);
    expect(text($(el, 'dialog [role="alert"]'))).to.equal(
      'Too many attempts: try again in 42 seconds.',
    );
    expect($<HTMLDialogElement>(el, 'dialog')!.open).to.equal(true);
  });

  it('at the limit, add and reactivate are disabled with the seat rule’s reason, and the backend agrees', async () => {
    const w = company(3, 3);
    const adapter = w.as('generalAdmin');
    const el = await mount(adapter);
    const add = $(el, '[data-act="add"]')!;
    expect(add.getAttribute('aria-disabled')).to.equal('true');
    expect(description(el, add)).to.contain('Every licensed seat is in use');
    expect(text($(el, '[part="seat-notice"]'))).to.contain('Every seat is in use');
    expect(button(el, 'Ask for more seats').getAttribute('aria-disabled')).to.equal('false');
    const reactivate = $(el, 'tbody [data-act="reactivate"]')!;
    expect(reactivate.getAttribute('aria-disabled')).to.equal('true');
    add.click();
    await settle(el);
    expect($<HTMLDialogElement>(el, 'dialog')!.open).to.equal(false);
    const refused = await adapter.seats
      .create({ name: 'Lia Souza', email: 'lia@horizonte.com.br', password: 'Lia#Senha2026x' })
      .catch((error: { code: string }) => error.code);
    expect(refused).to.equal('no-seats');
  });

  it('an over-licensed pool after a downgrade says how many seats to free', async () => {
    const w = company(5, 5);
    w.backend.setLicensedSeats(w.companyId, 3);
    const el = await mount(w.as('generalAdmin'));
    expect(text($(el, '[part="seat-notice"]'))).to.contain('free 2 seats before adding anyone');
    expect($(el, '[role="progressbar"]')!.getAttribute('aria-valuetext')).to.equal(
      '5 of 3 seats in use',
    );
  });

  it('deactivates (the seat is free) and reactivates; a host that cancels stops the write', async () => {
    const w = company(4, 4);
    const adapter = w.as('generalAdmin');
    const el = await mount(adapter);
    const first = el.seats.items.find((u) => u.status === 'active')!;
    const cancel = (event: Event) => event.preventDefault();
    el.addEventListener('portico-saas-user-request', cancel, { once: true });
    (row(el, first.name).querySelector('[data-act="deactivate"]') as HTMLElement).click();
    await settle(el);
    expect((await adapter.seats.summary()).used).to.equal(4);

    const request = oneEvent(el, 'portico-saas-user-request');
    (row(el, first.name).querySelector('[data-act="deactivate"]') as HTMLElement).click();
    expect((await request).detail).to.deep.equal({ act: 'deactivate', userId: first.id });
    await until(el, () => el.seats.summary?.used === 3);
    expect(text($(el, '[part="toasts"]'))).to.contain(`${first.name} was deactivated`);
    expect($(el, '[data-act="add"]')!.getAttribute('aria-disabled')).to.equal('false');
    (row(el, first.name).querySelector('[data-act="reactivate"]') as HTMLElement).click();
    await until(el, () => el.seats.summary?.used === 4);
  });

  it('deactivates the selected SaaS users one by one and shows each one’s result', async () => {
    const w = company(10, 4);
    const adapter = w.as('generalAdmin');
    const el = await mount(adapter);
    const active = el.seats.items.filter((u) => u.status === 'active').slice(0, 2);
    for (const user of active) {
      const box = row(el, user.name).querySelector<HTMLInputElement>('input[type="checkbox"]')!;
      box.click();
    }
    await settle(el);
    expect(text($(el, '.selected-count'))).to.equal('2 selected');
    // Someone else deactivates the second one meanwhile: its version here is stale.
    await w.as('generalAdmin').seats.deactivate(active[1]!.id, { version: active[1]!.version });
    button(el, 'Deactivate selected').click();
    await until(el, () => $(el, '[part="bulk-results"]'));
    const results = $$(el, '[part="bulk-results"] li');
    expect(results.map((li) => li.dataset.ok)).to.deep.equal(['true', 'false']);
    expect(text(results[1]!)).to.contain('Not deactivated');
    expect(text($(el, '[part="bulk-results"] p'))).to.equal('1 deactivated, 1 not deactivated.');
  });

  it('asks for more seats and shows the request id; a second admin sees it is open', async () => {
    const w = company(3, 3);
    const el = await mount(w.as('generalAdmin'));
    button(el, 'Ask for more seats').click();
    await settle(el);
    await type(el, '#f-seats', '5');
    await type(el, '#f-message', 'Two new hires in January.');
    const changed = oneEvent(el, 'portico-saas-user-changed');
    button(el, 'Send request').click();
    const { detail } = (await changed) as PorticoEvent<'portico-saas-user-changed'>;
    expect(detail.requestId).to.be.a('string');
    await until(el, () => $(el, '[part="open-request"]'));
    expect(text($(el, '[part="toasts"]'))).to.contain(`(request ${detail.requestId})`);

    const other = await mount(w.as('generalAdmin'), { lang: 'pt-BR' });
    expect(text($(other, '[part="open-request"]'))).to.contain(`5 licenças pedidas em`);
    expect(text($(other, '[part="open-request"]'))).to.contain(detail.requestId!);
  });

  it('shows a vendor’s plain sales address instead of the request form', async () => {
    const w = company(3, 3);
    const el = await mount(w.as('generalAdmin'), { salesEmail: 'vendas@vendor.com.br' });
    const link = $<HTMLAnchorElement>(el, '[part="sales-contact"] a')!;
    expect(link.getAttribute('href')).to.equal('mailto:vendas@vendor.com.br');
    expect($(el, '[data-act="ask-more"]')).to.equal(null);
  });

  it('inside a <portico-provider>, uses its adapter and session', async () => {
    const w = company(10, 4);
    const provider = await fixture<HTMLElement & { adapter?: PortalAdapter }>(
      html`<portico-provider .adapter=${w.as('generalAdmin')} lang="en"
        ><saas-seat-panel debounce="0"></saas-seat-panel
      ></portico-provider>`,
    );
    const el = provider.querySelector('saas-seat-panel')!;
    await until(el, () => el.seats.status === 'ready');
    expect($(el, '[role="progressbar"]')!.getAttribute('aria-valuetext')).to.equal(
      '4 of 10 seats in use',
    );
  });

  it('a system user sees a plain “not allowed” state, not an error', async () => {
    const w = company(10, 3);
    const el = await mount(w.as('systemUser'));
    expect(el.seats.status).to.equal('forbidden');
    expect(text($(el, '.forbidden'))).to.contain('You are not allowed to manage SaaS users.');
    expect($(el, '[role="alert"]')).to.equal(null);
    expect($(el, 'table')).to.equal(null);
  });

  it('searches, filters, orders and pages through the adapter', async () => {
    const w = company(30, 10);
    const adapter = w.as('generalAdmin');
    const el = await fixture<SaasSeatPanel>(
      html`<saas-seat-panel
        .adapter=${adapter}
        lang="en"
        debounce="0"
        page-size="4"
      ></saas-seat-panel>`,
    );
    await until(el, () => el.seats.status === 'ready');
    const all = await adapter.seats.list({ limit: 500 });
    expect($$(el, 'tbody tr')).to.have.length(4);
    button(el, 'Show more').click();
    await until(el, () => $$(el, 'tbody tr').length === 8);

    const status = $<HTMLSelectElement>(el, '#status-filter')!;
    status.value = 'inactive';
    status.dispatchEvent(new Event('change'));
    await until(el, () => el.seats.status === 'ready' && el.seats.filter === 'inactive');
    await settle(el);
    const inactive = all.items.filter((u) => u.status === 'inactive').length;
    expect(el.seats.total).to.equal(inactive);
    expect($$(el, 'tbody .badge').every((b) => b.textContent === 'Inactive')).to.equal(true);

    const sort = $<HTMLSelectElement>(el, '#sort')!;
    sort.value = 'name-desc';
    sort.dispatchEvent(new Event('change'));
    await until(el, () => el.seats.sort === 'name-desc' && el.seats.status === 'ready');
    await settle(el);
    const names = $$(el, 'tbody th').map((th) => text(th));
    expect(names).to.deep.equal([...names].sort((a, b) => b.localeCompare(a, 'pt-BR')));

    const target = all.items.find((u) => u.status === 'inactive')!;
    await type(el, '#search', target.name);
    await until(el, () => el.seats.search === target.name && el.seats.status === 'ready');
    await settle(el);
    expect(el.seats.items.map((u) => u.id)).to.include(target.id);
  });

  it('exports the matching SaaS users as CSV with formula prefixes escaped', async () => {
    const w = company(10, 3);
    const adapter = w.as('generalAdmin');
    await adapter.seats.create({
      name: '=HYPERLINK("http://x")',
      email: 'formula@horizonte.com.br',
      password: 'Lia#Senha2026x',
    });
    const el = await mount(adapter);
    const csv = await el.csvText();
    expect(csv.startsWith('\uFEFFName;E-mail;Status;Added\r\n')).to.equal(true);
    expect(csv).to.contain(`"'=HYPERLINK(""http://x"")";formula@horizonte.com.br;Active;`);
    expect(csv.trimEnd().split('\r\n')).to.have.length(1 + el.seats.total);
  });

  it('follows the change feed: a write in another session shows here', async () => {
    const w = company(10, 3);
    const el = await mount(w.as('generalAdmin'));
    const before = el.seats.summary!.used;
    await w.as('generalAdmin').seats.create({
      name: 'Outra Pessoa',
      email: 'outra@horizonte.com.br',
      password: 'Lia#Senha2026x',
    });
    await until(el, () => el.seats.summary!.used === before + 1 && row(el, 'Outra Pessoa'));
  });
});
