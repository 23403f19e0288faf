import {
  contactStatuses,
  type AccessChange,
  type ContactFilter,
  type Policy,
  type SiteAccess,
} from '../model/index.js';
import {
  ALWAYS,
  GRANTED,
  OWN,
  compilePolicy,
  type CompiledPolicy,
  type CompiledRole,
} from './compile.js';
import type {
  Actor,
  CompanyFacts,
  Explanation,
  PermissionEngine,
  StatusChange,
  Target,
} from './types.js';

/** Whether a person in this status may act at all (suspended and inactive people can do nothing). */
function isActing(status: Actor['status']): boolean {
  return status !== 'suspended' && status !== 'inactive';
}

/** `list.includes(value)` as a plain loop the JIT inlines (grant lists are a handful of ids). */
function listed(list: readonly string[], value: string): boolean {
  for (let i = 0; i < list.length; i++) if (list[i] === value) return true;
  return false;
}

/** Whether `sites` lists `capability` for `siteId` (several entries for one site count together). */
function holdsOnSite(sites: readonly SiteAccess[], siteId: string, capability: string): boolean {
  for (let i = 0; i < sites.length; i++) {
    const entry = sites[i]!;
    if (entry.siteId === siteId && entry.capabilities.includes(capability)) return true;
  }
  return false;
}

/**
 * Whether `contact` counts towards the company's general admins: it has the policy's admin role and is
 * neither suspended nor inactive. `CompanyFacts.adminCount` must be counted the same way
 * (see {@link companyFacts}).
 */
export function countsAsAdmin(policy: Policy, contact: Pick<Actor, 'role' | 'status'>): boolean {
  return contact.role === policy.adminRole && isActing(contact.status);
}

/**
 * The list filter that selects exactly the contacts {@link countsAsAdmin} counts, so a client can ask
 * an adapter for the admin count (`contacts.list({ filter: adminFilter(policy), limit: 1 }).total`).
 */
export function adminFilter(policy: Policy): ContactFilter {
  return { role: [policy.adminRole], status: contactStatuses.filter(isActing) };
}

/** The facts a grant or status check needs, counted from the company's contacts. */
export function companyFacts(
  policy: Policy,
  contacts: Iterable<Pick<Actor, 'role' | 'status'>>,
): CompanyFacts {
  let adminCount = 0;
  for (const contact of contacts) if (countsAsAdmin(policy, contact)) adminCount++;
  return { adminCount };
}

/** The refusal for a denial with its fields; keeps the object shapes uniform. */
function deny(
  code: Explanation['code'],
  extra: Omit<Explanation, 'allowed' | 'code'> = {},
): Explanation {
  return { allowed: false, code, ...extra };
}

/**
 * The permission engine over one compiled policy. See {@link createPermissionEngine}.
 * Its answers depend only on the compiled policy and the arguments (the memo below only saves
 * lookups); {@link PermissionEngine.withPolicy} returns a new engine and leaves this one as it is.
 */
class CompiledEngine implements PermissionEngine {
  readonly policy: Policy;
  private readonly compiled: CompiledPolicy;
  private readonly index: ReadonlyMap<string, number>;
  private readonly siteScoped: Uint8Array;
  private readonly roles: ReadonlyMap<string, CompiledRole>;
  // A one-entry memo per lookup for `can`: checks come in runs (a page of rows, one capability; one
  // signed-in actor), so the last capability and role resolved are usually the next ones asked.
  // It never changes an answer: both are keys into this engine's immutable compilation.
  private lastCapability: string | undefined;
  private lastPosition: number;
  private lastRoleId: string | undefined;
  private lastRole: CompiledRole | undefined;

  constructor(compiled: CompiledPolicy) {
    this.compiled = compiled;
    this.policy = compiled.policy;
    this.index = compiled.index;
    this.siteScoped = compiled.siteScoped;
    this.roles = compiled.roles;
    this.lastCapability = undefined;
    this.lastPosition = 0;
    this.lastRoleId = undefined;
    this.lastRole = undefined;
  }

