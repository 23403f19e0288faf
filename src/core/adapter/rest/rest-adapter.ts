// One class on purpose: one method per endpoint of the REST contract, each a call and the changes it tells.
import type {
  AccessChange,
  Approvers,
  ContactInput,
  ContactPatch,
  InvitationSettingsInput,
  InvitationTemplate,
  LifecycleAction,
  ListQuery,
  Policy,
  RegistrationMethod,
  SaasUserInput,
} from '../../model/index.js';
import { ChangeHub, tell } from '../changes.js';
import type {
  Change,
  ChangeFeed,
  ContactLookup,
  ContactQuery,
  ContactsApi,
  CreateOptions,
  ImportOptions,
  ImportResult,
  ImportRow,
  InvitationQuery,
  InvitationSendOptions,
  InvitationsApi,
  PermissionsApi,
  PortalAdapter,
  RequestOptions,
  SaasUserQuery,
  SeatOptions,
  SeatRequestQuery,
  SeatsApi,
  SessionApi,
  SitesApi,
  WriteOptions,
} from '../types.js';
import { RestTransport } from './http.js';
import type { RestAdapterOptions } from './http.js';
import { encodeListQuery } from './query.js';
import { compactFilter } from '../../rules/contact-query.js';
import {
  approversSchema,
  contactLookupResultSchema,
  contactPageSchema,
  contactSchema,
  invitationAcceptanceSchema,
  invitationActivationSchema,
  invitationLinkSchema,
  invitationPageSchema,
  invitationSchema,
  invitationSettingsSchema,
  invitationTemplateSchema,
  policySchema,
  saasUserPageSchema,
  saasUserSchema,
  seatRequestPageSchema,
  seatRequestResultSchema,
  seatSummarySchema,
  sessionSchema,
  historyPageSchema,
  importResultSchema,
  sitePageSchema,
  transferAdministrationResultSchema,
  transferTicketsResultSchema,
} from './schemas.js';

export type { RestAdapterOptions } from './http.js';

/** One encoded path segment. */
const seg = (id: string): string => encodeURIComponent(id);

/** A change of `record`. */
const change = (record: Change['record'], kind: Change['kind'], ids: string[] = []): Change => ({
  record,
  kind,
  ids,
});
/** An invitation write changes the invitation and its contact's status. */
const invitationAndContact = (invitation: { id: string; contactId: string }): Change[] => [
  change('invitation', 'updated', [invitation.id]),
  change('contact', 'updated', [invitation.contactId]),
];

/** A list query whose filter is a status and a product pool (an empty product means the company's pool). */
function byProduct<
  Q extends { filter?: { status?: string | readonly string[]; product?: string } },
>(query?: Q) {
  return {
    ...query,
    filter: { status: query?.filter?.status, product: query?.filter?.product || undefined },
  };
}

/** A write that may take people off the approver lists (they follow the capability). */
const approvers = change('approvers', 'updated');

/** The contacts an import batch created and updated (none for a dry run). */
function importChanges(result: ImportResult): Change[] {
  if (result.dryRun) return [];
  const ids = (status: 'created' | 'updated') =>
    result.results.flatMap((row) => (row.status === status ? [row.contact.id] : []));
  const created = ids('created');
  const updated = ids('updated');
  return [
    ...(created.length ? [change('contact', 'created', created)] : []),
    ...(updated.length ? [change('contact', 'updated', updated)] : []),
  ];
}

/** A contact filter as query parameters: every part the person set (docs/rest-api.md, "Contacts"). */
function wireFilter(
  filter: ContactQuery['filter'],
): Record<string, readonly string[] | string | undefined> {
  // Every part the filter names is a query parameter of the same name (compactFilter left out the empty ones).
  return { ...compactFilter(filter ?? {}) };
}

