/**
 * The contact writes as decisions: create, edit, delete, the lifecycle acts and the two transfers. Each
 * takes the context, the stored records it is about, the input and the facts it needs, and answers what
 * to store (or throws the `AdapterError` the caller gets). Nothing here reads a store.
 *
 * @module
 */
import type { FieldError } from '../adapter/errors.js';
import {
  lifecycleActions,
  type AccessChange,
  type Approvers,
  type Contact,
  type ContactInput,
  type ContactPatch,
  type ContactProfileField,
  type IdentityDocument,
  type LifecycleAction,
} from '../model/index.js';
import type { Actor, Explanation } from '../permissions/types.js';
import {
  emailKey,
  validateContactInput,
  validateContactPatch,
  type ValidationResult,
} from '../validation/index.js';
import { accessErrors } from './access.js';
import { approversAfter, approversWithout } from './approvers.js';
import {
  addVerdict,
  editableFields,
  lifecycleOf,
  lifecycleTransitions,
  verdict,
  type Verdict,
} from './contact-acts.js';
import type { IdSet, RuleContext } from './context.js';
import { checkVersion, forbidden, invalid, refused, verdictError } from './refusals.js';
import type { Decision } from './writes.js';

/**
 * The key that makes an identity document unique in a company, or undefined for one that need not be:
 * a CPF (`cpf:` and its 11 digits) identifies one person, so no two contacts of a company share it
 * (`document-taken`). Other documents are not keyed: their numbers repeat across countries and types.
 */
export function documentKey(
  document: Pick<IdentityDocument, 'type' | 'number'>,
): string | undefined {
  return document.type === 'cpf' ? `cpf:${document.number.replace(/\D/g, '')}` : undefined;
}

/** A new contact, checked and keyed before the store looks up whether its keys are taken. */
export interface PreparedInput {
  input: unknown;
  result: ValidationResult<ContactInput>;
  /** The uniqueness keys of its valid e-mail and document, to look up (`emailKey`, {@link documentKey}). */
  keys: { email?: string; document?: string };
}

/** Checks a new contact's fields (`validateContactInput`) and names the keys a store must look up. */
export function prepareContactInput(input: unknown): PreparedInput {
  const result = validateContactInput(input);
  if (!result.ok) return { input, result, keys: {} };
  return {
    input,
    result,
    keys: { email: emailKey(result.value.email), document: documentKey(result.value.document) },
  };
}

/** What creating a contact needs to know. */
export interface CreateContactFacts {
  /** A fresh id for the record (asked only once the contact is sure to be written). */
  newId: () => string;
  companyId: string;
  /** Active general admins now (`countsAsAdmin`). */
  adminCount: number;
  /** Whether another contact of the company has `keys.email` / `keys.document`. */
  emailTaken: boolean;
  documentTaken: boolean;
  /** The company's site ids (at least those the input names). */
  sites: IdSet;
}

const throwIfRefused = (outcome: Verdict, current?: unknown): void => {
  if (!outcome.allowed) throw verdictError(outcome, current);
};

/**
 * Why the actor may not give a new contact this access: none for the policy's default role with no
 * grants or sites (adding covers it, {@link addVerdict}); otherwise the engine's grant checks of a
 * change from the default role (`cannot-grant`, `grant-not-held`, `unknown-role`…). What
 * {@link decideCreateContact} refuses with, and what an importer asks before it plans a row's role.
 */
export function newcomerAccessRefusals(
  context: Pick<RuleContext, 'engine' | 'actor'>,
  access: AccessChange,
  adminCount: number,
): Explanation[] {
  const { engine, actor } = context;
  const { defaultRole } = engine.policy;
  if (access.role === defaultRole && !access.grants.length && !access.sites.length) return [];
  // The person to be: no id yet (an id is spent only on a record that is written).
  const prospect: Actor = { id: '', role: defaultRole, grants: [], sites: [], status: 'potential' };
  return engine.validateChange(actor, prospect, access, { adminCount });
}

