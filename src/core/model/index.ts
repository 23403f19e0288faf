/**
 * The model: zod schemas and the types inferred from them, for adapter boundaries, and the fixed
 * vocabularies without zod (`./constants.ts`). Element code imports values only from `./constants.ts`
 * and `./checks.ts` (zod-free), and types from anywhere (`import type` is erased), so zod stays out of
 * the element bundles.
 *
 * @module
 */
export * from './constants.js';
export * from './contact.js';
export * from './records.js';
export * from './page.js';
export * from './policy.js';
export * from './invitations.js';
