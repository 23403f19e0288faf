import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { AdapterError } from '../core/adapter/errors.js';
import type { PortalAdapter } from '../core/adapter/types.js';
import { approversSchema, contactSchema, policySchema } from '../core/model/checks.js';
import type { AccessChange, Approvers, Contact, Policy, Site } from '../core/model/index.js';
import {
  diffApprovers,
  diffPolicy,
  isEmptyApproversDiff,
  rebaseApprovers,
  rebasePolicy,
  roleCellState,
  setRoleCell,
  type AccessDiff,
  type ApproversDiff,
  type HoldState,
  type PolicyDiff,
} from '../core/permissions/diff.js';
import { adminFilter } from '../core/permissions/index.js';
import type { CompanyFacts, Explanation, PermissionEngine } from '../core/permissions/types.js';
import { AccessEditor } from './access-editor.js';
import type { PortalController } from './portal-controller.js';

/** The three views of `<permission-matrix>`. */
export type MatrixView = 'role' | 'person' | 'approvers';

/**
 * How much of the matrix the signed-in actor may change:
 * - `edit`: they hold the policy's grant capability; each cell is still checked by the engine;
 * - `explain`: an administrator without it: every control is shown, disabled, with the reason;
 * - `view`: someone with the policy's default role: a plain read-only view, no edit controls.
 */
export type MatrixMode = 'edit' | 'explain' | 'view';

/** The detail of `portico-permissions-save-request` and `portico-permissions-saved`. */
export type PermissionsSaveDetail =
  | { view: 'role'; diff: PolicyDiff; policy: Policy; summary: string[] }
  | {
      view: 'person';
      diff: AccessDiff;
      contactId: string;
      access: AccessChange;
      summary: string[];
    }
  | {
      view: 'approvers';
      diff: ApproversDiff;
      approvers: Omit<Approvers, 'version'>;
      summary: string[];
    };

/** Why a control is disabled: an engine refusal, or a fact of the matrix itself. */
export type CellReason =
  | { kind: 'engine'; explanation: Explanation }
  | { kind: 'locked'; role: string; capability: string }
  | { kind: 'inherited'; role: string };

/** The outcome of the last save, for the live region. */
export interface SaveNotice {
  tone: 'success' | 'warning' | 'error' | 'info';
  kind: 'saved' | 'conflict' | 'vetoed' | 'failed';
  error?: unknown;
}

type Host = ReactiveControllerHost & HTMLElement;

/** Whether a check allowed the capability outright: held only on one's own contact does not count here. */
function heldOutright(explanation: Explanation): boolean {
  return explanation.allowed && explanation.code !== 'own-contact';
}

/**
 * The behaviour of `<permission-matrix>`: loads the policy, sites, approvers and the chosen person;
 * stages edits per view; asks the engine which edits are allowed and why not; turns staged edits into
 * diffs; saves with the record's version, and on a conflict reloads the current values and re-applies
 * the staged edits on top of them.
 */
export class PermissionMatrixController implements ReactiveController {
  status: 'idle' | 'loading' | 'ready' | 'error' = 'idle';
  error: unknown;
  /** The policy as saved; `stagedPolicy` is the edited copy, when there is one. */
  policy: Policy | undefined;
  stagedPolicy: Policy | undefined;
  engine: PermissionEngine | undefined;
  sites: Site[] = [];
  facts: CompanyFacts = { adminCount: 0 };
  approvers: Approvers | undefined;
  stagedApprovers: Omit<Approvers, 'version'> | undefined;
  /** People seen so far (approvers, search results), by id, for names. */
  readonly people = new Map<string, Contact>();

  /** The person of the "by person" view and their staged edits. */
  readonly person: AccessEditor;
  personStatus: 'idle' | 'loading' | 'ready' | 'error' = 'idle';
  personError: unknown;
  /** The id last asked for with `selectPerson` (the contact may still be loading). */
  requestedId: string | undefined;

  saving = false;
  notice: SaveNotice | undefined;

  private loadedFor: PortalAdapter | undefined;
  /** The adapter the data shown came from (kept across a disconnect, unlike `loadedFor`). */
  private dataOf: PortalAdapter | undefined;
  private abort: AbortController | undefined;
  private personRequest = 0;

