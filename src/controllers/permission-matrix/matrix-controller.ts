// Over 400 lines: loading, the person shown and saving share the saved records the editors stage against.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { AdapterError } from '../../core/adapter/errors.js';
import type { Change, PortalAdapter } from '../../core/adapter/types.js';
import { approversSchema, contactSchema, policySchema } from '../../core/model/checks.js';
import type { Approvers, Contact, Policy, Site } from '../../core/model/index.js';
import { grantRefusal } from '../../core/permissions/index.js';
import type { CompanyFacts, Explanation, PermissionEngine } from '../../core/permissions/types.js';
import { emit, type PermissionsSaveDetail } from '../../events.js';
import { PeopleSearchController } from '../people-search-controller.js';
import type { Portal } from '../portal-controller.js';
import { AccessEditor } from './access-editor.js';
import { ApproversEditor } from './approvers-editor.js';
import { type MatrixMode, type MatrixView, type SaveNotice } from './matrix-types.js';
import { PolicyEditor } from './policy-editor.js';

export * from './matrix-types.js';

/**
 * The behaviour of `<permission-matrix>`: loads the policy, sites, approvers and the chosen person;
 * stages edits per view (a {@link PolicyEditor}, an {@link AccessEditor}, an {@link ApproversEditor},
 * each asking the engine which edits are allowed and why not); saves with the record's version behind
 * a cancelable `portico-permissions-save-request`, and on a conflict reloads the current values and
 * re-applies the staged edits on top of them. A load cut short by a disconnect runs again on reconnect;
 * reloading on the same adapter keeps what was staged.
 */
export class MatrixController implements ReactiveController {
  status: 'idle' | 'loading' | 'ready' | 'error' = 'idle';
  error: unknown;
  /** The policy as saved. */
  policy: Policy | undefined;
  engine: PermissionEngine | undefined;
  sites: Site[] = [];
  /** The approvers as saved. */
  approvers: Approvers | undefined;
  /** People seen so far (approvers, search results), by id, for names. */
  readonly people = new Map<string, Contact>();

