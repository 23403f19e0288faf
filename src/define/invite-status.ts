/**
 * Registers `<invite-status>` and nothing else: `import '@portico/elements/invite-status'`. Idempotent:
 * importing it again, or after the host registered the tag itself, changes nothing.
 *
 * @module
 */
import { InviteStatus } from '../elements/invite-status/invite-status.js';

if (!customElements.get('invite-status')) customElements.define('invite-status', InviteStatus);

declare global {
  interface HTMLElementTagNameMap {
    'invite-status': InviteStatus;
  }
}
