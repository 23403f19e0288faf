/**
 * The rules layer: every write of the `PortalAdapter` contract as a pure, synchronous decision that any
 * store can run — the memory backend today, the reference server on PostgreSQL, a vendor's own backend.
 * The UI asks the same functions what to offer (`verdict`, `addVerdict`, `editableFields`,
 * `approverRefusal`, `validatePolicyChange` in `../permissions`), so what an element explains and what a
 * backend enforces cannot drift apart: they are one call.
 *
 * ## The pattern (copy it for invitations, seats, imports…)
 *
 * A decision is `decideX(context, current, input, version, facts) → { answer, writes }`:
 * - `context` ({@link RuleContext}): the engine over the company's policy, the acting contact as stored
 *   (a store refuses an unknown or suspended actor before it decides: `unknown-actor`,
 *   `inactive-actor`), and the write's time. Ids and time come in; nothing is read from a clock.
 * - `current`: the stored record(s) the write is about (a store answers `not-found` — also for another
 *   company's ids — before it decides).
 * - `input` and `version`: as the caller sent them, unchecked; the decision validates them (every bad
 *   field at once) and checks the version (`stale-version`, with the record as it is now).
 * - `facts`: everything else the decision depends on, as plain values the store gathers — the admin
 *   count, whether a key is taken, the company's site ids, role holders, the approver lists… When a fact
 *   depends on the input (is this e-mail taken?), a `prepareX(input)` step comes first and names the keys
 *   to look up (`prepareContactInput` → `keys.email`, `keys.document`).
 * - It answers the caller's result and the {@link Writes} to store, or throws the `AdapterError` the
 *   caller gets (`refusals.ts`: `forbidden`, `invalid`, `stale`, `invalidTransition`, `refused`,
 *   `verdictError`). It never writes anything itself, so a refusal leaves every store untouched.
 *
 * A store then:
 * 1. finds the actor and the records (`not-found`); in SQL, `SELECT … FOR UPDATE` every row the facts
 *    come from (the admin count's rows, the approvers row, the policy row), inside one transaction;
 * 2. gathers the facts, calls the decision;
 * 3. applies `writes` — `created` (insert), `updated` (replace, checking the version it read), `removed`
 *    (delete, with the contact's invitations), `approvers`, `policy` — and commits;
 * 4. tells `changesOf(writes)` to the change feed (`PortalAdapter.changes`).
 *
 * The memory backend (`../adapter/memory/`) is the reference: each method is those four steps.
 *
 * @module
 */
export * from './contact-acts.js';
export * from './lifecycle.js';
export * from './invitations.js';
export * from './invitation-links.js';
export * from './invitation-mail.js';
export type * from './journey-writes.js';
export * from './contacts.js';
export * from './access.js';
export * from './seats.js';
export * from './saas-users.js';
export * from './history.js';
export * from './import.js';
export * from './approvers.js';
export * from './refusals.js';
export * from './writes.js';
export type { IdSet, RuleContext } from './context.js';
export { issuesToFieldErrors, type ShapeErrorCode } from '../adapter/field-errors.js';
export * from './contact-query.js';
export * from './sign-in.js';
export * from './role-names.js';
