import type {
  AccessChange,
  Approvers,
  ContactInput,
  ContactPatch,
  InvitationTemplate,
  LifecycleAction,
  ListQuery,
  Policy,
  SaasUserInput,
} from '../../model/index.js';
import type {
  ContactQuery,
  ContactsApi,
  CreateOptions,
  InvitationQuery,
  InvitationsApi,
  PermissionsApi,
  PortalAdapter,
  RequestOptions,
  SaasUserQuery,
  SeatsApi,
  SessionApi,
  SitesApi,
  WriteOptions,
} from '../types.js';
import { RestTransport } from './http.js';
import type { RestAdapterOptions } from './http.js';
import { encodeListQuery } from './query.js';
import {
  approversSchema,
  contactPageSchema,
  contactSchema,
  invitationPageSchema,
  invitationSchema,
  invitationTemplateSchema,
  policySchema,
  saasUserPageSchema,
  saasUserSchema,
  seatRequestResultSchema,
  seatSummarySchema,
  sessionSchema,
  sitePageSchema,
  transferAdministrationResultSchema,
  transferTicketsResultSchema,
} from './schemas.js';

export type { RestAdapterOptions } from './http.js';

/** One encoded path segment. */
const seg = (id: string): string => encodeURIComponent(id);

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

  private readonly http: RestTransport;

  constructor(options: RestAdapterOptions) {
    if (!options?.baseUrl) throw new TypeError('RestAdapter needs a baseUrl.');
    this.http = new RestTransport(options);
    this.contacts = this.contactsApi();
    this.permissions = this.permissionsApi();
    this.sites = this.sitesApi();
    this.seats = this.seatsApi();
    this.invitations = this.invitationsApi();
    this.session = this.sessionApi();
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
            filter: { status: query?.filter?.status, role: query?.filter?.role },
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
      create: (input: ContactInput, options?: CreateOptions) =>
        http.send({
          method: 'post',
          path: 'contacts',
          json: input,
          ...this.create(options),
          schema: contactSchema,
        }),
      update: (id: string, patch: ContactPatch, options: WriteOptions) =>
        http.send({
          method: 'patch',
          path: `contacts/${seg(id)}`,
          json: patch,
          ...this.write(options),
          schema: contactSchema,
        }),
      remove: (id: string, options: WriteOptions) =>
        http.send({
          method: 'delete',
          path: `contacts/${seg(id)}`,
          ...this.write(options),
          schema: null,
        }),
      transition: (id: string, action: LifecycleAction, options: WriteOptions) =>
        http.send({
          method: 'post',
          path: `contacts/${seg(id)}/transitions`,
          json: { action },
          ...this.write(options),
          schema: contactSchema,
        }),
      transferAdministration: (toId: string, options: RequestOptions & { keepOwn?: boolean }) =>
        http.send({
          method: 'post',
          path: `contacts/${seg(toId)}/transfer-administration`,
          json: { keepOwn: options?.keepOwn ?? false },
          idempotencyKey: http.key(),
          signal: options?.signal,
          schema: transferAdministrationResultSchema,
        }),
      transferTickets: (fromId: string, toId: string, options?: RequestOptions) =>
        http.send({
          method: 'post',
          path: `contacts/${seg(fromId)}/transfer-tickets`,
          json: { to: toId },
          idempotencyKey: http.key(),
          signal: options?.signal,
          schema: transferTicketsResultSchema,
        }),
    };
  }

  private permissionsApi(): PermissionsApi {
    const http = this.http;
    return {
      policy: (options?: RequestOptions) =>
        http.send({ method: 'get', path: 'policy', signal: options?.signal, schema: policySchema }),
      updatePolicy: (policy: Policy, options: WriteOptions) =>
        http.send({
          method: 'put',
          path: 'policy',
          json: policy,
          ...this.write(options),
          schema: policySchema,
        }),
      setAccess: (contactId: string, access: AccessChange, options: WriteOptions) =>
        http.send({
          method: 'put',
          path: `contacts/${seg(contactId)}/access`,
          json: access,
          ...this.write(options),
          schema: contactSchema,
        }),
      approvers: (options?: RequestOptions) =>
        http.send({
          method: 'get',
          path: 'approvers',
          signal: options?.signal,
          schema: approversSchema,
        }),
      setApprovers: (approvers: Omit<Approvers, 'version'>, options: WriteOptions) =>
        http.send({
          method: 'put',
          path: 'approvers',
          json: { budgets: approvers.budgets, tickets: approvers.tickets },
          ...this.write(options),
          schema: approversSchema,
        }),
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
      summary: (options?: RequestOptions) =>
        http.send({
          method: 'get',
          path: 'seats',
          signal: options?.signal,
          schema: seatSummarySchema,
        }),
      list: (query?: SaasUserQuery, options?: RequestOptions) =>
        http.send({
          method: 'get',
          path: 'saas-users',
          searchParams: encodeListQuery({ ...query, filter: { status: query?.filter?.status } }),
          signal: options?.signal,
          schema: saasUserPageSchema,
        }),
      create: (input: SaasUserInput, options?: CreateOptions) =>
        http.send({
          method: 'post',
          path: 'saas-users',
          json: input,
          ...this.create(options),
          schema: saasUserSchema,
        }),
      changePassword: (id: string, password: string, options: WriteOptions) =>
        http.send({
          method: 'put',
          path: `saas-users/${seg(id)}/password`,
          json: { password },
          ...this.write(options),
          schema: saasUserSchema,
        }),
      deactivate: (id: string, options: WriteOptions) =>
        http.send({
          method: 'post',
          path: `saas-users/${seg(id)}/deactivate`,
          ...this.write(options),
          schema: saasUserSchema,
        }),
      requestMore: (seats: number, message: string, options?: RequestOptions) =>
        http.send({
          method: 'post',
          path: 'seats/requests',
          json: { seats, message },
          ...this.create({ signal: options?.signal }),
          schema: seatRequestResultSchema,
        }),
    };
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
            filter: { status: query?.filter?.status, contactId: query?.filter?.contactId },
          }),
          signal: options?.signal,
          schema: invitationPageSchema,
        }),
      send: (contactId: string, options?: CreateOptions) =>
        http.send({
          method: 'post',
          path: 'invitations',
          json: { contactId },
          ...this.create(options),
          schema: invitationSchema,
        }),
      resend: (id: string, options: WriteOptions) =>
        http.send({
          method: 'post',
          path: `invitations/${seg(id)}/resend`,
          ...this.write(options),
          schema: invitationSchema,
        }),
      revoke: (id: string, options: WriteOptions) =>
        http.send({
          method: 'post',
          path: `invitations/${seg(id)}/revoke`,
          ...this.write(options),
          schema: invitationSchema,
        }),
      template: (options?: RequestOptions) =>
        http.send({
          method: 'get',
          path: 'invitation-template',
          signal: options?.signal,
          schema: invitationTemplateSchema,
        }),
      updateTemplate: (template: Omit<InvitationTemplate, 'version'>, options: WriteOptions) =>
        http.send({
          method: 'put',
          path: 'invitation-template',
          json: { subject: template.subject, body: template.body },
          ...this.write(options),
          schema: invitationTemplateSchema,
        }),
      confirm: (contactId: string, options: WriteOptions) =>
        http.send({
          method: 'post',
          path: `contacts/${seg(contactId)}/confirm`,
          ...this.write(options),
          schema: contactSchema,
        }),
      setPassword: (contactId: string, password: string, options: WriteOptions) =>
        http.send({
          method: 'put',
          path: `contacts/${seg(contactId)}/password`,
          json: { password },
          ...this.write(options),
          schema: contactSchema,
        }),
    };
  }

  private sessionApi(): SessionApi {
    const http = this.http;
    return {
      current: (options?: RequestOptions) =>
        http.send({
          method: 'get',
          path: 'session',
          signal: options?.signal,
          schema: sessionSchema,
        }),
      switchCompany: (companyId: string, options?: RequestOptions) =>
        http.send({
          method: 'post',
          path: 'session/company',
          json: { companyId },
          idempotencyKey: http.key(),
          signal: options?.signal,
          schema: sessionSchema,
        }),
    };
  }
}
