/**
 * Registers Portico's tags. Import it once (`import '@portico/elements/define'`); importing it again, or
 * after a host registered a tag itself, changes nothing.
 */
import { ContactList } from './elements/contact-list/contact-list.js';
import { PermissionMatrix } from './elements/permission-matrix/permission-matrix.js';
import { PorticoProvider } from './elements/portico-provider/portico-provider.js';

const tags = {
  'portico-provider': PorticoProvider,
  'contact-list': ContactList,
  'permission-matrix': PermissionMatrix,
} as const;

for (const [tag, element] of Object.entries(tags)) {
  if (!customElements.get(tag)) customElements.define(tag, element);
}

declare global {
  interface HTMLElementTagNameMap {
    'portico-provider': PorticoProvider;
    'contact-list': ContactList;
    'permission-matrix': PermissionMatrix;
  }
}

export { ContactList, PermissionMatrix, PorticoProvider };
