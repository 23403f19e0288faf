/**
 * Permission checks, ours beside @casl/ability 7 on the same rules and the same subjects, in one run:
 * - `perm.check.conditional` — "edit-contacts" by a system user, alternately on their own contact and
 *   on others' (CASL: `can('edit-contacts', 'Contact', { id: actor.id })`), checks/s;
 * - `perm.check.type` — type-level checks without a subject (`open-tickets`, `grant-permissions`,
 *   `approve-budgets`, `activate-contacts`, `download-private-files`) for each of the three roles, checks/s;
 * - `perm.filter.10k` — keeping, out of 10,000 contacts, those each of the three roles may edit
 *   ("edit-contacts"), summed over the three roles, ms (lower is better). CASL's fastest honest
 *   in-memory path is `ability.can` per item: its `rulesToQuery`/`accessibleBy` build database queries,
 *   not an in-memory filter. The contacts are tagged with `subject('Contact', …)` once, before timing.
 *
 * The CASL rules are derived from the default policy per actor, as an application would write them:
 * a rule per capability of the actor's role (subject type by capability group), `{ id: actor.id }` for
 * `own-contact`, a `granted` capability only when it is in the actor's grants, plus the extra grants.
 * Abilities and engines are built before timing. Both sides must agree on every input (checked before
 * timing). Rounds are interleaved; figures are medians.
 */
import { createMongoAbility, subject, AbilityBuilder, type MongoAbility } from '@casl/ability';
import {
  createPermissionEngine,
  defaultPolicy,
  type Actor,
  type Target,
} from '../src/core/permissions/index.js';
import type { Policy } from '../src/core/model/index.js';
import { higherIsBetter, lowerIsBetter, median, type Benchmark } from './types.js';

const ROUNDS = 9;
const CHECKS = 1 << 10; // inputs cycled through by the check loops (a power of two: `i & MASK`)
const MASK = CHECKS - 1;

/** The subject type a capability is checked against in CASL, by its group. */
const subjectTypes: Record<string, string> = {
  permissions: 'Permission',
  tickets: 'Ticket',
  contacts: 'Contact',
  administration: 'Contact',
  files: 'File',
};

/** The default policy as CASL rules for one actor. */
function caslAbilityFor(policy: Policy, actor: Actor): MongoAbility {
  const { can, build } = new AbilityBuilder<MongoAbility>(createMongoAbility);
  const groupOf = new Map(policy.capabilities.map((c) => [c.id, c.group]));
  const typeOf = (capability: string) => subjectTypes[groupOf.get(capability) ?? ''] ?? 'all';
  const role = policy.roles.find((r) => r.id === actor.role);
  for (const entry of role?.capabilities ?? []) {
    if (entry.when === undefined) can(entry.capability, typeOf(entry.capability));
    else if (entry.when === 'own-contact')
      can(entry.capability, typeOf(entry.capability), { id: actor.id });
    else if (actor.grants.includes(entry.capability))
      can(entry.capability, typeOf(entry.capability));
  }
  for (const grant of actor.grants) can(grant, typeOf(grant));
  return build();
}

interface ContactRecord {
  id: string;
  name: string;
  role: string;
  status: string;
}

function contacts(count: number): ContactRecord[] {
  const roles = ['general-admin', 'registration-admin', 'system-user'];
  return Array.from({ length: count }, (_, i) => ({
    id: `c${i}`,
    name: `Contact ${i}`,
    role: roles[i % 3]!,
    status: 'active',
  }));
}

const person = (id: string, role: string, grants: string[] = []): Actor => ({
  id,
  role,
  grants,
  sites: [],
  status: 'active',
});

function fail(message: string): never {
  throw new Error(`perm bench: ours and CASL disagree — ${message}`);
}