/**
 * A `PortalAdapter` that talks to the vendor's backend over HTTP, following the REST contract in
 * `docs/rest-api.md`.
 *
 * - Every request carries `Authorization: Bearer <getToken()>`; the token decides the company (tenancy).
 * - Writes send `If-Match: "<version>"` and an `Idempotency-Key`; a create reuses its key across its own
 *   retries, so a retried create never makes a second record.
 * - GET, PUT, DELETE and creates are retried with exponential backoff after a network failure, a
 *   timeout, 408 or 5xx; other writes are never repeated.
 * - Aborting `options.signal` cancels the request and rejects with the abort reason (an `AbortError`),
 *   not an `AdapterError`.
 * - Every other failure is an `AdapterError`; an answer that does not match the contract is a `network`
 *   error with code `bad-response`.
 * - `changes` tells this adapter's own successful writes (what a write may have changed besides its
 *   record — the approver lists after an access change, a contact's invitations — is told too, with no
 *   ids when they are not known). Writes made elsewhere are not heard (no server push yet).
 *
 * @example
 * ```ts
 * const adapter = new RestAdapter({
 *   baseUrl: 'https://portal.example.com/api/portico/v1',
 *   getToken: () => auth.accessToken,
 * });
 * ```
 */
export class RestAdapter implements PortalAdapter {
  readonly contacts: ContactsApi;
  readonly permissions: PermissionsApi;
  readonly sites: SitesApi;
  readonly seats: SeatsApi;
  readonly invitations: InvitationsApi;
  readonly session: SessionApi;
  readonly changes: ChangeFeed;

  private readonly http: RestTransport;
  private readonly hub = new ChangeHub();
  /** The signed-in contact, once a session answer named them (for `session` changes). */
  private actorId: string | undefined;

  constructor(options: RestAdapterOptions) {
    if (!options?.baseUrl) throw new TypeError('RestAdapter needs a baseUrl.');
    this.http = new RestTransport(options);
    this.contacts = this.contactsApi();
    this.permissions = this.permissionsApi();
    this.sites = this.sitesApi();
    this.seats = this.seatsApi();
    this.invitations = this.invitationsApi();
    this.session = this.sessionApi();
    this.changes = { subscribe: (listener) => this.hub.subscribe(listener) };
  }

  /** Tells `changes(result)` once `request` has succeeded; answers its result. */
  private async told<T>(request: Promise<T>, changes: (result: T) => Change[]): Promise<T> {
    const result = await request;
    if (this.hub.size) {
      for (const change of changes(result)) {
        tell((each) => this.hub.emit(each), change, this.actorId, this.hub.report);
      }
    }
    return result;
  }

  /** A write's headers: the version it was made against and a fresh idempotency key. */
  private write(options: WriteOptions) {
    return { version: options.version, idempotencyKey: this.http.key(), signal: options.signal };
  }

  /** A create's headers: the caller's idempotency key, or a fresh one, reused across retries. */
  private create(options: CreateOptions | undefined) {
    return {
      create: true,
      idempotencyKey: options?.idempotencyKey || this.http.key(),
      signal: options?.signal,
    };
  }

