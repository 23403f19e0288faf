import type { Contact, Policy } from '../../../src/core/model/index.js';
import type { PermissionEngine } from '../../../src/core/permissions/index.js';
import type { Membership } from '../auth.js';
import type { ServerConfig } from '../config.js';
import type { Store, Tx } from '../db/store.js';

/** What the audit row of a write says about the record it changed. */
export interface AuditNote {
  recordType: string;
  recordId: string;
  versionBefore?: number | null;
  versionAfter?: number | null;
}

/**
 * Everything a route handler receives: the transaction it runs in, who is acting for which company
 * (from the token and the session table only), the company's policy and engine, and the request.
 */
export interface RequestContext {
  readonly tx: Tx;
  readonly store: Store;
  readonly config: ServerConfig;
  readonly companyId: string;
  /** The acting contact (exists in the company and may act). */
  readonly actor: Contact;
  readonly policy: Policy;
  readonly engine: PermissionEngine;
  /** The companies this session serves (the home company first). */
  readonly memberships: readonly Membership[];
  readonly sessionKey: string;
  readonly params: Record<string, string>;
  readonly search: URLSearchParams;
  /** The parsed JSON body (undefined when there is none). */
  readonly body: unknown;
  /** The version `If-Match` names (always present on a versioned write). */
  readonly version: number;
  /** The moment of this request (one clock reading for the whole request). */
  readonly now: Date;
  /** The base URL the contract is served at, for `Location`. */
  readonly baseUrl: string;
  /** Says what the write changed to one record, for the audit trail (one row per call). */
  audit(note: AuditNote): void;
}

/**
 * What a route served without a session receives (the invitee's side: a setup or activation link):
 * the token in `params` finds the company; nobody is signed in.
 */
export interface OpenContext {
  readonly tx: Tx;
  readonly store: Store;
  readonly config: ServerConfig;
  readonly params: Record<string, string>;
  /** The parsed JSON body (undefined when there is none). */
  readonly body: unknown;
  readonly now: Date;
  /** Says what the write changed, for the audit trail of the company the link belongs to. */
  audit(note: AuditNote & { companyId: string; actorId: string }): void;
}