function run() {
  const policy = defaultPolicy;
  const engine = createPermissionEngine(policy);
  const general = person('c0', 'general-admin');
  const registration = person('c1', 'registration-admin');
  const system = person('c2', 'system-user', ['approve-budgets']);
  const actors = [general, registration, system];
  const abilities = actors.map((actor) => caslAbilityFor(policy, actor));

  const people = contacts(10_000);
  const subjects = people.map((c) => subject('Contact', { ...c }));

  // ── conditional: system user, edit-contacts, own contact every other check ─────────────────────
  const condTargets: Target[] = [];
  const condSubjects: (typeof subjects)[number][] = [];
  for (let i = 0; i < CHECKS; i++) {
    const index = i % 2 === 0 ? 2 : 3 + ((i * 7919) % 9_000);
    condTargets.push({ contactId: people[index]!.id });
    condSubjects.push(subjects[index]!);
  }
  const systemAbility = abilities[2]!;
  for (let i = 0; i < CHECKS; i++) {
    if (
      engine.can(system, 'edit-contacts', condTargets[i]) !==
      systemAbility.can('edit-contacts', condSubjects[i]!)
    ) {
      fail(`edit-contacts on ${condTargets[i]!.contactId}`);
    }
  }

  // ── type-level: five capabilities × three roles ─────────────────────────────────────────────────
  const typeCapabilities = [
    'open-tickets',
    'grant-permissions',
    'approve-budgets',
    'activate-contacts',
    'download-private-files',
  ];
  const typeActors: Actor[] = [];
  const typeAbilities: MongoAbility[] = [];
  const typeCaps: string[] = [];
  const typeSubjectTypes: string[] = [];
  const groupOf = new Map(policy.capabilities.map((c) => [c.id, c.group]));
  for (let i = 0; i < CHECKS; i++) {
    const a = i % 3;
    const capability = typeCapabilities[(i * 7) % typeCapabilities.length]!;
    typeActors.push(actors[a]!);
    typeAbilities.push(abilities[a]!);
    typeCaps.push(capability);
    typeSubjectTypes.push(subjectTypes[groupOf.get(capability)!]!);
  }
  for (let i = 0; i < CHECKS; i++) {
    if (
      engine.can(typeActors[i]!, typeCaps[i]!) !==
      typeAbilities[i]!.can(typeCaps[i]!, typeSubjectTypes[i]!)
    ) {
      fail(`${typeCaps[i]} for ${typeActors[i]!.role}`);
    }
  }

  // ── filter: 10,000 contacts by edit-contacts, for each role ─────────────────────────────────────
  const oursFilter = () => {
    let kept = 0;
    for (const actor of actors) kept += engine.filter(actor, 'edit-contacts', people).length;
    return kept;
  };
  const caslFilter = () => {
    let kept = 0;
    for (const ability of abilities)
      kept += subjects.filter((s) => ability.can('edit-contacts', s)).length;
    return kept;
  };
  if (oursFilter() !== caslFilter()) fail('filter counts');

  // ── timing: interleaved rounds, medians ─────────────────────────────────────────────────────────
  const ours = { cond: [] as number[], type: [] as number[], filter: [] as number[] };
  const casl = { cond: [] as number[], type: [] as number[], filter: [] as number[] };
  const oursCondN = 4_000_000;
  const caslCondN = 400_000;
  const oursTypeN = 4_000_000;
  const caslTypeN = 2_000_000;
  let sink = 0;

  for (let round = -1; round < ROUNDS; round++) {
    // round -1 warms every path up and is not recorded
    let start = performance.now();
    for (let i = 0; i < oursCondN; i++)
      if (engine.can(system, 'edit-contacts', condTargets[i & MASK])) sink++;
    const oc = performance.now() - start;

    start = performance.now();
    for (let i = 0; i < caslCondN; i++)
      if (systemAbility.can('edit-contacts', condSubjects[i & MASK]!)) sink++;
    const cc = performance.now() - start;

    start = performance.now();
    for (let i = 0; i < oursTypeN; i++)
      if (engine.can(typeActors[i & MASK]!, typeCaps[i & MASK]!)) sink++;
    const ot = performance.now() - start;

    start = performance.now();
    for (let i = 0; i < caslTypeN; i++) {
      if (typeAbilities[i & MASK]!.can(typeCaps[i & MASK]!, typeSubjectTypes[i & MASK]!)) sink++;
    }
    const ct = performance.now() - start;

    start = performance.now();
    sink += oursFilter();
    const of = performance.now() - start;

    start = performance.now();
    sink += caslFilter();
    const cf = performance.now() - start;

    if (round < 0) continue;
    ours.cond.push(oursCondN / (oc / 1000));
    casl.cond.push(caslCondN / (cc / 1000));
    ours.type.push(oursTypeN / (ot / 1000));
    casl.type.push(caslTypeN / (ct / 1000));
    ours.filter.push(of);
    casl.filter.push(cf);
  }
  if (sink === -1) console.log(sink);

  return [
    higherIsBetter(
      'perm.check.conditional',
      median(ours.cond),
      median(casl.cond),
      'checks/s',
      '@casl/ability 7 can() with { id } condition',
    ),
    higherIsBetter(
      'perm.check.type',
      median(ours.type),
      median(casl.type),
      'checks/s',
      '@casl/ability 7 type-level can()',
    ),
    lowerIsBetter(
      'perm.filter.10k',
      median(ours.filter),
      median(casl.filter),
      'ms',
      '@casl/ability 7 can() per contact, 3 roles',
    ),
  ];
}

const benchmark: Benchmark = { name: 'permission engine vs @casl/ability', where: 'node', run };
export default benchmark;
