/**
 * Registers every Portico tag: `import '@portico/elements/define'`. Importing it again, or after a host
 * registered a tag itself, changes nothing. A page that embeds one element imports that element's own
 * entry instead (`@portico/elements/contact-list`, …) and loads only what it needs.
 *
 * @module
 */

// The element entries, one line each, in registration order (the provider first, so elements inside it
// find it upgraded). Each file in `src/define/` registers one tag and is, by being there, a build entry
// (vite.config.ts), a package export (`@portico/elements/<file name>`, the "./*" pattern in
// package.json) and a size budget (scripts/size.ts). To add an element: copy `src/define/contact-list.ts`
// to `src/define/<name>.ts` with its tag and class, then add its line here; test/build/entries.test.ts
// fails until both are done.
import './define/provider.js';
import './define/contact-list.js';
import './define/permission-matrix.js';
import './define/csv-importer.js';
import './define/invite-status.js';
import './define/saas-seat-panel.js';
import './define/invite-accept.js';

// The classes, as before this entry was split (the root entry exports them too).
export { ContactList } from './elements/contact-list/contact-list.js';
export { InviteAccept } from './elements/invite-accept/invite-accept.js';
export { CsvImporter } from './elements/csv-importer/csv-importer.js';
export { InviteStatus } from './elements/invite-status/invite-status.js';
export { PermissionMatrix } from './elements/permission-matrix/permission-matrix.js';
export { PorticoProvider } from './elements/portico-provider/portico-provider.js';
export { SaasSeatPanel } from './elements/saas-seat-panel/saas-seat-panel.js';