  constructor(
    private readonly host: Host,
    private readonly portal: PortalController,
  ) {
    host.addController(this);
    this.person = new AccessEditor(this, () => {
      this.notice = undefined;
      this.host.requestUpdate();
    });
  }

  hostUpdate(): void {
    const adapter = this.portal.adapter;
    if (this.portal.status !== 'ready' || !adapter) {
      if (this.portal.status === 'error') {
        this.status = 'error';
        this.error = this.portal.error;
      } else if (this.portal.status === 'loading') this.status = 'loading';
      return;
    }
    if (this.loadedFor !== adapter) void this.load(adapter);
  }

  hostDisconnected(): void {
    this.abort?.abort();
    this.loadedFor = undefined;
  }

  /** The signed-in person. */
  get actor(): Contact | undefined {
    return this.portal.session?.actor;
  }

  get adapter(): PortalAdapter | undefined {
    return this.portal.adapter;
  }

  /** What the actor may do here; see {@link MatrixMode}. */
  get mode(): MatrixMode {
    const { actor, engine } = this;
    if (!actor || !engine) return 'view';
    if (this.grantRefusal() === undefined) return 'edit';
    return actor.role === engine.policy.defaultRole ? 'view' : 'explain';
  }

  /** Why the actor may not grant at all, or `undefined` when they may. */
  grantRefusal(): Explanation | undefined {
    const { actor, engine } = this;
    if (!actor || !engine) return undefined;
    const capability = engine.policy.grantCapability;
    const explanation = engine.explain(actor, capability);
    if (heldOutright(explanation)) return undefined;
    if (explanation.code === 'inactive-actor') return explanation;
    return { allowed: false, code: 'cannot-grant', missing: capability };
  }

  /** Loads (again) everything the matrix shows. */
  async reload(): Promise<void> {
    if (this.portal.status === 'error') {
      await this.portal.reload();
      return;
    }
    const adapter = this.portal.adapter;
    if (adapter) await this.load(adapter);
  }

  private async load(adapter: PortalAdapter): Promise<void> {
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    const signal = abort.signal;
    this.loadedFor = adapter;
    this.status = 'loading';
    this.host.requestUpdate();
    try {
      const [policy, sites, approvers] = await Promise.all([
        adapter.permissions.policy({ signal }),
        adapter.sites.list({ limit: 500, sort: { field: 'name', direction: 'asc' } }, { signal }),
        adapter.permissions.approvers({ signal }),
      ]);
      const facts = await this.countAdmins(adapter, policy, signal);
      const ids = [...new Set([...approvers.budgets, ...approvers.tickets])];
      const people = await this.fetchPeople(adapter, ids, signal);
      if (signal.aborted) return;
      const sameAdapter = this.dataOf === adapter;
      this.dataOf = adapter;
      // Loading again on the same adapter (Retry, the element moved in the page) keeps what was
      // staged, re-applied to the values now loaded; another adapter is another company: start clean.
      this.stagedPolicy =
        sameAdapter && this.policy && this.stagedPolicy
          ? rebasePolicy(this.policy, this.stagedPolicy, policy)
          : undefined;
      this.stagedApprovers =
        sameAdapter && this.approvers && this.stagedApprovers
          ? rebaseApprovers(this.approvers, this.stagedApprovers, approvers)
          : undefined;
      if (!sameAdapter) {
        this.people.clear();
        this.person.reset(undefined);
        this.requestedId = undefined;
        this.personStatus = 'idle';
      }
      for (const [id, person] of people) this.people.set(id, person);
      this.setPolicy(policy);
      this.sites = sites.items;
      this.facts = facts;
      this.approvers = approvers;
      this.status = 'ready';
    } catch (error) {
      if (signal.aborted) return;
      this.error = error;
      this.status = 'error';
    }
    this.host.requestUpdate();
  }

  private setPolicy(policy: Policy): void {
    this.policy = policy;
    const base = this.portal.engine ?? this.engine;
    this.engine = base ? base.withPolicy(policy) : undefined;
  }

