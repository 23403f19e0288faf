import type { Policy, Role } from '../model/index.js';

/** A capability the role does not hold. */
export const NONE = 0;
/** Held outright. */
export const ALWAYS = 1;
/** Held only on the actor's own contact (`own-contact`). */
export const OWN = 2;
/** Held only when it is also in the person's grants (`granted`). */
export const GRANTED = 3;

/** One role compiled into a table indexed by capability position: `table[i]` is NONE, ALWAYS, OWN or GRANTED. */
export interface CompiledRole {
  readonly id: string;
  /** The role's definition as a string: an unchanged key means the table can be reused as it is. */
  readonly key: string;
  readonly table: Uint8Array;
}

/**
 * A policy compiled into lookups: capability id → position, a scope flag per position, and a table per
 * role. Built once per policy; read-only afterwards (an engine never changes it).
 */
export interface CompiledPolicy {
  readonly policy: Policy;
  /** The capability list (ids and scopes, in order) as a string; equal keys mean equal positions. */
  readonly capabilityKey: string;
  readonly index: ReadonlyMap<string, number>;
  readonly ids: readonly string[];
  /** 1 where the capability at that position is site-scoped. */
  readonly siteScoped: Uint8Array;
  readonly roles: ReadonlyMap<string, CompiledRole>;
}

function capabilityKeyOf(policy: Policy): string {
  let key = '';
  for (const capability of policy.capabilities)
    key += `${capability.id}\u0000${capability.scope}\u0001`;
  return key;
}

function roleKeyOf(role: Role): string {
  let key = '';
  for (const entry of role.capabilities)
    key += `${entry.capability}\u0000${entry.when ?? ''}\u0001`;
  return key;
}

function compileRole(
  role: Role,
  key: string,
  index: ReadonlyMap<string, number>,
  siteScoped: Uint8Array,
): CompiledRole {
  const table = new Uint8Array(siteScoped.length);
  for (const entry of role.capabilities) {
    const position = index.get(entry.capability);
    // Unknown and site-scoped entries are refused by parsePolicy; a policy that skipped it still
    // compiles, and such an entry simply grants nothing (site access only comes through `contact.sites`).
    if (position === undefined || siteScoped[position] === 1) continue;
    table[position] =
      entry.when === 'own-contact' ? OWN : entry.when === 'granted' ? GRANTED : ALWAYS;
  }
  return { id: role.id, key, table };
}

/**
 * Compiles a policy. With `previous` (the compilation of an earlier version), the capability index is
 * reused when the capability list is unchanged, and so is the table of every role whose definition
 * is unchanged; anything else is built afresh. Compilation is linear in the size of the policy.
 * Duplicate ids (refused by `parsePolicy`) resolve to the last definition.
 */
export function compilePolicy(policy: Policy, previous?: CompiledPolicy): CompiledPolicy {
  const capabilityKey = capabilityKeyOf(policy);
  const sameCapabilities = previous !== undefined && previous.capabilityKey === capabilityKey;

  let index: ReadonlyMap<string, number>;
  let ids: readonly string[];
  let siteScoped: Uint8Array;
  if (sameCapabilities) {
    ({ index, ids, siteScoped } = previous);
  } else {
    const positions = new Map<string, number>();
    const list: string[] = [];
    const scopes: number[] = [];
    for (const capability of policy.capabilities) {
      const existing = positions.get(capability.id);
      const scope = capability.scope === 'site' ? 1 : 0;
      if (existing !== undefined) {
        scopes[existing] = scope;
        continue;
      }
      positions.set(capability.id, list.length);
      list.push(capability.id);
      scopes.push(scope);
    }
    index = positions;
    ids = Object.freeze(list);
    siteScoped = Uint8Array.from(scopes);
  }

  const roles = new Map<string, CompiledRole>();
  for (const role of policy.roles) {
    const key = roleKeyOf(role);
    const earlier = sameCapabilities ? previous.roles.get(role.id) : undefined;
    roles.set(
      role.id,
      earlier !== undefined && earlier.key === key
        ? earlier
        : compileRole(role, key, index, siteScoped),
    );
  }

  return { policy, capabilityKey, index, ids, siteScoped, roles };
}