  private contactsApi(): ContactsApi {
    const http = this.http;
    return {
      list: (query?: ContactQuery, options?: RequestOptions) =>
        http.send({
          method: 'get',
          path: 'contacts',
          searchParams: encodeListQuery({
            ...query,
            filter: wireFilter(query?.filter),
          }),
          signal: options?.signal,
          schema: contactPageSchema,
        }),
      get: (id: string, options?: RequestOptions) =>
        http.send({
          method: 'get',
          path: `contacts/${seg(id)}`,
          signal: options?.signal,
          schema: contactSchema,
        }),
      history: (id: string, query?: ListQuery, options?: RequestOptions) =>
        http.send({
          method: 'get',
          path: `contacts/${seg(id)}/history`,
          searchParams: encodeListQuery({ ...query, filter: {} }),
          signal: options?.signal,
          schema: historyPageSchema,
        }),
      create: (input: ContactInput, options?: CreateOptions) =>
        this.told(
          http.send({
            method: 'post',
            path: 'contacts',
            json: input,
            ...this.create(options),
            schema: contactSchema,
          }),
          (created) => [change('contact', 'created', [created.id])],
        ),
      update: (id: string, patch: ContactPatch, options: WriteOptions) =>
        this.told(
          http.send({
            method: 'patch',
            path: `contacts/${seg(id)}`,
            json: patch,
            ...this.write(options),
            schema: contactSchema,
          }),
          (contact) => [change('contact', 'updated', [contact.id])],
        ),
      remove: (id: string, options: WriteOptions) =>
        this.told(
          http.send({
            method: 'delete',
            path: `contacts/${seg(id)}`,
            ...this.write(options),
            schema: null,
          }),
          () => [change('contact', 'removed', [id]), approvers, change('invitation', 'removed')],
        ),
      transition: (id: string, action: LifecycleAction, options: WriteOptions) =>
        this.told(
          http.send({
            method: 'post',
            path: `contacts/${seg(id)}/transitions`,
            json: { action },
            ...this.write(options),
            schema: contactSchema,
          }),
          (contact) => [change('contact', 'updated', [contact.id]), approvers],
        ),
      transferAdministration: (toId: string, options: RequestOptions & { keepOwn?: boolean }) =>
        this.told(
          http.send({
            method: 'post',
            path: `contacts/${seg(toId)}/transfer-administration`,
            json: { keepOwn: options?.keepOwn ?? false },
            idempotencyKey: http.key(),
            signal: options?.signal,
            schema: transferAdministrationResultSchema,
          }),
          ({ from, to }) =>
            options?.keepOwn
              ? [change('contact', 'updated', [to.id])]
              : [change('contact', 'updated', [to.id, from.id]), approvers],
        ),
      transferTickets: (fromId: string, toId: string, options?: RequestOptions) =>
        this.told(
          http.send({
            method: 'post',
            path: `contacts/${seg(fromId)}/transfer-tickets`,
            json: { to: toId },
            idempotencyKey: http.key(),
            signal: options?.signal,
            schema: transferTicketsResultSchema,
          }),
          ({ from, to }) => [change('contact', 'updated', [from.id, to.id])],
        ),
      import: (rows: ImportRow[], options?: ImportOptions) =>
        this.told(
          http.send({
            method: 'post',
            path: 'contacts/import',
            json: {
              rows,
              existing: options?.existing ?? 'skip',
              dryRun: options?.dryRun ?? false,
            },
            ...this.create(options),
            schema: importResultSchema,
          }),
          (result) => importChanges(result),
        ),
      lookup: async (keys: ContactLookup, options?: RequestOptions) =>
        (
          await http.send({
            method: 'post',
            path: 'contacts/lookup',
            json: { emails: keys?.emails ?? [], cpfs: keys?.cpfs ?? [] },
            safe: true,
            signal: options?.signal,
            schema: contactLookupResultSchema,
          })
        ).items,
    };
  }

  private permissionsApi(): PermissionsApi {
    const http = this.http;
    return {
      policy: (options?: RequestOptions) =>
        http.send({ method: 'get', path: 'policy', signal: options?.signal, schema: policySchema }),
      updatePolicy: (policy: Policy, options: WriteOptions) =>
        this.told(
          http.send({
            method: 'put',
            path: 'policy',
            json: policy,
            ...this.write(options),
            schema: policySchema,
          }),
          (saved) => [change('policy', 'updated', [saved.id]), approvers],
        ),
      setAccess: (contactId: string, access: AccessChange, options: WriteOptions) =>
        this.told(
          http.send({
            method: 'put',
            path: `contacts/${seg(contactId)}/access`,
            json: access,
            ...this.write(options),
            schema: contactSchema,
          }),
          (contact) => [change('contact', 'updated', [contact.id]), approvers],
        ),
      approvers: (options?: RequestOptions) =>
        http.send({
          method: 'get',
          path: 'approvers',
          signal: options?.signal,
          schema: approversSchema,
        }),
      setApprovers: (lists: Omit<Approvers, 'version'>, options: WriteOptions) =>
        this.told(
          http.send({
            method: 'put',
            path: 'approvers',
            json: { budgets: lists.budgets, tickets: lists.tickets },
            ...this.write(options),
            schema: approversSchema,
          }),
          () => [approvers],
        ),
    };
  }

  private sitesApi(): SitesApi {
    const http = this.http;
    return {
      list: (query?: ListQuery, options?: RequestOptions) =>
        http.send({
          method: 'get',
          path: 'sites',
          searchParams: encodeListQuery({ ...query, filter: {} }),
          signal: options?.signal,
          schema: sitePageSchema,
        }),
    };
  }