  private async countAdmins(
    adapter: PortalAdapter,
    policy: Policy,
    signal?: AbortSignal,
  ): Promise<CompanyFacts> {
    const page = await adapter.contacts.list({ limit: 1, filter: adminFilter(policy) }, { signal });
    return { adminCount: page.total };
  }

  /** The contacts `ids` names, as far as they can be read (an unknown id is simply left out). */
  private async fetchPeople(
    adapter: PortalAdapter,
    ids: string[],
    signal?: AbortSignal,
  ): Promise<Map<string, Contact>> {
    const found = await Promise.allSettled(ids.map((id) => adapter.contacts.get(id, { signal })));
    const people = new Map<string, Contact>();
    for (const result of found) {
      if (result.status === 'fulfilled') people.set(result.value.id, result.value);
    }
    return people;
  }

  // ── By person ────────────────────────────────────────────────────────────────────────────────

  /** Loads the person whose permissions the "by person" view shows; keeps nothing staged for another. */
  async selectPerson(id: string | undefined): Promise<void> {
    const adapter = this.adapter;
    const request = ++this.personRequest;
    this.requestedId = id;
    this.person.reset(undefined);
    if (!id || !adapter) {
      this.personStatus = 'idle';
      this.host.requestUpdate();
      return;
    }
    this.personStatus = 'loading';
    this.host.requestUpdate();
    try {
      const contact = await adapter.contacts.get(id);
      if (request !== this.personRequest) return;
      this.people.set(contact.id, contact);
      this.person.reset(contact);
      this.personStatus = 'ready';
    } catch (error) {
      if (request !== this.personRequest) return;
      this.personError = error;
      this.personStatus = 'error';
    }
    this.host.requestUpdate();
  }

  /** People matching `search`, for the pickers. */
  async search(search: string, limit = 8): Promise<Contact[]> {
    const adapter = this.adapter;
    if (!adapter) return [];
    const page = await adapter.contacts.list({
      search: search.trim() || undefined,
      limit,
      sort: { field: 'name', direction: 'asc' },
    });
    for (const person of page.items) this.people.set(person.id, person);
    return page.items;
  }

  // ── By role ──────────────────────────────────────────────────────────────────────────────────

  /** The policy shown: the staged copy, else the saved one. */
  get shownPolicy(): Policy | undefined {
    return this.stagedPolicy ?? this.policy;
  }

  /** Why a role-table cell cannot be toggled, or `undefined` when it can. */
  roleCellRefusal(roleId: string, capability: string): CellReason | undefined {
    const { actor, engine, policy } = this;
    if (!actor || !engine || !policy) return undefined;
    const grant = this.grantRefusal();
    if (grant) return { kind: 'engine', explanation: grant };
    if (roleId === policy.adminRole && capability === policy.grantCapability) {
      return { kind: 'locked', role: roleId, capability };
    }
    // Nobody puts into a role a capability they do not hold themselves (no escalation).
    if (!heldOutright(engine.explain(actor, capability))) {
      return {
        kind: 'engine',
        explanation: {
          allowed: false,
          code: 'grant-not-held',
          subject: capability,
          missing: capability,
        },
      };
    }
    return undefined;
  }

  /** Toggles a role-table cell: off, or back on as it was saved (with its condition), else outright. */
  toggleRoleCell(roleId: string, capability: string): CellReason | undefined {
    const policy = this.policy;
    const shown = this.shownPolicy;
    if (!policy || !shown) return undefined;
    const refusal = this.roleCellRefusal(roleId, capability);
    if (refusal) return refusal;
    const now = roleCellState(
      shown.roles.find((r) => r.id === roleId),
      capability,
    );
    const saved = roleCellState(
      policy.roles.find((r) => r.id === roleId),
      capability,
    );
    const next: HoldState = now !== 'none' ? 'none' : saved !== 'none' ? saved : 'always';
    this.stagedPolicy = setRoleCell(shown, roleId, capability, next);
    this.notice = undefined;
    this.host.requestUpdate();
    return undefined;
  }

