import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setupWorker } from 'msw/browser';
import { MemoryBackend } from '../../../src/core/adapter/memory/index.js';
import { RestAdapter } from '../../../src/core/adapter/rest/index.js';
import { createDemoData } from '../../../src/core/demo-data.js';
import type { ContactList } from '../../../src/elements/contact-list/contact-list.js';
import { createHandlers } from '../../../src/mocks/handlers.js';
import { failNext, networkError } from '../../../src/mocks/faults.js';
import {
  dialog,
  dialogClosed,
  dialogOpen,
  menuItem,
  openMenu,
  rowOf,
  rows,
  settled,
  showContact,
  toastText,
  transitionsDone,
} from '../../helpers/contact-list.js';
import { $, button } from '../../helpers/dom.js';
import { pin } from '../../helpers/world.js';

/** Failure paths over HTTP: the RestAdapter against msw's handlers on a MemoryBackend, with injected faults. */
const worker = setupWorker();
const baseUrl = '/api/contact-list-test';

before(async () => {
  await worker.start({ quiet: true, onUnhandledFrame: 'bypass' });
});
afterEach(() => worker.resetHandlers());
after(() => worker.stop());

async function mountHttp(lang = 'en') {
  const data = createDemoData({ contacts: 30, seed: 1 });
  pin(data);
  const backend = new MemoryBackend({ data });
  worker.resetHandlers(...createHandlers({ backend, baseUrl }));
  const adapter = new RestAdapter({
    baseUrl,
    getToken: () => data.actors.generalAdmin,
    retries: 0,
  });
  const el = await fixture<ContactList>(
    html`<contact-list
      lang=${lang}
      style="width: 1100px"
      debounce="0"
      .adapter=${adapter}
    ></contact-list>`,
  );
  await settled(el);
  return { el, data, backend };
}

describe('<contact-list> — failures over HTTP (msw)', () => {
  it('shows the list’s error, worded from the error catalogue, and recovers on retry', async () => {
    const data = createDemoData({ contacts: 30, seed: 1 });
    const backend = new MemoryBackend({ data });
    worker.resetHandlers(
      failNext(503, { baseUrl, method: 'get', path: 'contacts', code: 'server-error' }),
      ...createHandlers({ backend, baseUrl }),
    );
    const adapter = new RestAdapter({
      baseUrl,
      getToken: () => data.actors.generalAdmin,
      retries: 0,
    });
    const el = await fixture<ContactList>(
      html`<contact-list lang="pt-BR" debounce="0" .adapter=${adapter}></contact-list>`,
    );
    await waitUntil(() => $(el, '[role="alert"]'), 'error shown', { timeout: 10000 });
    const alert = $(el, '[role="alert"]')!.textContent;
    expect(alert).to.contain('Não foi possível carregar os contatos');
    // The code's own sentence (errors.ts), not the generic words of its kind.
    expect(alert).to.contain('O servidor não conseguiu atender este pedido');
    expect(alert).not.to.contain('Verifique sua conexão');
    await expect(el).to.be.accessible();
    button($(el, '[part="empty"]')!, 'Tentar novamente').click();
    await settled(el);
    expect(rows(el).length).to.be.greaterThan(0);
  });

  it('rolls back an optimistic suspension when the network fails, and says so', async () => {
    const { el, data, backend } = await mountHttp();
    await showContact(el, data, 'ct-000006');
    worker.use(networkError({ baseUrl, method: 'post', path: 'contacts/:id/transitions' }));
    await openMenu(el, 'ct-000006');
    menuItem(el, 'suspend').click();
    const d = await dialogOpen(el);
    button(d, 'Suspend access').click();
    await dialogClosed(el);
    await waitUntil(
      () => toastText(el).includes('Fernanda Gomes Conceição was not changed'),
      'rollback message',
      {
        timeout: 10000,
      },
    );
    expect(rowOf(el, 'ct-000006')!.textContent).to.contain('Active');
    expect(backend.getContact(data.actors.generalAdmin, 'ct-000006').status).to.equal('active');
    await expect(el).to.be.accessible();
  });

  it('keeps a deleted row and shows the server’s refusal in the confirmation', async () => {
    const { el, data } = await mountHttp('pt-BR');
    await showContact(el, data, 'ct-000006');
    worker.use(
      failNext(403, {
        baseUrl,
        method: 'delete',
        path: 'contacts/:id',
        code: 'tickets-in-progress',
      }),
    );
    await openMenu(el, 'ct-000006');
    menuItem(el, 'delete').click();
    const d = await dialogOpen(el);
    button(d, 'Excluir contato').click();
    await waitUntil(() => d.querySelector('[role="alert"]'), 'refusal shown', { timeout: 10000 });
    expect(d.querySelector('[role="alert"]')!.textContent).to.contain(
      'Este contato tem chamados em andamento',
    );
    expect(rowOf(el, 'ct-000006')).to.exist;
    // The pressed button's colour is still easing back: axe measures the colour it comes to rest on.
    await transitionsDone(el);
    await expect(el).to.be.accessible();
    d.querySelector<HTMLButtonElement>('.dialog-header button')!.click();
    await dialogClosed(el);
  });

  it('reopens the edit form with the current values and the user’s edits on a conflict', async () => {
    const { el, data, backend } = await mountHttp();
    const row = await showContact(el, data, 'ct-000006');
    row.querySelector<HTMLButtonElement>('[part="edit-button"]')!.click();
    await dialogOpen(el);
    const current = backend.getContact(data.actors.generalAdmin, 'ct-000006');
    backend.updateContact(
      data.actors.registrationAdmin,
      'ct-000006',
      { company: 'Outra Empresa' },
      current.version,
    );
    const job = dialog(el).querySelector<HTMLInputElement>('#cf-jobTitle')!;
    job.value = 'Controller';
    job.dispatchEvent(new Event('input'));
    button(dialog(el), 'Save changes').click();
    await waitUntil(
      () => dialog(el).open && dialog(el).textContent.includes('Someone else changed this contact'),
      'reopened',
      { timeout: 10000 },
    );
    expect(dialog(el).querySelector<HTMLInputElement>('#cf-jobTitle')!.value).to.equal(
      'Controller',
    );
    expect(dialog(el).querySelector<HTMLInputElement>('#cf-company')!.value).to.equal(
      'Outra Empresa',
    );
  });
});
