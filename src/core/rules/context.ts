import type { Contact } from '../model/index.js';
import type { PermissionEngine } from '../permissions/types.js';

/**
 * Who decides and when: every decision of the rules layer takes it first. A store builds it for each
 * write from what it holds (the company's engine, the acting contact as stored, the write's time).
 */
export interface RuleContext {
  /** The engine over the company's current policy. */
  engine: PermissionEngine;
  /** The acting contact, as stored now (a store refuses an actor who cannot act before it decides). */
  actor: Contact;
  /** When the write happens (ISO 8601): stamped on every record it changes. */
  now: string;
}

/** A set of ids a decision only asks about (a `Set`, a `Map` of records by id, a database answer…). */
export interface IdSet {
  has(id: string): boolean;
}