  private seatsApi(): SeatsApi {
    const http = this.http;
    return {
      summary: (options?: SeatOptions) =>
        http.send({
          method: 'get',
          path: 'seats',
          searchParams: encodeListQuery({ filter: { product: options?.product || undefined } }),
          signal: options?.signal,
          schema: seatSummarySchema,
        }),
      list: (query?: SaasUserQuery, options?: RequestOptions) =>
        http.send({
          method: 'get',
          path: 'saas-users',
          searchParams: encodeListQuery(byProduct(query)),
          signal: options?.signal,
          schema: saasUserPageSchema,
        }),
      create: (input: SaasUserInput, options?: CreateOptions) =>
        this.told(
          http.send({
            method: 'post',
            path: 'saas-users',
            json: input,
            ...this.create(options),
            schema: saasUserSchema,
          }),
          (user) => [change('saas-user', 'created', [user.id])],
        ),
      changePassword: (id: string, password: string, options: WriteOptions) =>
        this.told(
          http.send({
            method: 'put',
            path: `saas-users/${seg(id)}/password`,
            json: { password },
            ...this.write(options),
            schema: saasUserSchema,
          }),
          (user) => [change('saas-user', 'updated', [user.id])],
        ),
      deactivate: (id: string, options: WriteOptions) => this.seatAct(id, 'deactivate', options),
      reactivate: (id: string, options: WriteOptions) => this.seatAct(id, 'reactivate', options),
      requestMore: (seats: number, message: string, options?: SeatOptions) =>
        this.told(
          http.send({
            method: 'post',
            path: 'seats/requests',
            json: options?.product
              ? { seats, message, product: options.product }
              : { seats, message },
            ...this.create({ signal: options?.signal }),
            schema: seatRequestResultSchema,
          }),
          ({ requestId }) => [change('seat-request', 'created', [requestId])],
        ),
      requests: (query?: SeatRequestQuery, options?: RequestOptions) =>
        http.send({
          method: 'get',
          path: 'seats/requests',
          searchParams: encodeListQuery(byProduct(query)),
          signal: options?.signal,
          schema: seatRequestPageSchema,
        }),
    };
  }

  /** `POST /saas-users/{id}/<act>` with `If-Match`: deactivate or reactivate. */
  private seatAct(id: string, act: 'deactivate' | 'reactivate', options: WriteOptions) {
    return this.told(
      this.http.send({
        method: 'post',
        path: `saas-users/${seg(id)}/${act}`,
        ...this.write(options),
        schema: saasUserSchema,
      }),
      (user) => [change('saas-user', 'updated', [user.id])],
    );
  }

