import * as z from 'zod';
import {
  contactPageSchema,
  historyPageSchema,
  invitationPageSchema,
  saasUserPageSchema,
  sessionSchema,
  sitePageSchema,
} from '../../src/core/adapter/rest/schemas.js';
import { errorBodySchema } from '../../src/core/adapter/rest/wire.js';
import {
  approversSchema,
  contactSchema,
  invitationSchema,
  invitationTemplateSchema,
  policySchema,
  saasUserSchema,
  seatSummarySchema,
  siteSchema,
} from '../../src/core/model/index.js';
import { auditPageSchema } from './routes/audit.js';
import { routes } from './routes/index.js';
import type { Route } from './routes/route.js';

/**
 * The OpenAPI 3.1 document of the contract, generated from the same route table the server serves and
 * from the zod schemas of `src/core/model` (`z.toJSONSchema`, JSON Schema 2020-12, which OpenAPI 3.1
 * uses as is). `npm run openapi` writes it to `docs/openapi.json`; `npm run check` fails when that file
 * is stale; the server answers it at `/openapi.json`.
 */

type Json = Record<string, unknown>;

/** Records with a name of their own in `components.schemas` (referenced, not repeated). */
const named: [string, z.ZodType][] = [
  ['Contact', contactSchema],
  ['ContactPage', contactPageSchema],
  ['HistoryPage', historyPageSchema],
  ['Site', siteSchema],
  ['SitePage', sitePageSchema],
  ['SaasUser', saasUserSchema],
  ['SaasUserPage', saasUserPageSchema],
  ['Invitation', invitationSchema],
  ['InvitationPage', invitationPageSchema],
  ['InvitationTemplate', invitationTemplateSchema],
  ['Approvers', approversSchema],
  ['Policy', policySchema],
  ['SeatSummary', seatSummarySchema],
  ['Session', sessionSchema],
  ['AuditPage', auditPageSchema],
  ['Error', errorBodySchema],
];

/** Drops `additionalProperties: false`: clients ignore response fields they do not know. */
function openObjects(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(openObjects);
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key, inner]) => !(key === 'additionalProperties' && inner === false))
      .map(([key, inner]) => [key, openObjects(inner)]),
  );
}

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): Json {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io,
    unrepresentable: 'any',
  }) as Json;
  return io === 'output' ? (openObjects(rest) as Json) : rest;
}

function schemaRef(schema: z.ZodType, io: 'input' | 'output'): Json {
  const name = named.find(([, candidate]) => candidate === schema)?.[0];
  return name && io === 'output'
    ? { $ref: `#/components/schemas/${name}` }
    : jsonSchema(schema, io);
}

const errorContent = { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } };

const headerDocs: Record<string, Json> = {
  ETag: {
    description: 'The record’s version as a strong ETag: `"7"`.',
    schema: { type: 'string', pattern: '^"[0-9]+"$' },
  },
  Location: { description: 'Where the new record is read.', schema: { type: 'string' } },
};

const commonErrors: Record<string, Json> = {
  '401': { description: 'No valid bearer token (`unauthenticated`).', content: errorContent },
  '429': {
    description: 'Rate limited; `Retry-After` says how many seconds to wait.',
    headers: { 'Retry-After': { schema: { type: 'integer', minimum: 0 } } },
    content: errorContent,
  },
  '5XX': {
    description: 'The server failed (`server-error`); nothing was written.',
    content: errorContent,
  },
};