  can(actor: Actor, capability: string, target?: Target): boolean {
    if (!isActing(actor.status)) return false;
    let position: number | undefined;
    if (capability === this.lastCapability) {
      position = this.lastPosition;
    } else {
      position = this.index.get(capability);
      if (position === undefined) return false;
      this.lastCapability = capability;
      this.lastPosition = position;
    }
    if (this.siteScoped[position] === 1) {
      const siteId = target === undefined ? undefined : target.siteId;
      return siteId !== undefined && holdsOnSite(actor.sites, siteId, capability);
    }
    const roleId = actor.role;
    let role: CompiledRole | undefined;
    if (roleId === this.lastRoleId) {
      role = this.lastRole;
    } else {
      role = this.roles.get(roleId);
      this.lastRoleId = roleId;
      this.lastRole = role;
    }
    const condition = role === undefined ? 0 : role.table[position];
    if (condition === ALWAYS) return true;
    if (condition === OWN && target !== undefined && target.contactId === actor.id) return true;
    // Both a `granted` role condition and an extra grant are satisfied by the person's grants.
    return listed(actor.grants, capability);
  }

  explain(actor: Actor, capability: string, target?: Target): Explanation {
    if (!isActing(actor.status)) return deny('inactive-actor', { missing: capability });
    const { index, siteScoped, roles } = this.compiled;
    const position = index.get(capability);
    if (position === undefined) return deny('unknown-capability', { missing: capability });
    if (siteScoped[position] === 1) {
      const siteId = target?.siteId;
      if (siteId === undefined) return deny('site-required', { missing: capability });
      return holdsOnSite(actor.sites, siteId, capability)
        ? { allowed: true, code: 'site', via: siteId }
        : deny('not-granted-for-site', { missing: capability, subject: siteId });
    }
    const role = roles.get(actor.role);
    const condition = role === undefined ? 0 : role.table[position];
    if (condition === ALWAYS) return { allowed: true, code: 'role', via: actor.role };
    if (condition === OWN && target !== undefined && target.contactId === actor.id) {
      return { allowed: true, code: 'own-contact', via: actor.role };
    }
    if (actor.grants.includes(capability)) {
      // Through the role's `granted` condition the allow names the role; an extra grant says `grant`.
      return { allowed: true, code: 'grant', via: condition === GRANTED ? actor.role : 'grant' };
    }
    if (condition === OWN) return deny('own-contact-only', { missing: capability });
    if (condition === GRANTED) return deny('not-granted', { missing: capability });
    return deny('not-in-role', { missing: capability });
  }

  effective(actor: Actor, target?: Target): Map<string, Explanation> {
    const on: Target =
      target?.contactId === undefined ? { ...target, contactId: actor.id } : target;
    const held = new Map<string, Explanation>();
    for (const capability of this.compiled.ids) {
      const explanation = this.explain(actor, capability, on);
      if (explanation.allowed) held.set(capability, explanation);
    }
    return held;
  }

  /**
   * Whether the actor holds a company-scoped capability whatever the target: outright through the
   * role, or by grant. A capability held only on one's own contact does not count.
   */
  private holdsOutright(actor: Actor, capability: string): boolean {
    const position = this.compiled.index.get(capability);
    if (position === undefined || this.compiled.siteScoped[position] === 1) return false;
    if (this.compiled.roles.get(actor.role)?.table[position] === ALWAYS) return true;
    return actor.grants.includes(capability);
  }

