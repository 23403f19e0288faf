/**
 * Registers `<csv-importer>` and nothing else: `import '@portico/elements/csv-importer'`. Idempotent:
 * importing it again, or after the host registered the tag itself, changes nothing.
 *
 * @module
 */
import { CsvImporter } from '../elements/csv-importer/csv-importer.js';

if (!customElements.get('csv-importer')) customElements.define('csv-importer', CsvImporter);

declare global {
  interface HTMLElementTagNameMap {
    'csv-importer': CsvImporter;
  }
}
