/**
 * Registers `<portico-provider>` and nothing else: `import '@portico/elements/provider'`. Idempotent:
 * importing it again, or after the host registered the tag itself, changes nothing.
 *
 * @module
 */
import { PorticoProvider } from '../elements/portico-provider/portico-provider.js';

if (!customElements.get('portico-provider')) {
  customElements.define('portico-provider', PorticoProvider);
}

declare global {
  interface HTMLElementTagNameMap {
    'portico-provider': PorticoProvider;
  }
}
