/**
 * The import Worker's entry: serves one import session to the page that started it. The element
 * starts it with `new Worker(new URL('…/core/csv/worker.js', import.meta.url), { type: 'module' })`
 * and talks to it through `CsvImportClient`.
 *
 * @module
 */
import { serveImportSession } from './protocol.js';

serveImportSession(self);
