import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { secureHeaders } from 'hono/secure-headers';
import * as z from 'zod';
import { AdapterError } from '../../src/core/adapter/errors.js';
import { toErrorBody } from '../../src/core/adapter/rest/wire.js';
import { signToken, type Verifier } from './auth.js';
import type { ServerConfig } from './config.js';
import { demoSettings } from './db/seed.js';
import type { Store } from './db/store.js';
import { envelope, errorAnswer, HttpProblem, type Answer } from './http/answers.js';
import { serve } from './http/pipeline.js';
import { openApiDocument } from './openapi.js';
import { routes } from './routes/index.js';

/** Options of {@link createApp}. */
export interface AppOptions {
  store: Store;
  config: ServerConfig;
  verify: Verifier;
  /** The package version the OpenAPI document names. */
  version?: string;
}

function respond(c: Context, answer: Answer): Response {
  const headers = new Headers(answer.headers);
  headers.set('Cache-Control', 'no-store');
  if (answer.body === undefined)
    return c.body(null, answer.status as 204, Object.fromEntries(headers));
  headers.set('Content-Type', 'application/json; charset=utf-8');
  return c.body(JSON.stringify(answer.body), answer.status as 200, Object.fromEntries(headers));
}

const problemResponse = (c: Context, problem: HttpProblem): Response =>
  respond(c, errorAnswer(problem));

/**
 * The HTTP server of the contract, as a Hono app (`app.fetch` runs on Node through
 * `@hono/node-server`, and on any runtime Hono supports). Every endpoint goes through the one
 * pipeline (`http/pipeline.ts`); around it: security headers, CORS (only for the configured origins),
 * a body size limit, `/openapi.json`, `/healthz`, and in development mode `POST <base>/dev/token`.
 */
export function createApp(options: AppOptions): Hono {
  const { store, config, verify } = options;
  const base = config.basePath;
  const app = new Hono();

  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
      crossOriginResourcePolicy: config.corsOrigins.length ? 'cross-origin' : 'same-origin',
    }),
  );
  if (config.corsOrigins.length) {
    app.use(
      '*',
      cors({
        origin: config.corsOrigins.includes('*') ? '*' : config.corsOrigins,
        allowMethods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'],
        allowHeaders: ['Authorization', 'Content-Type', 'If-Match', 'Idempotency-Key'],
        exposeHeaders: ['ETag', 'Location', 'Retry-After', 'Idempotent-Replayed'],
        maxAge: 600,
      }),
    );
  }
  app.use(
    `${base}/*`,
    bodyLimit({
      maxSize: config.bodyLimit,
      onError: (c) =>
        problemResponse(
          c,
          new HttpProblem(
            413,
            'validation',
            'payload-too-large',
            `The body is larger than ${config.bodyLimit} bytes.`,
          ),
        ),
    }),
  );

  const document = openApiDocument(options.version ?? '0.0.0', base);
  app.get('/openapi.json', (c) => c.json(document));
  app.get('/healthz', async (c) => {
    await store.db.selectFrom('companies').select('id').limit(1).execute();
    return c.json({ ok: true, database: store.kind });
  });

  if (config.development && config.auth.secret) {
    const secret = config.auth.secret;
    // Development only: a token for any contact, so the demo and the conformance command can sign in.
    app.post(`${base}/dev/token`, async (c) => {
      try {
        const { contactId } = envelope(
          z.object({ contactId: z.string() }),
          await c.req.json().catch(() => undefined),
        );
        const row = await store.db
          .selectFrom('contacts')
          .select(['company_id'])
          .where('id', '=', contactId)
          .executeTakeFirst();
        if (!row)
          throw new AdapterError('not-found', `No contact "${contactId}".`, { code: 'not-found' });
        const token = await signToken(secret, { companyId: row.company_id, contactId });
        return respond(c, { status: 200, body: { token, companyId: row.company_id, contactId } });
      } catch (error) {
        return respond(c, errorAnswer(error));
      }
    });
  }

  if (config.development) {
    // Development only: the demo data's three people of its first company, for the demo portal's switch.
    app.get(`${base}/dev/actors`, async (c) => {
      const demo = await demoSettings(store.db);
      return demo
        ? respond(c, { status: 200, body: { companyId: demo.companies[0], actors: demo.actors } })
        : respond(c, {
            status: 404,
            body: toErrorBody(
              new AdapterError('not-found', 'Not seeded with demo data.', { code: 'not-found' }),
            ),
          });
    });
  }

  for (const route of routes) {
    const path = base + route.path.replace(/\{(\w+)\}/g, ':$1');
    app.on(route.method.toUpperCase(), path, async (c) => {
      const answer = await serve(
        route,
        {
          method: c.req.method,
          url: new URL(c.req.url),
          header: (name) => c.req.header(name),
          text: () => c.req.text(),
          params: c.req.param(),
        },
        { store, config, verify },
      );
      return respond(c, answer);
    });
  }

  app.notFound((c) =>
    respond(c, {
      status: 404,
      body: toErrorBody(new AdapterError('not-found', 'No such endpoint.', { code: 'not-found' })),
    }),
  );
  app.onError((error, c) => {
    console.error('[portico-server] unexpected failure:', error);
    return respond(c, errorAnswer(error));
  });
  return app;
}
