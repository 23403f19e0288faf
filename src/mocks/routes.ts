import * as z from 'zod';
import { AdapterError } from '../core/adapter/errors.js';
import { issuesToFieldErrors } from '../core/adapter/field-errors.js';
import { invalid } from '../core/rules/refusals.js';
import { contactFilterKeys, contactFilterSingleKeys } from '../core/rules/contact-query.js';
import {
  decodeListQuery,
  type DecodeListOptions,
  type WireListQuery,
} from '../core/adapter/rest/query.js';
import { formatEtag } from '../core/adapter/rest/wire.js';
import type {
  ContactLookup,
  ContactQuery,
  ImportOptions,
  ImportRow,
  PortalAdapter,
  SeatRequestQuery,
  WriteOptions,
} from '../core/adapter/types.js';
import type {
  ContactInput,
  ContactPatch,
  InvitationSettingsInput,
  ListQuery,
  Policy,
  SaasUserInput,
} from '../core/model/index.js';
import {
  accessChangeSchema,
  contactSortFields,
  lifecycleActionSchema,
  registrationMethods,
  saasUserSortFields,
} from '../core/model/index.js';

const registrationMethodSchema = z.enum(registrationMethods);

/**
 * The route table of the mock REST API: every endpoint of `docs/rest-api.md` as a call on one person's
 * `PortalAdapter` (a `MemoryAdapter`). The HTTP plumbing — auth, If-Match, idempotency, errors — is in
 * `handlers.ts`.
 */

/** What a route answers before it becomes an HTTP response. */
export interface Answer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** What a route receives. */
export interface Context {
  adapter: PortalAdapter;
  params: Record<string, string>;
  search: URLSearchParams;
  body: unknown;
  /** The version `If-Match` names (present whenever the route requires it). */
  version: number;
  idempotencyKey: string | undefined;
}

/** One endpoint: its method, its path below the base URL (msw syntax), and what it does. */
export interface Route {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  path: string;
  /** A write to a versioned record: `If-Match` is required (428 without it). */
  versioned?: boolean;
  /**
   * Served without a session (the invitee's side: a setup link's token is the key). The route's
   * adapter acts as nobody; a bearer token, if any, is not required.
   */
  public?: boolean;
  run(ctx: Context): Promise<Answer>;
}

/** A success answer; a record (anything with a numeric `version`) also gets its `ETag`. */
export const ok = (body: unknown, status = 200): Answer => {
  const version = (body as { version?: unknown } | null)?.version;
  return typeof version === 'number'
    ? { status, body, headers: { ETag: formatEtag(version) } }
    : { status, body };
};

/**
 * Checks a request envelope (`{ action }`, `{ password }`, …); every bad field of it becomes one entry of
 * a single `validation` error, in the one vocabulary of `issuesToFieldErrors` (`required`,
 * `invalid-type`, `invalid-value`…).
 */
export function envelope<T extends z.ZodType>(schema: T, body: unknown): z.infer<T> {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  throw invalid(issuesToFieldErrors(result.error.issues, body), 'The request body is not valid.');
}

/** A body that must be a JSON object (its fields are checked by the backend's rules). */
export function object<T>(body: unknown): T {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new AdapterError('validation', 'The request body must be a JSON object.', {
      code: 'invalid-type',
      fields: [{ field: '', code: 'invalid-type', params: { expected: 'object' } }],
    });
  }
  return body as T;
}

const passwordBody = z.object({ password: z.string() });
const idList = z.array(z.string());
const statusFilter = ['status'] as const;
const productFilter = ['product'] as const;

/** The `:id` of a route's path. */
const id = (ctx: Context): string => ctx.params.id ?? '';

/** `GET <path>`: one record or summary, no parameters. */
const read = (path: string, answer: (adapter: PortalAdapter) => Promise<unknown>): Route => ({
  method: 'get',
  path,
  run: async ({ adapter }) => ok(await answer(adapter)),
});

/**
 * `GET <path>?…`: one page of a list. The query is decoded with `options` (a malformed one is a 400
 * before the adapter is asked) and handed to `page` with the wire's loose types: the adapter checks
 * each filter value and sort field, as it does for any caller.
 */
const list = (
  path: string,
  options: DecodeListOptions,
  page: (adapter: PortalAdapter, query: WireListQuery) => Promise<unknown>,
): Route => ({
  method: 'get',
  path,
  run: async ({ adapter, search }) => ok(await page(adapter, decodeListQuery(search, options))),
});

/** `POST <path>` with `If-Match` and no body: an act on the record `:id`. */
const act = (
  path: string,
  perform: (adapter: PortalAdapter, id: string, options: WriteOptions) => Promise<unknown>,
): Route => ({
  method: 'post',
  path,
  versioned: true,
  run: async (ctx) => ok(await perform(ctx.adapter, id(ctx), { version: ctx.version })),
});

