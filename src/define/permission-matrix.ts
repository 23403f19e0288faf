/**
 * Registers `<permission-matrix>` and nothing else: `import '@portico/elements/permission-matrix'`.
 * Idempotent: importing it again, or after the host registered the tag itself, changes nothing.
 *
 * @module
 */
import { PermissionMatrix } from '../elements/permission-matrix/permission-matrix.js';

if (!customElements.get('permission-matrix')) {
  customElements.define('permission-matrix', PermissionMatrix);
}

declare global {
  interface HTMLElementTagNameMap {
    'permission-matrix': PermissionMatrix;
  }
}