  /** The role table's staged edits. */
  readonly roles: PolicyEditor;
  /** The person of the "by person" view and their staged edits. */
  readonly person: AccessEditor;
  /** The approver lists' staged edits. */
  readonly lists: ApproversEditor;
  /** The people searches: the person picker, and the "add" field of each approver list. */
  readonly searches: Record<'person' | 'budgets' | 'tickets', PeopleSearchController>;

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
    private readonly host: ReactiveControllerHost & EventTarget,
    private readonly portal: Portal,
  ) {
    host.addController(this);
    const changed = () => {
      this.notice = undefined;
      this.host.requestUpdate();
    };
    // The editors read the actor, engine, saved records and facts from here.
    this.roles = new PolicyEditor(this, changed);
    this.person = new AccessEditor(this, changed);
    this.lists = new ApproversEditor(this, changed);
    const search = () =>
      new PeopleSearchController(host, {
        adapter: () => this.portal.adapter,
        onResults: (people) => people.forEach((person) => this.remember(person)),
      });
    this.searches = { person: search(), budgets: search(), tickets: search() };
    // What others write (another element, another session) shows here without a reload.
    portal.follow((changes) => void this.changed(changes));
  }

  /**
   * Follows the change feed: the policy, the approvers, the sites and the person shown are read again
   * when they changed (or after a gap, `'resync'`), without a loading state; what is staged is
   * re-applied on top of the new values, as after a conflict.
   */
  async changed(changes: readonly Change[] | 'resync'): Promise<void> {
    const adapter = this.adapter;
    if (this.status !== 'ready' || !adapter) return;
    const about = (record: Change['record'], id?: string) =>
      changes === 'resync' ||
      changes.some((c) => c.record === record && (id === undefined || c.ids.includes(id)));
    const shown = this.person.contact?.id;
    try {
      const [policy, approvers, sites, person] = await Promise.all([
        about('policy') ? adapter.permissions.policy() : undefined,
        about('approvers') ? adapter.permissions.approvers() : undefined,
        about('site')
          ? adapter.sites.list({ limit: 500, sort: { field: 'name', direction: 'asc' } })
          : undefined,
        shown && about('contact', shown) ? adapter.contacts.get(shown) : undefined,
      ]);
      if (adapter !== this.adapter || this.status !== 'ready') return;
      if (policy && policy.version !== this.policy?.version) {
        this.roles.rebase(policy);
        this.setPolicy(policy);
      }
      if (approvers && approvers.version !== this.approvers?.version) {
        const ids = [...approvers.budgets, ...approvers.tickets].filter(
          (id) => !this.people.has(id),
        );
        for (const [id, one] of await this.fetchPeople(adapter, ids)) this.people.set(id, one);
        this.lists.rebase(approvers);
        this.approvers = approvers;
      }
      if (sites) this.sites = sites.items;
      if (
        person &&
        person.id === this.person.contact?.id &&
        person.version !== this.person.contact.version
      ) {
        this.person.rebase(person);
        this.people.set(person.id, person);
      }
    } catch {
      // Not readable now (gone, offline): what is shown stays; a save still checks its version.
    }
    this.host.requestUpdate();
  }

  /** The company's facts (the admin count the last-admin rule needs), as the portal counted them. */
  get facts(): CompanyFacts {
    return this.portal.facts;
  }

  /** Remembers a person seen, for their name. */
  remember(person: Contact): void {
    this.people.set(person.id, person);
  }

  hostConnected(): void {
    // Connected again after a disconnect cut the load short: the next update loads again.
    if (this.loadedFor === undefined && this.status === 'loading') this.host.requestUpdate();
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
    if (this.status === 'loading') {
      this.abort?.abort();
      this.loadedFor = undefined;
    }
  }

  /** The signed-in person. */
  get actor(): Contact | undefined {
    return this.portal.actor;
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
    return actor && engine ? grantRefusal(engine, actor) : undefined;
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
      await this.portal.countFacts(policy, signal);
      const ids = [...new Set([...approvers.budgets, ...approvers.tickets])];
      const people = await this.fetchPeople(adapter, ids, signal);
      if (signal.aborted) return;
      // Loading again on the same adapter (Retry, the element moved in the page) keeps what was
      // staged, re-applied to the values now loaded; another adapter is another company: start clean.
      if (this.dataOf === adapter) {
        this.roles.rebase(policy);
        this.lists.rebase(approvers);
      } else {
        this.roles.staged = undefined;
        this.lists.staged = undefined;
        this.people.clear();
        this.person.reset(undefined);
        this.requestedId = undefined;
        this.personStatus = 'idle';
      }
      this.dataOf = adapter;
      for (const [id, person] of people) this.people.set(id, person);
      this.setPolicy(policy);
      this.sites = sites.items;
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

  /**
   * Shows the person the element asks for: a read-only viewer sees their own permissions, anyone
   * else `contactId`. Staged edits of the person shown are never dropped by a new `contactId`: it
   * applies once they are saved or discarded. Returns whether another person is now being loaded.
   */
  follow(contactId: string | undefined): boolean {
    if (this.status !== 'ready') return false;
    const wanted = this.mode === 'view' ? this.actor?.id : contactId;
    if (wanted === this.requestedId || this.isDirty('person')) return false;
    void this.selectPerson(wanted);
    return true;
  }

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

  // ── Staged edits ─────────────────────────────────────────────────────────────────────────────

  /** Whether `view` has staged edits that change something. */
  isDirty(view: MatrixView): boolean {
    if (view === 'role') return this.roles.diff !== undefined;
    if (view === 'person') return this.person.diff !== undefined;
    return this.lists.diff !== undefined;
  }

  /** How many single edits (cells, role, sites, approvers) are staged in `view`. */
  changeCount(view: MatrixView): number {
    if (view === 'role') return this.roles.diff?.cells.length ?? 0;
    if (view === 'person') return this.person.changeCount();
    return this.lists.changeCount();
  }

  /** Drops the staged edits of `view`: what is shown is the saved state again. */
  discard(view: MatrixView): void {
    if (view === 'role') this.roles.discard();
    else if (view === 'person') this.person.discard();
    else this.lists.discard();
  }

  // ── Saving ───────────────────────────────────────────────────────────────────────────────────

  /**
   * The detail a save of `view` would carry, or `undefined` when nothing is staged. `summary` is the
   * plain-language sentences the element shows (it knows the words; the controller does not).
   */
  saveDetail(view: MatrixView, summary: string[]): PermissionsSaveDetail | undefined {
    if (view === 'role') {
      const diff = this.roles.diff;
      const policy = this.roles.staged;
      return diff && policy ? { view, diff, policy, summary } : undefined;
    }
    if (view === 'person') {
      const diff = this.person.diff;
      const access = this.person.staged;
      return diff && access
        ? { view, diff, contactId: diff.contactId, access, summary }
        : undefined;
    }
    const diff = this.lists.diff;
    const approvers = this.lists.staged;
    return diff && approvers ? { view, diff, approvers, summary } : undefined;
  }

  /**
   * The person asked to save `view`: fires the cancelable `portico-permissions-save-request` with
   * `summary` (the sentences shown), saves, then fires `portico-permissions-saved`. A veto writes
   * nothing and keeps everything staged.
   */
  async requestSave(view: MatrixView, summary: string[]): Promise<void> {
    if (this.saving || (view === 'person' && this.person.stagedRefusals().length)) return;
    const detail = this.saveDetail(view, summary);
    if (!detail) return;
    if (!emit(this.host, 'portico-permissions-save-request', detail)) {
      this.notice = { tone: 'info', kind: 'vetoed' };
      this.host.requestUpdate();
      return;
    }
    if (await this.save(detail)) emit(this.host, 'portico-permissions-saved', detail);
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
        this.roles.staged = undefined;
      } else if (detail.view === 'person' && this.person.contact) {
        const saved = await adapter.permissions.setAccess(detail.contactId, detail.access, {
          version: this.person.contact.version,
        });
        this.person.reset(saved);
        this.people.set(saved.id, saved);
        if (this.policy) await this.portal.countFacts(this.policy);
      } else if (detail.view === 'approvers' && this.approvers) {
        this.approvers = await adapter.permissions.setApprovers(detail.approvers, {
          version: this.approvers.version,
        });
        this.lists.staged = undefined;
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

  /** After a conflict: the current record (from the error, else fetched) becomes the baseline. */
  private async rebase(view: MatrixView, current: unknown): Promise<void> {
    const adapter = this.adapter;
    if (!adapter) return;
    if (view === 'role' && this.policy && this.roles.staged) {
      const parsed = policySchema.safeParse(current);
      const fresh = parsed.success ? parsed.data : await adapter.permissions.policy();
      this.roles.rebase(fresh);
      this.setPolicy(fresh);
    } else if (view === 'person' && this.person.contact && this.person.staged) {
      const parsed = contactSchema.safeParse(current);
      const fresh = parsed.success
        ? parsed.data
        : await adapter.contacts.get(this.person.contact.id);
      this.person.rebase(fresh);
      this.people.set(fresh.id, fresh);
    } else if (view === 'approvers' && this.approvers && this.lists.staged) {
      const parsed = approversSchema.safeParse(current);
      const fresh = parsed.success ? parsed.data : await adapter.permissions.approvers();
      const people = await this.fetchPeople(
        adapter,
        [...fresh.budgets, ...fresh.tickets].filter((id) => !this.people.has(id)),
      );
      for (const [id, person] of people) this.people.set(id, person);
      this.lists.rebase(fresh);
      this.approvers = fresh;
    }
  }
}
