/**
 * Portico's root entry: element classes, types, adapters, the permission engine and helpers.
 * It registers nothing — import `@portico/elements/define` for that, or call `customElements.define`
 * with the classes below under names of your own.
 *
 * @module
 */

// Elements (classes only; registration lives in ./define.ts)
export { ContactList } from './elements/contact-list/contact-list.js';
export { CsvImporter } from './elements/csv-importer/csv-importer.js';
export { InviteAccept } from './elements/invite-accept/invite-accept.js';
export { InviteStatus } from './elements/invite-status/invite-status.js';
export { PermissionMatrix } from './elements/permission-matrix/permission-matrix.js';
export { PorticoProvider } from './elements/portico-provider/portico-provider.js';
export type { PorticoTheme } from './elements/portico-provider/portico-provider.js';
export { SaasSeatPanel } from './elements/saas-seat-panel/saas-seat-panel.js';

// Events: every name with its detail type (`PorticoEventMap`), and the one `emit`
export { emit, eventPrefix } from './events.js';
export type * from './events.js';

// Model: zod schemas and the types inferred from them
export * from './core/model/index.js';

// Validation
export * from './core/validation/index.js';

// Permissions
export * from './core/permissions/index.js';
export {
  diffAccess,
  diffApprovers,
  diffPolicy,
  type AccessDiff,
  type ApproversDiff,
  type PolicyDiff,
} from './core/permissions/diff.js';

// Adapters
export type * from './core/adapter/types.js';
export {
  AdapterError,
  type AdapterErrorKind,
  type AdapterErrorInit,
  type FieldError,
} from './core/adapter/errors.js';
export {
  MemoryAdapter,
  MemoryBackend,
  indexedDbPersistence,
  memoryPersistence,
  type MemoryAdapterOptions,
  type MemoryBackendOptions,
  type Persistence,
  type Snapshot,
} from './core/adapter/memory/index.js';
export { RestAdapter, type RestAdapterOptions } from './core/adapter/rest/index.js';
export {
  createDemoData,
  type DemoData,
  type DemoDataOptions,
  type DemoActors,
} from './core/demo-data.js';
export { normalizeText } from './core/search/index.js';

// The CSV reader (no DOM: a page, a Worker or Node): decode, detect the dialect, parse as text, map
// headers to contact fields, check rows, plan an import, write CSV safely
export {
  CsvParser,
  readCsv,
  detectEncoding,
  csvEncodings,
  csvDelimiters,
  detectDelimiter,
  readSepLine,
  suggestMapping,
  checkMapping,
  importFields,
  requiredImportFields,
  RowReader,
  ImportPlan,
  ImportSession,
  CsvImportClient,
  serveImportSession,
  writeCsv,
  formatCsvField,
  writeTemplate,
  csvCodes,
  CsvCancelledError,
} from './core/csv/index.js';
export type * from './core/csv/index.js';

// Context and i18n
export { adapterContext, engineContext, localeContext, sessionContext } from './context/keys.js';
export { PortalController } from './controllers/portal-controller.js';
export {
  LocaleController,
  locales,
  preloadLocale,
  resolveLocale,
  type Locale,
} from './i18n/index.js';
