import * as z from 'zod';
import { AdapterError } from '../core/adapter/errors.js';
import type { FieldError } from '../core/adapter/errors.js';
import { decodeListQuery } from '../core/adapter/rest/query.js';
import { formatEtag } from '../core/adapter/rest/wire.js';
import type { PortalAdapter } from '../core/adapter/types.js';
import type { ContactInput, ContactPatch, Policy, SaasUserInput } from '../core/model/index.js';
import {
  accessChangeSchema,
  contactSortFields,
  lifecycleActionSchema,
} from '../core/model/index.js';

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
  run(ctx: Context): Promise<Answer>;
}

/** A success answer; a record (anything with a numeric `version`) also gets its `ETag`. */
const ok = (body: unknown, status = 200): Answer => {
  const version = (body as { version?: unknown } | null)?.version;
  return typeof version === 'number'
    ? { status, body, headers: { ETag: formatEtag(version) } }
    : { status, body };
};

/**
 * Checks a request envelope (`{ action }`, `{ password }`, …); every bad field of it becomes one entry of
 * a single `validation` error, with the validators' codes (`required`, `invalid-type`, `invalid-value`).
 */
function envelope<T extends z.ZodType>(schema: T, body: unknown): z.infer<T> {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const fields: FieldError[] = result.error.issues.map((issue) => ({
    field: issue.path.map(String).join('.'),
    code:
      issue.code !== 'invalid_type'
        ? 'invalid-value'
        : issue.input === undefined
          ? 'required'
          : 'invalid-type',
  }));
  const code = fields.length === 1 ? fields[0]!.code : 'invalid-input';
  throw new AdapterError('validation', 'The request body is not valid.', { code, fields });
}

