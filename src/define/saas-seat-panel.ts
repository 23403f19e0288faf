/**
 * Registers `<saas-seat-panel>` and nothing else: `import '@portico/elements/saas-seat-panel'`.
 * Idempotent: importing it again, or after the host registered the tag itself, changes nothing.
 *
 * @module
 */
import { SaasSeatPanel } from '../elements/saas-seat-panel/saas-seat-panel.js';

if (!customElements.get('saas-seat-panel')) customElements.define('saas-seat-panel', SaasSeatPanel);

declare global {
  interface HTMLElementTagNameMap {
    'saas-seat-panel': SaasSeatPanel;
  }
}
