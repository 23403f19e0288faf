import { expect, fixture, html } from '@open-wc/testing';
import type { Contact } from '../src/core/model/index.js';
import {
  emit,
  eventPrefix,
  type ContactSavedDetail,
  type PorticoEvent,
  type PorticoEventMap,
} from '../src/events.js';
import { Explainer } from '../src/i18n/explain.js';
import type { LocaleController } from '../src/i18n/locale-controller.js';
import type { ProviderMessageKey } from '../src/i18n/messages/provider.js';
import type { ContactListKey } from '../src/elements/contact-list/contact-list.words.js';

/** Holds only when `A` and `B` are the same type (checked by `tsc` in `npm run check`). */
type Same<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const same = <A, B>(proof: Same<A, B>) => proof;

describe('events', () => {
  it('types a host’s listener by the event name (HTMLElementEventMap is augmented)', async () => {
    const el = await fixture<HTMLDivElement>(html`<div></div>`);
    const names: string[] = [];
    el.addEventListener('portico-contact-saved', (event) => {
      // `event.detail.contact` type-checks without a cast: the name says what the detail is.
      same<typeof event, CustomEvent<ContactSavedDetail>>(true);
      const contact: Contact = event.detail.contact;
      names.push(contact.name, String(event.detail.created));
    });
    el.addEventListener('portico-permissions-save-request', (event) => {
      same<typeof event.detail, PorticoEventMap['portico-permissions-save-request']>(true);
      // @ts-expect-error — a permissions save has no `contact`.
      names.push(String(event.detail.contact));
    });
    const contact = { name: 'Ana Souza' } as Contact;
    emit(el, 'portico-contact-saved', { contact, created: true });
    expect(names).to.deep.equal(['Ana Souza', 'true']);
  });

  it('emits with the detail its name calls for, and nothing else', async () => {
    const el = await fixture<HTMLDivElement>(html`<div></div>`);
    const contact = { name: 'Ana Souza' } as Contact;
    // @ts-expect-error — `portico-contact-removed` carries `{ contact }`, not `{ id }`.
    emit(el, 'portico-contact-removed', { id: 'x' });
    // @ts-expect-error — not a Portico event.
    emit(el, 'portico-nothing-happened', {});
    const heard: PorticoEvent<'portico-contact-delete-request'>[] = [];
    document.addEventListener('portico-contact-delete-request', (e) => heard.push(e), {
      once: true,
    });
    const allowed = emit(el, 'portico-contact-delete-request', { contact });
    expect(allowed).to.equal(true);
    const [event] = heard;
    expect(event!.type.startsWith(eventPrefix)).to.equal(true);
    expect(event!.bubbles && event!.composed && event!.cancelable).to.equal(true);
  });

  it('returns false when a listener vetoes an intent; a domain event is not cancelable', async () => {
    const el = await fixture<HTMLDivElement>(html`<div></div>`);
    const contact = { name: 'Ana Souza' } as Contact;
    el.addEventListener('portico-contact-delete-request', (e) => e.preventDefault());
    expect(emit(el, 'portico-contact-delete-request', { contact })).to.equal(false);
    el.addEventListener('portico-contact-removed', (e) => e.preventDefault());
    expect(emit(el, 'portico-contact-removed', { contact })).to.equal(true);
  });
});

describe('catalogue keys are typed', () => {
  it('explains only with a catalogue that speaks the reasons and errors', () => {
    const words = (keys: string[]) => ({
      msg: (key: string) => key,
      has: (key: string) => keys.includes(key),
      list: (items: readonly string[]) => items.join(', '),
    });
    const list = words(['error.unknown']) as unknown as LocaleController<ContactListKey>;
    expect(new Explainer(list).error(new Error('x'))).to.equal('error.unknown');
    const provider = words([]) as unknown as LocaleController<ProviderMessageKey>;
    // @ts-expect-error — the provider's catalogue has no words for reasons and errors.
    expect(new Explainer(provider).role('x-y')).to.equal('X y');
  });
});