  private invitationsApi(): InvitationsApi {
    const http = this.http;
    return {
      list: (query?: InvitationQuery, options?: RequestOptions) =>
        http.send({
          method: 'get',
          path: 'invitations',
          searchParams: encodeListQuery({
            ...query,
            filter: {
              status: query?.filter?.status,
              contactId: query?.filter?.contactId,
              expiresBefore: query?.filter?.expiresBefore,
            },
          }),
          signal: options?.signal,
          schema: invitationPageSchema,
        }),
      send: (contactId: string, options?: InvitationSendOptions) =>
        this.told(
          http.send({
            method: 'post',
            path: 'invitations',
            json: options?.seat ? { contactId, seat: options.seat } : { contactId },
            ...this.create(options),
            schema: invitationSchema,
          }),
          (invitation) => [
            change('invitation', 'created', [invitation.id]),
            change('contact', 'updated', [invitation.contactId]),
          ],
        ),
      resend: (id: string, options: WriteOptions) =>
        this.told(
          http.send({
            method: 'post',
            path: `invitations/${seg(id)}/resend`,
            ...this.write(options),
            schema: invitationSchema,
          }),
          invitationAndContact,
        ),
      revoke: (id: string, options: WriteOptions) =>
        this.told(
          http.send({
            method: 'post',
            path: `invitations/${seg(id)}/revoke`,
            ...this.write(options),
            schema: invitationSchema,
          }),
          invitationAndContact,
        ),
      remove: (id: string, options: WriteOptions) =>
        this.told(
          http.send({
            method: 'delete',
            path: `invitations/${seg(id)}`,
            ...this.write(options),
            schema: null,
          }),
          () => [change('invitation', 'removed', [id]), change('contact', 'updated')],
        ),
      settings: (options?: RequestOptions) =>
        http.send({
          method: 'get',
          path: 'invitation-settings',
          signal: options?.signal,
          schema: invitationSettingsSchema,
        }),
      updateSettings: (settings: InvitationSettingsInput, options: WriteOptions) =>
        this.told(
          http.send({
            method: 'put',
            path: 'invitation-settings',
            json: {
              validityDays: settings.validityDays,
              autoSend: settings.autoSend,
              resendCooldownSeconds: settings.resendCooldownSeconds,
              locale: settings.locale,
            },
            ...this.write(options),
            schema: invitationSettingsSchema,
          }),
          () => [change('invitation-settings', 'updated')],
        ),
      inspect: (token: string, options?: RequestOptions) =>
        http.send({
          method: 'get',
          path: `invitation-links/${seg(token)}`,
          signal: options?.signal,
          schema: invitationLinkSchema,
        }),
      accept: (
        token: string,
        method: RegistrationMethod,
        secret?: string,
        options?: RequestOptions,
      ) =>
        this.told(
          http.send({
            method: 'post',
            path: `invitation-links/${seg(token)}/accept`,
            json:
              secret === undefined
                ? { method }
                : method === 'password'
                  ? { method, password: secret }
                  : { method, credential: secret },
            idempotencyKey: http.key(),
            signal: options?.signal,
            schema: invitationAcceptanceSchema,
          }),
          () => [change('invitation', 'updated'), change('contact', 'updated')],
        ),
      activate: (token: string, options?: RequestOptions) =>
        this.told(
          http.send({
            method: 'post',
            path: `activations/${seg(token)}`,
            idempotencyKey: http.key(),
            signal: options?.signal,
            schema: invitationActivationSchema,
          }),
          () => [change('contact', 'updated')],
        ),
      template: (options?: RequestOptions) =>
        http.send({
          method: 'get',
          path: 'invitation-template',
          signal: options?.signal,
          schema: invitationTemplateSchema,
        }),
      updateTemplate: (template: Omit<InvitationTemplate, 'version'>, options: WriteOptions) =>
        this.told(
          http.send({
            method: 'put',
            path: 'invitation-template',
            json: { subject: template.subject, body: template.body },
            ...this.write(options),
            schema: invitationTemplateSchema,
          }),
          () => [change('template', 'updated')],
        ),
      confirm: (contactId: string, options: WriteOptions) =>
        this.told(
          http.send({
            method: 'post',
            path: `contacts/${seg(contactId)}/confirm`,
            ...this.write(options),
            schema: contactSchema,
          }),
          (contact) => [
            change('contact', 'updated', [contact.id]),
            change('invitation', 'updated'),
          ],
        ),
      setPassword: (contactId: string, password: string, options: WriteOptions) =>
        this.told(
          http.send({
            method: 'put',
            path: `contacts/${seg(contactId)}/password`,
            json: { password },
            ...this.write(options),
            schema: contactSchema,
          }),
          (contact) => [change('contact', 'updated', [contact.id])],
        ),
    };
  }

  private sessionApi(): SessionApi {
    const http = this.http;
    return {
      current: async (options?: RequestOptions) => {
        const session = await http.send({
          method: 'get',
          path: 'session',
          signal: options?.signal,
          schema: sessionSchema,
        });
        this.actorId = session.actor.id;
        return session;
      },
      switchCompany: (companyId: string, options?: RequestOptions) =>
        this.told(
          http.send({
            method: 'post',
            path: 'session/company',
            json: { companyId },
            idempotencyKey: http.key(),
            signal: options?.signal,
            schema: sessionSchema,
          }),
          (session) => {
            this.actorId = session.actor.id;
            return [change('session', 'updated', [session.actor.id])];
          },
        ),
    };
  }
}