/** A body that must be a JSON object (its fields are checked by the backend's rules). */
function object<T>(body: unknown): T {
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

/** Every endpoint of docs/rest-api.md, on top of one `MemoryAdapter` per signed-in person. */
export function routes(baseUrl: string): Route[] {
  const contact = (ctx: Context) => ctx.params.id ?? '';
  return [
    {
      method: 'get',
      path: 'session',
      run: async ({ adapter }) => ok(await adapter.session.current()),
    },
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
    {
      method: 'get',
      path: 'contacts',
      run: async ({ adapter, search }) => {
        const query = decodeListQuery(search, {
          filterKeys: ['status', 'role'],
          sortFields: contactSortFields,
        });
        return ok(
          await adapter.contacts.list(query as Parameters<PortalAdapter['contacts']['list']>[0]),
        );
      },
    },
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
      method: 'get',
      path: 'contacts/:id',
      run: async (ctx) => ok(await ctx.adapter.contacts.get(contact(ctx))),
    },
    {
      method: 'patch',
      path: 'contacts/:id',
      versioned: true,
      run: async (ctx) =>
        ok(
          await ctx.adapter.contacts.update(contact(ctx), object<ContactPatch>(ctx.body), {
            version: ctx.version,
          }),
        ),
    },
    {
      method: 'delete',
      path: 'contacts/:id',
      versioned: true,
      run: async (ctx) => {
        await ctx.adapter.contacts.remove(contact(ctx), { version: ctx.version });
        return { status: 204 };
      },
    },
    {
      method: 'post',
      path: 'contacts/:id/transitions',
      versioned: true,
      run: async (ctx) => {
        const { action } = envelope(z.object({ action: lifecycleActionSchema }), ctx.body);
        return ok(
          await ctx.adapter.contacts.transition(contact(ctx), action, { version: ctx.version }),
        );
      },
    },
    {
      method: 'post',
      path: 'contacts/:id/transfer-administration',
      run: async (ctx) => {
        const { keepOwn } = envelope(z.object({ keepOwn: z.boolean().optional() }), ctx.body ?? {});
        return ok(
          await ctx.adapter.contacts.transferAdministration(contact(ctx), {
            keepOwn: keepOwn ?? false,
          }),
        );
      },
    },
    {
      method: 'post',
      path: 'contacts/:id/transfer-tickets',
      run: async (ctx) => {
        const { to } = envelope(z.object({ to: z.string() }), ctx.body);
        return ok(await ctx.adapter.contacts.transferTickets(contact(ctx), to));
      },
    },
    {
      method: 'put',
      path: 'contacts/:id/access',
      versioned: true,
      run: async (ctx) =>
        ok(
          await ctx.adapter.permissions.setAccess(
            contact(ctx),
            envelope(accessChangeSchema, ctx.body),
            {
              version: ctx.version,
            },
          ),
        ),
    },
    {
      method: 'post',
      path: 'contacts/:id/confirm',
      versioned: true,
      run: async (ctx) =>
        ok(await ctx.adapter.invitations.confirm(contact(ctx), { version: ctx.version })),
    },
    {
      method: 'put',
      path: 'contacts/:id/password',
      versioned: true,
      run: async (ctx) => {
        const { password } = envelope(passwordBody, ctx.body);
        return ok(
          await ctx.adapter.invitations.setPassword(contact(ctx), password, {
            version: ctx.version,
          }),
        );
      },
    },
    {
      method: 'get',
      path: 'policy',
      run: async ({ adapter }) => ok(await adapter.permissions.policy()),
    },
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
    {
      method: 'get',
      path: 'approvers',
      run: async ({ adapter }) => ok(await adapter.permissions.approvers()),
    },
    {
      method: 'put',
      path: 'approvers',
      versioned: true,
      run: async (ctx) => {
        const approvers = envelope(z.object({ budgets: idList, tickets: idList }), ctx.body);
        return ok(await ctx.adapter.permissions.setApprovers(approvers, { version: ctx.version }));
      },
    },
    {
      method: 'get',
      path: 'sites',
      run: async ({ adapter, search }) =>
        ok(
          await adapter.sites.list(
            decodeListQuery(search, { filterKeys: [] }) as Parameters<
              PortalAdapter['sites']['list']
            >[0],
          ),
        ),
    },
    {
      method: 'get',
      path: 'seats',
      run: async ({ adapter }) => ok(await adapter.seats.summary()),
    },
    {
      method: 'post',
      path: 'seats/requests',
      run: async ({ adapter, body }) => {
        const request = envelope(
          z.object({ seats: z.number().int().positive(), message: z.string() }),
          body,
        );
        return ok(await adapter.seats.requestMore(request.seats, request.message), 202);
      },
    },
    {
      method: 'get',
      path: 'saas-users',
      run: async ({ adapter, search }) =>
        ok(await adapter.seats.list(decodeListQuery(search, { filterKeys: statusFilter }))),
    },
    {
      method: 'post',
      path: 'saas-users',
      run: async ({ adapter, body, idempotencyKey }) =>
        ok(await adapter.seats.create(object<SaasUserInput>(body), { idempotencyKey }), 201),
    },
    {
      method: 'put',
      path: 'saas-users/:id/password',
      versioned: true,
      run: async (ctx) => {
        const { password } = envelope(passwordBody, ctx.body);
        return ok(
          await ctx.adapter.seats.changePassword(contact(ctx), password, { version: ctx.version }),
        );
      },
    },
    {
      method: 'post',
      path: 'saas-users/:id/deactivate',
      versioned: true,
      run: async (ctx) =>
        ok(await ctx.adapter.seats.deactivate(contact(ctx), { version: ctx.version })),
    },
    {
      method: 'get',
      path: 'invitations',
      run: async ({ adapter, search }) =>
        ok(await adapter.invitations.list(decodeListQuery(search, { filterKeys: statusFilter }))),
    },
    {
      method: 'post',
      path: 'invitations',
      run: async ({ adapter, body, idempotencyKey }) => {
        const { contactId } = envelope(z.object({ contactId: z.string() }), body);
        return ok(await adapter.invitations.send(contactId, { idempotencyKey }), 201);
      },
    },
    {
      method: 'post',
      path: 'invitations/:id/resend',
      versioned: true,
      run: async (ctx) =>
        ok(await ctx.adapter.invitations.resend(contact(ctx), { version: ctx.version })),
    },
    {
      method: 'post',
      path: 'invitations/:id/revoke',
      versioned: true,
      run: async (ctx) =>
        ok(await ctx.adapter.invitations.revoke(contact(ctx), { version: ctx.version })),
    },
    {
      method: 'get',
      path: 'invitation-template',
      run: async ({ adapter }) => ok(await adapter.invitations.template()),
    },
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