/**
 * Creates a contact (status `potential`, or `site-assigned` when it comes with sites): {@link addVerdict}
 * (`add-contacts`, and the default role only from someone who holds what it gives); every bad field at
 * once — the validators' codes, `email-taken`, `document-taken`, `unknown-role`, `unknown-capability`,
 * `unknown-site`; a role other than the default, grants or sites through the engine's grant checks
 * (`cannot-grant`, `grant-not-held`…, on field `role`).
 */
export function decideCreateContact(
  context: RuleContext,
  prepared: PreparedInput,
  facts: CreateContactFacts,
): Decision<Contact> {
  const { engine, actor, now } = context;
  const policy = engine.policy;
  const canAdd = engine.explain(actor, 'add-contacts');
  if (!canAdd.allowed) throw refused([canAdd]);
  const { result } = prepared;
  const errors: FieldError[] = result.ok ? [] : [...result.errors];
  const raw = (prepared.input ?? {}) as Partial<ContactInput>;
  const role = typeof raw.role === 'string' ? raw.role : policy.defaultRole;
  const grants = Array.isArray(raw.grants) ? raw.grants : [];
  const sites = Array.isArray(raw.sites) ? raw.sites : [];
  errors.push(...accessErrors(policy, facts.sites, { role, grants, sites }));
  if (result.ok && facts.emailTaken) errors.push({ field: 'email', code: 'email-taken' });
  if (result.ok && facts.documentTaken)
    errors.push({ field: 'document.number', code: 'document-taken' });
  if (errors.length || !result.ok) throw invalid(errors);
  const value = result.value;

  const access: AccessChange = {
    role,
    grants: [...grants],
    sites: sites.map((entry) => ({ siteId: entry.siteId, capabilities: [...entry.capabilities] })),
  };
  if (role === policy.defaultRole) throwIfRefused(addVerdict(context));
  // `facts.adminCount` is read only when access beyond the default is asked (a store may count lazily).
  if (role !== policy.defaultRole || grants.length || sites.length) {
    const refusals = newcomerAccessRefusals(context, access, facts.adminCount);
    if (refusals.length) throw refused(refusals, 'role');
  }
  const contact: Contact = {
    id: facts.newId(),
    companyId: facts.companyId,
    name: value.name,
    email: value.email,
    country: value.country,
    document: { ...value.document },
    phone: { ...value.phone },
    jobTitle: value.jobTitle,
    consultingAuthorized: value.consultingAuthorized ?? false,
    communication: value.communication
      ? { ...value.communication }
      : { productNews: false, systemUpdates: true, ticketUpdates: true },
    ...access,
    status: access.sites.length ? 'site-assigned' : 'potential',
    openTickets: 0,
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
  for (const key of ['company', 'address', 'notes'] as const) {
    const text = value[key];
    if (text) contact[key] = text;
  }
  return { answer: contact, writes: { created: [contact] } };
}

/** An edit, checked against the stored contact before the store looks up the new document's key. */
export interface PreparedPatch {
  result: ValidationResult<ContactPatch>;
  /** The key of a document that changes (to look up among the other contacts), if any. */
  keys: { document?: string };
}

/** Checks an edit's fields (`validateContactPatch` against `current`) and names the key to look up. */
export function prepareContactPatch(patch: unknown, current: Contact): PreparedPatch {
  const result = validateContactPatch(patch, current);
  const document = result.ok ? result.value.document : undefined;
  const key = document ? documentKey(document) : undefined;
  return {
    result,
    keys: key !== undefined && key !== documentKey(current.document) ? { document: key } : {},
  };
}

/** Whether two values of a profile field are the same (an empty text and no text are). */
function same(a: unknown, b: unknown): boolean {
  if ((a === '' || a === undefined) && (b === '' || b === undefined)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return a === b;
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
  for (const key of keys) if (left[key] !== right[key]) return false;
  return true;
}

/** The profile fields `value` changes on `current`. */
export function changedFields(current: Contact, value: ContactPatch): ContactProfileField[] {
  return (Object.keys(value) as ContactProfileField[]).filter(
    (field) => value[field] !== undefined && !same(value[field], current[field]),
  );
}

/**
 * Edits a contact's profile: `edit-contacts` on that contact ({@link verdict} `edit`); `version` must be
 * the contact's; every bad field at once (`email-immutable`, the validators' codes); a field the actor
 * may not change ({@link editableFields}: someone who may edit only their own contact changes only the
 * policy's `selfEditableFields`) is `forbidden` / `not-self-editable`, one field error per field; a CPF
 * another contact has is `document-taken`. Sending a field unchanged is no change.
 */
export function decideUpdateContact(
  context: RuleContext,
  current: Contact,
  prepared: PreparedPatch,
  version: unknown,
  facts: { documentTaken: boolean },
): Decision<Contact> {
  const acts = { ...context, adminCount: 0 };
  throwIfRefused(verdict(acts, 'edit', current));
  checkVersion(version, current, current);
  const { result } = prepared;
  if (!result.ok) throw invalid(result.errors);
  const value = result.value;
  const editable = editableFields(acts, current);
  const locked = changedFields(current, value).filter((field) => !editable[field].allowed);
  if (locked.length) {
    throw forbidden(
      'not-self-editable',
      'These fields of your own contact are set by an administrator.',
      locked.map((field) => ({ field, code: 'not-self-editable' })),
    );
  }
  if (facts.documentTaken) throw invalid([{ field: 'document.number', code: 'document-taken' }]);
  const next: Contact = { ...current, version: current.version + 1, updatedAt: context.now };
  if (value.name !== undefined) next.name = value.name;
  if (value.country !== undefined) next.country = value.country;
  if (value.document !== undefined) next.document = { ...value.document };
  if (value.phone !== undefined) next.phone = { ...value.phone };
  if (value.jobTitle !== undefined) next.jobTitle = value.jobTitle;
  if (value.consultingAuthorized !== undefined)
    next.consultingAuthorized = value.consultingAuthorized;
  if (value.communication !== undefined) next.communication = { ...value.communication };
  for (const key of ['company', 'address', 'notes'] as const) {
    const text = value[key];
    if (text === undefined) continue;
    if (text === '') delete next[key];
    else next[key] = text;
  }
  return { answer: next, writes: { updated: [next] } };
}

/** What the acts that may leave the company without an admin or an approver need to know. */
export interface StatusFacts {
  /** Active general admins now (`countsAsAdmin`). */
  adminCount: number;
  /** The company's approver lists now (a contact who can no longer approve leaves them). */
  approvers: Approvers;
}

/**
 * Throws a refused verdict, checking `version` at the right moment: a refusal of the actor's rights
 * comes first (nothing about the record is told to someone who may not act on it), then a stale
 * version, then a refusal about the record's state (judged on the record as it is now).
 */
function judge(outcome: Verdict, current: Contact, version: unknown): void {
  if (!outcome.allowed && 'engine' in outcome && outcome.engine.code !== 'last-admin') {
    throw verdictError(outcome, current);
  }
  checkVersion(version, current, current);
  throwIfRefused(outcome, current);
}

/**
 * Deletes a contact, irreversibly: {@link verdict} `delete` (`delete-contacts`; not oneself: `self`;
 * `tickets-in-progress`; `last-admin`), against its current `version`. It leaves the approver lists; its
 * invitations go with it (the store deletes them with the contact).
 */
export function decideRemoveContact(
  context: RuleContext,
  current: Contact,
  version: unknown,
  facts: StatusFacts,
): Decision<void> {
  judge(verdict({ ...context, adminCount: facts.adminCount }, 'delete', current), current, version);
  const approvers = approversWithout(facts.approvers, [current.id]);
  return {
    answer: undefined,
    writes: { removed: [current.id], ...(approvers ? { approvers } : {}) },
  };
}

/**
 * A lifecycle act ({@link verdict} for `activate`, `inactivate`, `suspend`, `reactivate`: needs
 * `activate-contacts`; `invalid-transition` from a status it does not apply to; `self`; `last-admin`).
 * An unknown action is `validation` / `invalid-value` on field `action`. A contact who can no longer act
 * leaves the approver lists.
 */
export function decideTransition(
  context: RuleContext,
  current: Contact,
  action: unknown,
  version: unknown,
  facts: StatusFacts,
): Decision<Contact> {
  if (typeof action !== 'string' || !(lifecycleActions as readonly string[]).includes(action)) {
    throw invalid([
      {
        field: 'action',
        code: 'invalid-value',
        params: { allowed: Object.keys(lifecycleTransitions).join(', ') },
      },
    ]);
  }
  const act = action as LifecycleAction;
  judge(verdict({ ...context, adminCount: facts.adminCount }, act, current), current, version);
  const next: Contact = {
    ...current,
    status: lifecycleOf[act]!.to,
    version: current.version + 1,
    updatedAt: context.now,
  };
  const approvers = approversAfter(context.engine, facts.approvers, [next]);
  return { answer: next, writes: { updated: [next], ...(approvers ? { approvers } : {}) } };
}

/**
 * Makes `target` a general admin ({@link verdict} `transfer-admin`: `transfer-administration`; `self`;
 * `already-admin`; `target-not-active`; the engine's grant checks for the admin role). The actor steps
 * down to the policy's default role unless `keepOwn` (seed 001) — which they may do only if they hold
 * what that role gives (`grant-not-held`) — and leaves the approver lists they no longer qualify for.
 */
export function decideTransferAdministration(
  context: RuleContext,
  target: Contact,
  keepOwn: boolean,
  facts: StatusFacts,
): Decision<{ from: Contact; to: Contact }> {
  const { engine, actor, now } = context;
  throwIfRefused(
    verdict({ ...context, adminCount: facts.adminCount }, 'transfer-admin', target),
    target,
  );
  const { adminRole, defaultRole } = engine.policy;
  const stepDown = !keepOwn && actor.role !== defaultRole;
  if (stepDown) {
    const refusals = engine.roleRefusals(actor, defaultRole);
    if (refusals.length) throw refused(refusals, 'keepOwn');
  }
  const to: Contact = { ...target, role: adminRole, version: target.version + 1, updatedAt: now };
  const from: Contact = stepDown
    ? { ...actor, role: defaultRole, version: actor.version + 1, updatedAt: now }
    : actor;
  const approvers = stepDown ? approversAfter(engine, facts.approvers, [from]) : undefined;
  return {
    answer: { from, to },
    writes: { updated: stepDown ? [to, from] : [to], ...(approvers ? { approvers } : {}) },
  };
}

/**
 * Moves every ticket in progress of `source` to `target` ({@link verdict} `transfer-tickets` with `to`:
 * `transfer-tickets`; `no-tickets`; `same-contact`; `target-not-active`).
 */
export function decideTransferTickets(
  context: RuleContext,
  source: Contact,
  target: Contact,
): Decision<{ moved: number; from: Contact; to: Contact }> {
  throwIfRefused(
    verdict({ ...context, adminCount: 0 }, 'transfer-tickets', source, target),
    source,
  );
  const moved = source.openTickets;
  const { now } = context;
  const from: Contact = { ...source, openTickets: 0, version: source.version + 1, updatedAt: now };
  const to: Contact = {
    ...target,
    openTickets: target.openTickets + moved,
    version: target.version + 1,
    updatedAt: now,
  };
  return { answer: { moved, from, to }, writes: { updated: [from, to] } };
}
