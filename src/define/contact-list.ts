/**
 * Registers `<contact-list>` and nothing else: `import '@portico/elements/contact-list'`. Idempotent:
 * importing it again, or after the host registered the tag itself, changes nothing.
 *
 * @module
 */
import { ContactList } from '../elements/contact-list/contact-list.js';

if (!customElements.get('contact-list')) customElements.define('contact-list', ContactList);

declare global {
  interface HTMLElementTagNameMap {
    'contact-list': ContactList;
  }
}