  get policyDiff(): PolicyDiff | undefined {
    const { policy, stagedPolicy } = this;
    if (!policy || !stagedPolicy) return undefined;
    const diff = diffPolicy(policy, stagedPolicy);
    return diff.cells.length ? diff : undefined;
  }

  // ── Approvers ────────────────────────────────────────────────────────────────────────────────

  /** The capability that lets someone change the approvers: `define-approvers` when the policy has it. */
  get approversCapability(): string | undefined {
    const policy = this.policy;
    if (!policy) return undefined;
    return policy.capabilities.some((c) => c.id === 'define-approvers')
      ? 'define-approvers'
      : policy.grantCapability;
  }

  /** Why the actor may not change the approvers, or `undefined` when they may. */
  approversRefusal(): Explanation | undefined {
    const { actor, engine } = this;
    const capability = this.approversCapability;
    if (!actor || !engine || !capability) return undefined;
    const explanation = engine.explain(actor, capability);
    return heldOutright(explanation) ? undefined : explanation;
  }

  /**
   * Why `person` cannot be on `list`, or `undefined`: a budget approver must hold `approve-budgets`,
   * a ticket approver `open-tickets` (when the policy names them), and anyone must be able to act.
   */
  approverRefusal(list: 'budgets' | 'tickets', person: Contact): Explanation | undefined {
    const engine = this.engine;
    if (!engine) return undefined;
    const capability = list === 'budgets' ? 'approve-budgets' : 'open-tickets';
    if (!engine.policy.capabilities.some((c) => c.id === capability)) return undefined;
    const explanation = engine.explain(person, capability, { contactId: person.id });
    return heldOutright(explanation) ? undefined : explanation;
  }

  get shownApprovers(): Omit<Approvers, 'version'> | undefined {
    return this.stagedApprovers ?? this.approvers;
  }

  /** Adds (`person` given, for the budget check) or removes a person on an approver list. */
  setApprover(
    list: 'budgets' | 'tickets',
    id: string,
    on: boolean,
    person?: Contact,
  ): Explanation | undefined {
    const shown = this.shownApprovers;
    if (!shown) return undefined;
    const refusal =
      this.approversRefusal() ?? (on && person ? this.approverRefusal(list, person) : undefined);
    if (refusal) return refusal;
    if (person) this.people.set(person.id, person);
    const rest = shown[list].filter((x) => x !== id);
    this.stagedApprovers = {
      budgets: shown.budgets,
      tickets: shown.tickets,
      [list]: on ? [...rest, id] : rest,
    };
    this.notice = undefined;
    this.host.requestUpdate();
    return undefined;
  }

  get approversDiff(): ApproversDiff | undefined {
    const { approvers, stagedApprovers } = this;
    if (!approvers || !stagedApprovers) return undefined;
    const diff = diffApprovers(approvers, stagedApprovers);
    return isEmptyApproversDiff(diff) ? undefined : diff;
  }

  // ── Saving ───────────────────────────────────────────────────────────────────────────────────

  /** Whether `view` has staged edits that change something. */
  isDirty(view: MatrixView): boolean {
    if (view === 'role') return this.policyDiff !== undefined;
    if (view === 'person') return this.person.diff !== undefined;
    return this.approversDiff !== undefined;
  }

  /** How many single edits (cells, role, sites, approvers) are staged in `view`. */
  changeCount(view: MatrixView): number {
    if (view === 'role') return this.policyDiff?.cells.length ?? 0;
    if (view === 'person') return this.person.changeCount();
    const diff = this.approversDiff;
    if (!diff) return 0;
    return (
      diff.budgets.added.length +
      diff.budgets.removed.length +
      diff.tickets.added.length +
      diff.tickets.removed.length
    );
  }

  /** Drops the staged edits of `view`: what is shown is the saved state again. */
  discard(view: MatrixView): void {
    if (view === 'role') this.stagedPolicy = undefined;
    else if (view === 'person') this.person.discard();
    else this.stagedApprovers = undefined;
    this.notice = undefined;
    this.host.requestUpdate();
  }

