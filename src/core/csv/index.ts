/**
 * The CSV importer's core: decoding, dialect, parsing, mapping, validation, duplicates, the import
 * plan, the Worker protocol and the CSV writer. No DOM: it runs in a Worker, a page and Node.
 *
 * @module
 */
export * from './issues.js';
export * from './decode.js';
export * from './dialect.js';
export * from './parser.js';
export * from './reader.js';
export * from './fields.js';
export * from './mapping.js';
export * from './row.js';
export * from './plan.js';
export * from './shape.js';
export * from './session.js';
export * from './result.js';
export * from './writer.js';
export * from './contact-export.js';
export * from './protocol.js';
export * from './client.js';
