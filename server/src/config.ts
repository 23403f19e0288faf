import type { AuthOptions } from './auth.js';
import { defaultLinkBases, type LinkBases } from './links.js';

/** A per-actor limit: at most `limit` requests per `windowSeconds`. */
export interface RateLimit {
  limit: number;
  windowSeconds: number;
}

/** Everything the server is configured with (from the environment by `configFromEnv`). */
export interface ServerConfig {
  /** Development mode: `POST /dev/token` issues tokens. Never in production. */
  development: boolean;
  auth: AuthOptions;
  /** Origins allowed by CORS (`*` for any); empty: no CORS headers. */
  corsOrigins: string[];
  /** Largest request body accepted, in bytes (larger: 413). */
  bodyLimit: number;
  /** Where the contract is served below the server's origin. */
  basePath: string;
  /** Per-actor limits by bucket (`invitation-send`, `password-change`). */
  rateLimits: Record<string, RateLimit>;
  /** The clock every request reads once. */
  clock: () => Date;
  /** Where the invitation e-mails' links lead (`links.ts`). */
  links?: LinkBases;
}

export const defaultRateLimits: Record<string, RateLimit> = {
  'invitation-send': { limit: 30, windowSeconds: 60 },
  'password-change': { limit: 10, windowSeconds: 60 },
};

/** A configuration with the defaults filled in. */
export function makeConfig(partial: Partial<ServerConfig> & { auth: AuthOptions }): ServerConfig {
  return {
    development: false,
    corsOrigins: [],
    bodyLimit: 1024 * 1024,
    basePath: '/api/portico/v1',
    rateLimits: defaultRateLimits,
    clock: () => new Date(),
    ...partial,
  };
}

/**
 * The configuration from the environment:
 * `PORTICO_JWT_SECRET` (HS256) or `PORTICO_JWKS_URL` (+ `PORTICO_JWT_ISSUER`, `PORTICO_JWT_AUDIENCE`),
 * `PORTICO_DEV=1` (development token endpoint), `PORTICO_CORS_ORIGINS` (comma-separated or `*`),
 * `PORTICO_BODY_LIMIT` (bytes), `PORTICO_BASE_PATH`.
 */
export function configFromEnv(env: NodeJS.ProcessEnv, fallbackSecret?: string): ServerConfig {
  const secret = env.PORTICO_JWT_SECRET ?? fallbackSecret;
  return makeConfig({
    development: env.PORTICO_DEV === '1' || env.PORTICO_DEV === 'true',
    auth: {
      ...(secret ? { secret } : {}),
      ...(env.PORTICO_JWKS_URL ? { jwksUrl: env.PORTICO_JWKS_URL } : {}),
      ...(env.PORTICO_JWT_ISSUER ? { issuer: env.PORTICO_JWT_ISSUER } : {}),
      ...(env.PORTICO_JWT_AUDIENCE ? { audience: env.PORTICO_JWT_AUDIENCE } : {}),
    },
    corsOrigins: (env.PORTICO_CORS_ORIGINS ?? '')
      .split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
    ...(env.PORTICO_BODY_LIMIT ? { bodyLimit: Number(env.PORTICO_BODY_LIMIT) } : {}),
    ...(env.PORTICO_BASE_PATH ? { basePath: env.PORTICO_BASE_PATH.replace(/\/+$/, '') } : {}),
    links: {
      setup: env.PORTICO_SETUP_URL ?? defaultLinkBases.setup,
      activation: env.PORTICO_ACTIVATION_URL ?? defaultLinkBases.activation,
      portal: env.PORTICO_PORTAL_URL ?? defaultLinkBases.portal,
    },
  });
}