function parameters(route: Route): Json[] {
  const params: Json[] = [];
  for (const match of route.path.matchAll(/\{(\w+)\}/g)) {
    params.push({ name: match[1], in: 'path', required: true, schema: { type: 'string' } });
  }
  if (route.list) {
    params.push(
      {
        name: 'search',
        in: 'query',
        schema: { type: 'string' },
        description: 'Accent- and case-insensitive free text.',
      },
      ...route.list.filterKeys.map((key) => ({
        name: key,
        in: 'query',
        style: 'form',
        explode: true,
        schema: { type: 'array', items: { type: 'string' } },
        description: 'Any of these values (repeat the key).',
      })),
      ...(route.list.singleKeys ?? []).map((key) => ({
        name: key,
        in: 'query',
        schema: { type: 'string' },
        description: 'One value, given at most once.',
      })),
      { name: 'sort', in: 'query', schema: { type: 'string', enum: [...route.list.sortFields] } },
      {
        name: 'direction',
        in: 'query',
        schema: { type: 'string', enum: ['asc', 'desc'], default: 'asc' },
      },
      {
        name: 'cursor',
        in: 'query',
        schema: { type: 'string' },
        description: 'Opaque; as the last page answered it.',
      },
      {
        name: 'limit',
        in: 'query',
        schema: { type: 'integer', minimum: 1, default: 50 },
        description: 'Capped at 500.',
      },
    );
  }
  if (route.versioned) {
    params.push({
      name: 'If-Match',
      in: 'header',
      required: true,
      schema: { type: 'string', pattern: '^(W/)?"[0-9]+"$' },
      description:
        'The version the user saw. Missing: 428 `version-required`; stale: 409 `stale-version`.',
    });
  }
  if (route.method !== 'get' && !route.safe) {
    params.push({
      name: 'Idempotency-Key',
      in: 'header',
      required: false,
      schema: { type: 'string', maxLength: 255 },
      description: route.create
        ? 'MUST be honoured: a repeat answers the first answer (`Idempotent-Replayed: true`).'
        : 'Honoured: a repeat answers the first answer (`Idempotent-Replayed: true`).',
    });
  }
  return params;
}

function operation(route: Route): Json {
  const responses: Json = {};
  for (const [status, spec] of Object.entries(route.responses)) {
    const ok = Number(status) < 400;
    responses[status] = {
      description: spec.description,
      ...(spec.headers?.length
        ? { headers: Object.fromEntries(spec.headers.map((h) => [h, headerDocs[h]])) }
        : {}),
      ...(ok && spec.schema
        ? { content: { 'application/json': { schema: schemaRef(spec.schema, 'output') } } }
        : ok
          ? {}
          : { content: errorContent }),
    };
  }
  if (route.list && !responses['400']) {
    responses['400'] = { description: 'invalid-query or invalid-cursor.', content: errorContent };
  }
  if (route.versioned) {
    responses['409'] ??= { description: 'Stale version (with `current`).', content: errorContent };
    responses['428'] = {
      description: 'If-Match missing (`version-required`).',
      content: errorContent,
    };
  }
  if (route.method !== 'get' && !responses['422']) {
    responses['422'] = {
      description: 'A bad request body (every bad field).',
      content: errorContent,
    };
  }
  Object.assign(responses, commonErrors);
  const notes = [route.audience ? `Only for ${route.audience}.` : ''].filter(Boolean);
  return {
    operationId: route.operationId,
    summary: route.summary,
    ...(notes.length ? { description: notes.join(' ') } : {}),
    tags: [route.tag],
    ...(route.open ? { security: [] } : {}),
    parameters: parameters(route),
    ...(route.body
      ? {
          requestBody: {
            required: true,
            content: { 'application/json': { schema: jsonSchema(route.body, 'input') } },
          },
        }
      : {}),
    responses,
  };
}

/** The document, for a server whose contract is at `basePath`. */
export function openApiDocument(version: string, basePath = '/api/portico/v1'): Json {
  const paths: Record<string, Json> = {};
  for (const route of routes) {
    (paths[route.path] ??= {})[route.method] = operation(route);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Portico REST contract',
      version,
      description:
        'What a vendor’s backend implements so Portico’s elements run against it through RestAdapter. ' +
        'The narrative, with the MUST list, is docs/rest-api.md.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: basePath }],
    security: [{ bearer: [] }],
    tags: ['session', 'contacts', 'permissions', 'sites', 'seats', 'invitations', 'audit'].map(
      (name) => ({ name }),
    ),
    paths,
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
      schemas: Object.fromEntries(
        named.map(([name, schema]) => [name, jsonSchema(schema, 'output')]),
      ),
    },
  };
}
