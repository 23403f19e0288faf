/**
 * Registers `<invite-accept>` and nothing else: `import '@portico/elements/invite-accept'`. Idempotent:
 * importing it again, or after the host registered the tag itself, changes nothing.
 *
 * @module
 */
import { InviteAccept } from '../elements/invite-accept/invite-accept.js';

if (!customElements.get('invite-accept')) customElements.define('invite-accept', InviteAccept);

declare global {
  interface HTMLElementTagNameMap {
    'invite-accept': InviteAccept;
  }
}
