import { createHash } from 'node:crypto';
import {
  createRemoteJWKSet,
  jwtVerify,
  SignJWT,
  type JWTPayload,
  type JWTVerifyGetKey,
} from 'jose';

/**
 * Bearer tokens. A token is a JWT (HS256 with the server's secret, or signed by a vendor's identity
 * provider and checked against its JWKS URL) whose claims say who is acting and for which company:
 *
 * ```json
 * { "sub": "ct-000001", "company": "co-horizonte",
 *   "companies": [{ "company": "co-serra", "contact": "ct-s-000001" }],
 *   "sid": "a session id", "exp": 1767225600 }
 * ```
 *
 * - `company` and `sub` (the contact) are the session's home company and person;
 * - `companies` (optional) are the other companies a vendor's staff session serves, with the contact it
 *   acts as in each (`POST /session/company` switches among them);
 * - `sid` (optional) names the session; without it the person (issuer, company, subject) is the
 *   session, so a refreshed token keeps its idempotency keys and its active company.
 *
 * Tenancy comes from these claims only: no request parameter can name a company.
 */

/** One company a session serves, and the contact it acts as there. */
export interface Membership {
  companyId: string;
  contactId: string;
}

/** Who a verified token says is acting. */
export interface Principal {
  /** The session's key: `sid`, else the person the token is about (stable across refreshes). */
  sessionKey: string;
  /** The home company first, then every other company the session serves. */
  memberships: Membership[];
}

export interface AuthOptions {
  /** HS256 secret (at least 32 bytes). */
  secret?: string;
  /** A JWKS URL of the vendor's identity provider (RS256, ES256…). */
  jwksUrl?: string;
  issuer?: string;
  audience?: string;
}

export type Verifier = (token: string) => Promise<Principal | undefined>;

/** Reads the claims of a verified token; undefined when they do not name a company and contact. */
function principalOf(payload: JWTPayload): Principal | undefined {
  const company = payload.company;
  const contact = payload.sub;
  if (typeof company !== 'string' || !company || typeof contact !== 'string' || !contact) {
    return undefined;
  }
  const memberships: Membership[] = [{ companyId: company, contactId: contact }];
  if (Array.isArray(payload.companies)) {
    for (const entry of payload.companies as unknown[]) {
      const { company: other, contact: as } = (entry ?? {}) as Record<string, unknown>;
      if (typeof other === 'string' && typeof as === 'string' && other && as) {
        if (!memberships.some((m) => m.companyId === other)) {
          memberships.push({ companyId: other, contactId: as });
        }
      }
    }
  }
  const sid = typeof payload.sid === 'string' && payload.sid ? payload.sid : undefined;
  const issuer = typeof payload.iss === 'string' ? payload.iss : '';
  // Hashed: a key of fixed length whatever the claims hold (PostgreSQL text cannot hold NUL).
  const key = (parts: string[]) =>
    createHash('sha256').update(JSON.stringify(parts)).digest('base64url');
  const sessionKey = sid ? `sid:${key([issuer, sid])}` : `sub:${key([issuer, company, contact])}`;
  return { sessionKey, memberships };
}

/** A token verifier for `options`: HS256 with a secret, or a JWKS URL. */
export function createVerifier(options: AuthOptions): Verifier {
  let key: Uint8Array | JWTVerifyGetKey;
  if (options.jwksUrl) key = createRemoteJWKSet(new URL(options.jwksUrl));
  else if (options.secret) key = new TextEncoder().encode(options.secret);
  else throw new Error('auth: give a secret (PORTICO_JWT_SECRET) or a JWKS URL (PORTICO_JWKS_URL)');
  const verifyOptions = {
    ...(options.issuer ? { issuer: options.issuer } : {}),
    ...(options.audience ? { audience: options.audience } : {}),
    ...(options.secret && !options.jwksUrl ? { algorithms: ['HS256'] } : {}),
  };
  return async (token) => {
    try {
      const { payload } =
        typeof key === 'function'
          ? await jwtVerify(token, key, verifyOptions)
          : await jwtVerify(token, key, verifyOptions);
      return principalOf(payload);
    } catch {
      return undefined;
    }
  };
}

/** What a development token is issued for. */
export interface TokenClaims {
  companyId: string;
  contactId: string;
  /** Other companies the session serves (a vendor's staff). */
  companies?: Membership[];
  sid?: string;
  /** Lifetime in seconds. Default 12 hours. */
  ttl?: number;
  issuer?: string;
  audience?: string;
}

/** Signs an HS256 token (development mode, tests, the conformance command's configuration). */
export async function signToken(secret: string, claims: TokenClaims): Promise<string> {
  const jwt = new SignJWT({
    company: claims.companyId,
    ...(claims.companies?.length
      ? { companies: claims.companies.map((m) => ({ company: m.companyId, contact: m.contactId })) }
      : {}),
    ...(claims.sid ? { sid: claims.sid } : {}),
  })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(claims.contactId)
    .setIssuedAt()
    .setExpirationTime(`${claims.ttl ?? 12 * 3600}s`);
  if (claims.issuer) jwt.setIssuer(claims.issuer);
  if (claims.audience) jwt.setAudience(claims.audience);
  return jwt.sign(new TextEncoder().encode(secret));
}