  /**
   * The detail a save of `view` would carry, or `undefined` when nothing is staged. `summary` is the
   * plain-language sentences the element shows (it knows the words; the controller does not).
   */
  saveDetail(view: MatrixView, summary: string[]): PermissionsSaveDetail | undefined {
    if (view === 'role') {
      const diff = this.policyDiff;
      return diff && this.stagedPolicy
        ? { view, diff, policy: this.stagedPolicy, summary }
        : undefined;
    }
    if (view === 'person') {
      const diff = this.person.diff;
      const access = this.person.staged;
      return diff && access
        ? { view, diff, contactId: diff.contactId, access, summary }
        : undefined;
    }
    const diff = this.approversDiff;
    return diff && this.stagedApprovers
      ? { view, diff, approvers: this.stagedApprovers, summary }
      : undefined;
  }

  /**
   * Saves the staged edits of `detail.view` with the saved record's version. On success the saved
   * record becomes the baseline; on `conflict` the current record is loaded and the staged edits are
   * re-applied to it (and kept staged); on any other failure nothing staged is lost.
   * Returns whether the save went through.
   */
  async save(detail: PermissionsSaveDetail): Promise<boolean> {
    const adapter = this.adapter;
    if (!adapter || this.saving) return false;
    this.saving = true;
    this.notice = undefined;
    this.host.requestUpdate();
    try {
      if (detail.view === 'role' && this.policy) {
        const saved = await adapter.permissions.updatePolicy(detail.policy, {
          version: this.policy.version,
        });
        this.setPolicy(saved);
        this.stagedPolicy = undefined;
      } else if (detail.view === 'person' && this.person.contact) {
        const saved = await adapter.permissions.setAccess(detail.contactId, detail.access, {
          version: this.person.contact.version,
        });
        this.person.reset(saved);
        this.people.set(saved.id, saved);
        if (this.policy) {
          this.facts = await this.countAdmins(adapter, this.policy);
        }
      } else if (detail.view === 'approvers' && this.approvers) {
        this.approvers = await adapter.permissions.setApprovers(detail.approvers, {
          version: this.approvers.version,
        });
        this.stagedApprovers = undefined;
      } else {
        return false;
      }
      this.notice = { tone: 'success', kind: 'saved' };
      return true;
    } catch (error) {
      if (AdapterError.is(error) && error.kind === 'conflict') {
        await this.rebase(detail.view, error.current);
        this.notice = { tone: 'warning', kind: 'conflict', error };
      } else {
        this.notice = { tone: 'error', kind: 'failed', error };
      }
      return false;
    } finally {
      this.saving = false;
      this.host.requestUpdate();
    }
  }

  /** Records that a host vetoed a save: nothing was written, everything stays staged. */
  vetoed(): void {
    this.notice = { tone: 'info', kind: 'vetoed' };
    this.host.requestUpdate();
  }

  /** After a conflict: the current record (from the error, else fetched) becomes the baseline. */
  private async rebase(view: MatrixView, current: unknown): Promise<void> {
    const adapter = this.adapter;
    if (!adapter) return;
    if (view === 'role' && this.policy && this.stagedPolicy) {
      const parsed = policySchema.safeParse(current);
      const fresh = parsed.success ? parsed.data : await adapter.permissions.policy();
      this.stagedPolicy = rebasePolicy(this.policy, this.stagedPolicy, fresh);
      this.setPolicy(fresh);
    } else if (view === 'person' && this.person.contact && this.person.staged) {
      const parsed = contactSchema.safeParse(current);
      const fresh = parsed.success
        ? parsed.data
        : await adapter.contacts.get(this.person.contact.id);
      this.person.rebase(fresh);
      this.people.set(fresh.id, fresh);
    } else if (view === 'approvers' && this.approvers && this.stagedApprovers) {
      const parsed = approversSchema.safeParse(current);
      const fresh = parsed.success ? parsed.data : await adapter.permissions.approvers();
      const people = await this.fetchPeople(
        adapter,
        [...fresh.budgets, ...fresh.tickets].filter((id) => !this.people.has(id)),
      );
      for (const [id, person] of people) this.people.set(id, person);
      this.stagedApprovers = rebaseApprovers(this.approvers, this.stagedApprovers, fresh);
      this.approvers = fresh;
    }
  }
}