  /**
   * The capabilities of `role` the actor does not hold at least as widely: a role may be given only by
   * someone who holds each of its capabilities outright (or, for one the role holds only on one's own
   * contact, at least that way). `granted` entries give nothing by themselves, so they need nothing.
   */
  private roleGaps(actor: Actor, role: CompiledRole): string[] {
    const { ids, roles } = this.compiled;
    const actorRole = roles.get(actor.role);
    const gaps: string[] = [];
    for (let position = 0; position < role.table.length; position++) {
      const needed = role.table[position];
      if (needed !== ALWAYS && needed !== OWN) continue;
      const capability = ids[position]!;
      const held =
        this.holdsOutright(actor, capability) ||
        (needed === OWN && actorRole?.table[position] === OWN);
      if (!held) gaps.push(capability);
    }
    return gaps;
  }

  roleRefusals(actor: Actor, roleId: string): Explanation[] {
    if (!isActing(actor.status)) return [deny('inactive-actor', { subject: roleId })];
    const role = this.compiled.roles.get(roleId);
    if (role === undefined) return [deny('unknown-role', { subject: roleId })];
    return this.roleGaps(actor, role).map((capability) =>
      deny('grant-not-held', { subject: capability, missing: capability }),
    );
  }

  validateChange(
    actor: Actor,
    target: Actor,
    change: AccessChange,
    facts: CompanyFacts,
  ): Explanation[] {
    const { policy } = this;
    const { index, siteScoped, roles } = this.compiled;
    if (!isActing(actor.status))
      return [deny('inactive-actor', { missing: policy.grantCapability })];
    if (!this.holdsOutright(actor, policy.grantCapability)) {
      return [deny('cannot-grant', { missing: policy.grantCapability })];
    }

    const refusals: Explanation[] = [];
    const seen = new Set<string>();
    const refuse = (explanation: Explanation): void => {
      const key = `${explanation.code}\u0000${explanation.subject ?? ''}\u0000${explanation.siteId ?? ''}`;
      if (seen.has(key)) return;
      seen.add(key);
      refusals.push(explanation);
    };

    const role = roles.get(change.role);
    if (role === undefined) refuse(deny('unknown-role', { subject: change.role }));
    if (change.role !== target.role) {
      if (target.id === actor.id) refuse(deny('own-role', { subject: change.role }));
      if (role !== undefined) {
        for (const capability of this.roleGaps(actor, role)) {
          refuse(deny('grant-not-held', { subject: capability, missing: capability }));
        }
      }
      if (countsAsAdmin(policy, target) && facts.adminCount <= 1) {
        refuse(deny('last-admin', { subject: policy.adminRole }));
      }
    }

    for (const capability of change.grants) {
      if (target.grants.includes(capability)) continue; // kept, not given
      const position = index.get(capability);
      if (position === undefined) refuse(deny('unknown-capability', { subject: capability }));
      else if (siteScoped[position] === 1) refuse(deny('wrong-scope', { subject: capability }));
      else if (!this.holdsOutright(actor, capability)) {
        refuse(deny('grant-not-held', { subject: capability, missing: capability }));
      }
    }

    for (const entry of change.sites) {
      const siteId = entry.siteId;
      for (const capability of entry.capabilities) {
        if (holdsOnSite(target.sites, siteId, capability)) continue; // kept, not given
        const position = index.get(capability);
        if (position === undefined) {
          refuse(deny('unknown-capability', { subject: capability, siteId }));
        } else if (siteScoped[position] !== 1) {
          refuse(deny('wrong-scope', { subject: capability, siteId }));
        } else if (!holdsOnSite(actor.sites, siteId, capability)) {
          refuse(deny('grant-not-held', { subject: capability, missing: capability, siteId }));
        }
      }
    }
    return refusals;
  }

  canGrant(actor: Actor, target: Actor, change: AccessChange, facts: CompanyFacts): Explanation {
    const refusals = this.validateChange(actor, target, change, facts);
    return refusals[0] ?? this.explain(actor, this.policy.grantCapability);
  }

  canChangeStatus(target: Actor, _change: StatusChange, facts: CompanyFacts): Explanation {
    if (countsAsAdmin(this.policy, target) && facts.adminCount <= 1) {
      return deny('last-admin', { subject: this.policy.adminRole });
    }
    return { allowed: true, code: 'ok' };
  }