/** `PUT <path>` with `If-Match` and `{ "password": "…" }`: sets the password of the record `:id`. */
const password = (
  path: string,
  set: (
    adapter: PortalAdapter,
    id: string,
    password: string,
    options: WriteOptions,
  ) => Promise<unknown>,
): Route => ({
  method: 'put',
  path,
  versioned: true,
  run: async (ctx) => {
    const body = envelope(passwordBody, ctx.body);
    return ok(await set(ctx.adapter, id(ctx), body.password, { version: ctx.version }));
  },
});

/** Every endpoint of docs/rest-api.md, on top of one `MemoryAdapter` per signed-in person. */
export function routes(baseUrl: string): Route[] {
  return [
    read('session', (adapter) => adapter.session.current()),
    {
      method: 'post',
      path: 'session/company',
      run: async ({ adapter, body }) =>
        ok(
          await adapter.session.switchCompany(
            envelope(z.object({ companyId: z.string() }), body).companyId,
          ),
        ),
    },
    list(
      'contacts',
      {
        filterKeys: contactFilterKeys,
        singleKeys: contactFilterSingleKeys,
        sortFields: contactSortFields,
      },
      (adapter, query) => adapter.contacts.list(query as ContactQuery),
    ),
    {
      method: 'post',
      path: 'contacts',
      run: async ({ adapter, body, idempotencyKey }) => {
        const created = await adapter.contacts.create(object<ContactInput>(body), {
          idempotencyKey,
        });
        const answer = ok(created, 201);
        answer.headers = {
          ...answer.headers,
          Location: `${baseUrl}/contacts/${encodeURIComponent(created.id)}`,
        };
        return answer;
      },
    },
    {
      // The rows, `existing` and `dryRun` are checked by the backend's rules (prepareImport).
      method: 'post',
      path: 'contacts/import',
      run: async ({ adapter, body, idempotencyKey }) => {
        const batch = object<{ rows?: unknown } & Pick<ImportOptions, 'existing' | 'dryRun'>>(body);
        return ok(
          await adapter.contacts.import(batch.rows as ImportRow[], {
            existing: batch.existing,
            dryRun: batch.dryRun,
            idempotencyKey,
          }),
        );
      },
    },
    {
      method: 'post',
      path: 'contacts/lookup',
      run: async ({ adapter, body }) =>
        ok({ items: await adapter.contacts.lookup(object<ContactLookup>(body)) }),
    },
    {
      method: 'get',
      path: 'contacts/:id',
      run: async (ctx) => ok(await ctx.adapter.contacts.get(id(ctx))),
    },
    {
      method: 'get',
      path: 'contacts/:id/history',
      run: async (ctx) =>
        ok(
          await ctx.adapter.contacts.history(
            id(ctx),
            decodeListQuery(ctx.search, { filterKeys: [], sortFields: ['at'] }) as ListQuery,
          ),
        ),
    },
    {
      method: 'patch',
      path: 'contacts/:id',
      versioned: true,
      run: async (ctx) =>
        ok(
          await ctx.adapter.contacts.update(id(ctx), object<ContactPatch>(ctx.body), {
            version: ctx.version,
          }),
        ),
    },
    {
      method: 'delete',
      path: 'contacts/:id',
      versioned: true,
      run: async (ctx) => {
        await ctx.adapter.contacts.remove(id(ctx), { version: ctx.version });
        return { status: 204 };
      },
    },
    {
      method: 'post',
      path: 'contacts/:id/transitions',
      versioned: true,
      run: async (ctx) => {
        const { action } = envelope(z.object({ action: lifecycleActionSchema }), ctx.body);
        return ok(await ctx.adapter.contacts.transition(id(ctx), action, { version: ctx.version }));
      },
    },
    {
      method: 'post',
      path: 'contacts/:id/transfer-administration',
      run: async (ctx) => {
        const { keepOwn } = envelope(z.object({ keepOwn: z.boolean().optional() }), ctx.body ?? {});
        return ok(
          await ctx.adapter.contacts.transferAdministration(id(ctx), { keepOwn: keepOwn ?? false }),
        );
      },
    },
    {
      method: 'post',
      path: 'contacts/:id/transfer-tickets',
      run: async (ctx) => {
        const { to } = envelope(z.object({ to: z.string() }), ctx.body);
        return ok(await ctx.adapter.contacts.transferTickets(id(ctx), to));
      },
    },
    {
      method: 'put',
      path: 'contacts/:id/access',
      versioned: true,
      run: async (ctx) =>
        ok(
          await ctx.adapter.permissions.setAccess(id(ctx), envelope(accessChangeSchema, ctx.body), {
            version: ctx.version,
          }),
        ),
    },
    act('contacts/:id/confirm', (adapter, contactId, options) =>
      adapter.invitations.confirm(contactId, options),
    ),
    password('contacts/:id/password', (adapter, contactId, value, options) =>
      adapter.invitations.setPassword(contactId, value, options),
    ),
    read('policy', (adapter) => adapter.permissions.policy()),
    {
      method: 'put',
      path: 'policy',
      versioned: true,
      run: async (ctx) =>
        ok(
          await ctx.adapter.permissions.updatePolicy(object<Policy>(ctx.body), {
            version: ctx.version,
          }),
        ),
    },
    read('approvers', (adapter) => adapter.permissions.approvers()),
    {
      method: 'put',
      path: 'approvers',
      versioned: true,
      run: async (ctx) => {
        const approvers = envelope(z.object({ budgets: idList, tickets: idList }), ctx.body);
        return ok(await ctx.adapter.permissions.setApprovers(approvers, { version: ctx.version }));
      },
    },
    list('sites', { filterKeys: [] }, (adapter, query) => adapter.sites.list(query as ListQuery)),
    {
      method: 'get',
      path: 'seats',
      run: async ({ adapter, search }) => {
        const { filter } = decodeListQuery(search, { filterKeys: [], singleKeys: productFilter });
        return ok(await adapter.seats.summary({ product: filter?.product as string | undefined }));
      },
    },
    {
      method: 'post',
      path: 'seats/requests',
      run: async ({ adapter, body }) => {
        const request = envelope(
          z.object({
            seats: z.number(),
            message: z.string(),
            product: z.string().optional(),
          }),
          body,
        );
        const options = request.product ? { product: request.product } : {};
        return ok(await adapter.seats.requestMore(request.seats, request.message, options), 202);
      },
    },
    list(
      'seats/requests',
      { filterKeys: statusFilter, singleKeys: productFilter, sortFields: ['requestedAt'] },
      (adapter, query) => adapter.seats.requests(query as SeatRequestQuery),
    ),
    list(
      'saas-users',
      { filterKeys: statusFilter, singleKeys: productFilter, sortFields: saasUserSortFields },
      (adapter, query) => adapter.seats.list(query),
    ),
    {
      method: 'post',
      path: 'saas-users',
      run: async ({ adapter, body, idempotencyKey }) =>
        ok(await adapter.seats.create(object<SaasUserInput>(body), { idempotencyKey }), 201),
    },
    password('saas-users/:id/password', (adapter, userId, value, options) =>
      adapter.seats.changePassword(userId, value, options),
    ),
    act('saas-users/:id/deactivate', (adapter, userId, options) =>
      adapter.seats.deactivate(userId, options),
    ),
    act('saas-users/:id/reactivate', (adapter, userId, options) =>
      adapter.seats.reactivate(userId, options),
    ),
    list(
      'invitations',
      { filterKeys: statusFilter, singleKeys: ['contactId', 'expiresBefore'] },
      (adapter, query) => adapter.invitations.list(query),
    ),
    {
      method: 'post',
      path: 'invitations',
      run: async ({ adapter, body, idempotencyKey }) => {
        const { contactId, seat } = envelope(
          z.object({
            contactId: z.string(),
            seat: z.object({ product: z.string().optional() }).optional(),
          }),
          body,
        );
        return ok(
          await adapter.invitations.send(contactId, { idempotencyKey, ...(seat ? { seat } : {}) }),
          201,
        );
      },
    },
    {
      method: 'delete',
      path: 'invitations/:id',
      versioned: true,
      run: async (ctx) => {
        await ctx.adapter.invitations.remove(id(ctx), { version: ctx.version });
        return { status: 204 };
      },
    },
    read('invitation-settings', (adapter) => adapter.invitations.settings()),
    {
      method: 'put',
      path: 'invitation-settings',
      versioned: true,
      run: async (ctx) =>
        ok(
          await ctx.adapter.invitations.updateSettings(object<InvitationSettingsInput>(ctx.body), {
            version: ctx.version,
          }),
        ),
    },
    {
      method: 'get',
      path: 'invitation-links/:token',
      public: true,
      run: async (ctx) => ok(await ctx.adapter.invitations.inspect(ctx.params.token ?? '')),
    },
    {
      method: 'post',
      path: 'invitation-links/:token/accept',
      public: true,
      run: async (ctx) => {
        const body = envelope(
          z.object({
            method: registrationMethodSchema,
            password: z.string().optional(),
            credential: z.string().optional(),
          }),
          ctx.body,
        );
        return ok(
          await ctx.adapter.invitations.accept(
            ctx.params.token ?? '',
            body.method,
            body.method === 'password' ? body.password : body.credential,
          ),
        );
      },
    },
    {
      method: 'post',
      path: 'activations/:token',
      public: true,
      run: async (ctx) => ok(await ctx.adapter.invitations.activate(ctx.params.token ?? '')),
    },
    act('invitations/:id/resend', (adapter, invitationId, options) =>
      adapter.invitations.resend(invitationId, options),
    ),
    act('invitations/:id/revoke', (adapter, invitationId, options) =>
      adapter.invitations.revoke(invitationId, options),
    ),
    read('invitation-template', (adapter) => adapter.invitations.template()),
    {
      method: 'put',
      path: 'invitation-template',
      versioned: true,
      run: async (ctx) => {
        const template = envelope(z.object({ subject: z.string(), body: z.string() }), ctx.body);
        return ok(await ctx.adapter.invitations.updateTemplate(template, { version: ctx.version }));
      },
    },
  ];
}