  filter<T extends { id: string }>(actor: Actor, capability: string, items: readonly T[]): T[] {
    if (!isActing(actor.status)) return [];
    const { index, siteScoped, roles } = this.compiled;
    const position = index.get(capability);
    if (position === undefined) return [];
    const kept: T[] = [];
    if (siteScoped[position] === 1) {
      const sites = actor.sites;
      for (let i = 0; i < items.length; i++) {
        const item = items[i]!;
        if (holdsOnSite(sites, item.id, capability)) kept.push(item);
      }
      return kept;
    }
    const condition = roles.get(actor.role)?.table[position] ?? 0;
    if (condition === ALWAYS || actor.grants.includes(capability)) return items.slice();
    if (condition === OWN) {
      const own = actor.id;
      for (let i = 0; i < items.length; i++) {
        const item = items[i]!;
        if (item.id === own) kept.push(item);
      }
    }
    return kept;
  }

  withPolicy(policy: Policy): PermissionEngine {
    if (policy === this.policy) return this;
    return new CompiledEngine(compilePolicy(policy, this.compiled));
  }
}

/**
 * Creates a permission engine for `policy`: pure, synchronous, no DOM, safe in a Web Worker, Node or
 * a backend. The policy is compiled once into lookups (capability id → position, a condition table
 * per role), so `can` is a few map and array reads and allocates nothing; it also remembers the last
 * capability and role it looked up, which spares both lookups in the usual run of checks (one actor,
 * one capability, a page of rows). A person's grants and sites are read from the actor as given, so
 * changing them needs no recompilation; `withPolicy` rebuilds only the capability index and the
 * roles that changed.
 *
 * The policy is trusted: validate untrusted JSON with `parsePolicy` first. A policy that skipped it
 * never makes the engine throw; an unknown reference simply grants nothing.
 *
 * Semantics, in the order they are checked:
 * 1. a suspended or inactive actor can do nothing (`inactive-actor`);
 * 2. an unknown capability is refused (`unknown-capability`);
 * 3. a site-scoped capability needs `target.siteId` (`site-required`) and an entry for that site in
 *    `actor.sites` listing it (`site`, via the site id; else `not-granted-for-site`);
 * 4. a company-scoped one is allowed by the role outright (`role`), by the role's `own-contact`
 *    condition when `target.contactId` is the actor's own id (`own-contact`), or when it is in
 *    `actor.grants` (`grant`; via the role when the role holds it under `granted`, else via `grant`);
 *    otherwise refused with `own-contact-only`, `not-granted` or `not-in-role`, `missing` = capability.
 *
 * Grant checks (`validateChange`, `canGrant`): the actor must hold the policy's `grantCapability`
 * outright (`cannot-grant`); may not change their own role (`own-role`); may give a role only if
 * they hold each of its capabilities at least as widely, and an extra grant or a per-site permission
 * only if they hold it outright, or on that site (`grant-not-held`, `subject` = the capability,
 * `siteId` for a site); may not demote the last general admin (`last-admin`). Removing a grant or a
 * site permission needs the grant capability but not the capability itself; what the target already
 * holds is not re-checked. Every refusal has `allowed: false`.
 *
 * `filter` treats each item's `id` as a contact id for company-scoped capabilities and as a site id
 * for site-scoped ones.
 */
export function createPermissionEngine(policy: Policy): PermissionEngine {
  return new CompiledEngine(compilePolicy(policy));
}

/**
 * Every refusal of an access change, for adapters and backends: the same answer as
 * `engine.validateChange`, named for the call site. An empty list means the change may be applied.
 */
export function checkAccessChange(
  engine: PermissionEngine,
  actor: Actor,
  target: Actor,
  change: AccessChange,
  facts: CompanyFacts,
): Explanation[] {
  return engine.validateChange(actor, target, change, facts);
}
