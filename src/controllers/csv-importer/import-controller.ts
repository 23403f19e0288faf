import type { ReactiveControllerHost } from 'lit';
import { AdapterError } from '../../core/adapter/errors.js';
import type {
  Change,
  ImportResult,
  ImportRow,
  ImportRowResult,
  PortalAdapter,
} from '../../core/adapter/types.js';
import type { CsvImportClient } from '../../core/csv/client.js';
import type { CsvEncoding } from '../../core/csv/decode.js';
import type { CsvDelimiter } from '../../core/csv/dialect.js';
import type { ImportField } from '../../core/csv/fields.js';
import type { ColumnMapping, SavedMapping } from '../../core/csv/mapping.js';
import type {
  ExistingChange,
  ExistingContact,
  ExistingLookup,
  ExistingPolicy,
  PlanRowView,
  PlanSummary,
  RowOutcome,
} from '../../core/csv/plan.js';
import type { RoleNames, RoleRefusal } from '../../core/csv/row.js';
import type {
  CsvPreview,
  ImportSettings,
  PlanProgress,
  PlanResult,
  ResultLabels,
  RowResult,
} from '../../core/csv/session.js';
import type { Verdict } from '../../core/rules/contact-acts.js';
import { importBatchKey, importRoleRefusals, importVerdict } from '../../core/rules/import.js';
import { policyRoleNames } from '../../core/rules/role-names.js';
import { emit, type ImportSummary } from '../../events.js';
import type { Portal } from '../portal-controller.js';

/** More contacts changed at once than this: every row is looked up again rather than each one read. */
const recheckByIdLimit = 50;

/** The steps of an import, in order. */
export type ImportStep = 'file' | 'mapping' | 'review' | 'importing' | 'done';

/** Rows shown per page of the review and the result. */
export const importPageSize = 50;

/** Rows per `contacts.import` call (the adapter's limit). */
export const importBatchSize = 500;

/** What a notice is about; the element words it. */
export type ImportNotice =
  | { code: 'spreadsheet'; name: string }
  | { code: 'not-csv'; name: string }
  | { code: 'failed'; error: unknown }
  | { code: 'import-failed'; error: unknown }
  | { code: 'cancelled'; written: number }
  | { code: 'vetoed' };

/** Where the writing is. */
export interface WriteProgress {
  /** Rows the plan writes (creates and updates). */
  total: number;
  /** Rows the adapter answered for. */
  done: number;
  /** When writing started (ms since the epoch), for rows/s and time left. */
  startedAt: number;
  /** Rows per second so far (0 before the first batch). */
  rate: number;
  /** Seconds left at that rate (undefined before the first batch). */
  secondsLeft: number | undefined;
}

/** A row of the result: the plan's row and what became of it. */
export interface ResultRow {
  view: PlanRowView;
  result: RowResult | undefined;
  /** The adapter's refusal, with every field. */
  error?: ImportRowResult & { status: 'error' };
}

/** What the import controller needs of its element. */
export type ImportHost = ReactiveControllerHost & EventTarget;

/** How the controller gets an import Worker: a client over a Worker, or over a session in the page. */
export type ConnectImport = () => Promise<CsvImportClient>;

export interface ImportControllerOptions {
  portal: Portal;
  connect: ConnectImport;
  /** The roles a `role` column may name, in the element's words. */
  roleNames?: () => readonly RoleNames[];
  /** Where the company's last mapping is kept (default: `localStorage`). */
  storage?: () => Pick<Storage, 'getItem' | 'setItem'> | undefined;
}

const spreadsheet = /\.(xlsx|xlsm|xls|ods|numbers)$/i;
const textFile = /\.(csv|txt|tsv)$/i;

function defaultStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

/**
 * Resolves in a later task of the event loop (`scheduler.yield` where there is one): the work before
 * and after it run as separate tasks, so the page can paint and answer input between them.
 */
function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** What a lookup answers for one existing contact. */
function existingOf(contact: {
  id: string;
  email: string;
  version: number;
  document?: { type: string; number: string } | undefined;
}): ExistingContact {
  const existing: ExistingContact = {
    id: contact.id,
    email: contact.email,
    version: contact.version,
  };
  if (contact.document?.type === 'cpf') existing.cpf = contact.document.number;
  return existing;
}

/** A row result from the adapter's answer. */
function rowResultOf(index: number, answer: ImportRowResult): RowResult {
  switch (answer.status) {
    case 'created':
    case 'updated':
      return { index, status: answer.status };
    case 'skipped':
      return { index, status: 'skipped', code: `import-${answer.code}` };
    case 'error': {
      const { fields, code } = answer.error;
      const first = fields[0];
      const result: RowResult = { index, status: 'failed', code: first?.code ?? code };
      if (first?.field) result.field = first.field;
      if (fields.length > 1) {
        result.problems = fields.map((problem) => {
          const said: NonNullable<RowResult['problems']>[number] = { code: problem.code };
          if (problem.field) said.field = problem.field;
          if (problem.params) said.params = problem.params;
          return said;
        });
      }
      return result;
    }
  }
}

/**
 * One import, from the file to every row's result: opens the file in the import Worker, keeps the
 * settings the user changes (encoding, delimiter, mapping), plans the file (existing contacts looked
 * up through the adapter), pages and fixes rows, then writes the plan's rows in batches of at most 500
 * through `contacts.import` — each batch with a key derived from the import and its place, so a batch
 * sent again after a failure is never written twice. Cancel stops after the batch on its way; a failed
 * batch can be retried and the import goes on from the last confirmed one.
 *
 * Whether the actor may import is `importVerdict` of the rules layer, the same the backend decides by.
 * The controller holds no words: its notices are codes the element words.
 */
export class ImportController {
  step: ImportStep = 'file';
  /** A long call on its way: opening the file, reading it again, planning, fixing a row. */
  busy: 'opening' | 'planning' | 'fixing' | undefined;
  planProgress: PlanProgress | undefined;
  notice: ImportNotice | undefined;
  fileName = '';
  preview: CsvPreview | undefined;
  plan: PlanResult | undefined;
  summary: PlanSummary | undefined;
  /** The rows of the review page. */
  rows: PlanRowView[] = [];
  rowTotal = 0;
  offset = 0;
  filter: RowOutcome | 'warning' | undefined;
  write: WriteProgress | undefined;
  /** Each written row's result, by plan index. */
  readonly results = new Map<number, RowResult>();
  /** The adapter's refusals, by plan index (every field). */
  readonly refusals = new Map<number, ImportRowResult & { status: 'error' }>();
  /** Rows the adapter answered for, by outcome. */
  counts = { created: 0, updated: 0, skipped: 0, failed: 0 };
  /** The result page. */
  resultRows: ResultRow[] = [];

  private client: CsvImportClient | undefined;
  private settings: ImportSettings = {};
  private work: AbortController | undefined;
  private cancelRequested = false;
  private importId = '';
  private batch = 0;
  private next: number | null = 0;
  private run = 0;

  /** Contacts changed elsewhere while at review, not rechecked yet (see {@link heard}). */
  private changed: { all: boolean; ids: Set<string> } | undefined;
  private rechecking = false;

  constructor(
    private readonly host: ImportHost,
    private readonly options: ImportControllerOptions,
  ) {
    options.portal.follow((changes) => this.heard(changes));
  }

  /**
   * The change feed: a contact created, changed or removed elsewhere while the rows are reviewed may
   * be one a row matches (or now matches), so those rows are looked up again and the page refreshed.
   * Before the review nothing is planned; once writing starts the changes are the import's own.
   */
  private heard(changes: readonly Change[] | 'resync'): void {
    if (this.step !== 'review' || !this.plan) return;
    const changed = (this.changed ??= { all: false, ids: new Set() });
    if (changes === 'resync') changed.all = true;
    else {
      for (const change of changes) {
        if (change.record === 'contact') for (const id of change.ids) changed.ids.add(id);
      }
    }
    if (!changed.all && changed.ids.size === 0) {
      this.changed = undefined;
      return;
    }
    void this.recheck();
  }

  /** Looks up again the rows the heard changes concern, one burst at a time. */
  private async recheck(): Promise<void> {
    if (this.rechecking) return;
    this.rechecking = true;
    try {
      while (this.changed && this.step === 'review') {
        const { all, ids } = this.changed;
        this.changed = undefined;
        const adapter = this.adapter;
        const lookup = this.lookup();
        const client = this.client;
        if (!adapter || !lookup || !client) return;
        const change: ExistingChange = { all: all || ids.size > recheckByIdLimit, ids: [...ids] };
        if (!change.all) {
          // A created or changed contact's e-mail and CPF: rows may hold them that matched nothing.
          // A removed one cannot be read; the rows matched to it are found by its id.
          const contacts = await Promise.all(
            [...ids].map((id) => adapter.contacts.get(id).catch(() => undefined)),
          );
          change.emails = contacts.flatMap((contact) => (contact ? [contact.email] : []));
          change.cpfs = contacts.flatMap((contact) =>
            contact?.document.type === 'cpf' ? [contact.document.number] : [],
          );
        }
        if (this.step !== 'review') return;
        const answer = await client.recheck(change, { lookup });
        if (answer.rechecked > 0 && this.step === 'review') {
          this.summary = answer.summary;
          await this.page(this.offset);
        }
      }
    } catch (error) {
      this.notice = { code: 'failed', error };
      this.update();
    } finally {
      this.rechecking = false;
    }
  }

  /** Cancel was asked while a batch is on its way. */
  get cancelling(): boolean {
    return this.cancelRequested && this.step === 'importing';
  }

  /** Whether the actor may import, and if not why (the rules layer's verdict). */
  verdict(): Verdict | undefined {
    const { portal } = this.options;
    const { engine, actor } = portal;
    if (portal.status !== 'ready' || !engine || !actor) return undefined;
    return importVerdict({ engine, actor });
  }

  get allowed(): boolean {
    return this.verdict()?.allowed === true;
  }

  private get adapter(): PortalAdapter | undefined {
    return this.options.portal.adapter;
  }

  /** The rows of the file that are checked against existing contacts through the adapter. */
  private lookup(): ExistingLookup | undefined {
    const adapter = this.adapter;
    if (!adapter) return undefined;
    return async (query) =>
      (await adapter.contacts.lookup({ emails: query.emails, cpfs: query.cpfs })).map(existingOf);
  }

  private storageKey(): string | undefined {
    const company = this.options.portal.actor?.companyId;
    return company ? ['portico', 'csv-importer', 'mapping', company].join('.') : undefined;
  }

  private async remembered(): Promise<SavedMapping | undefined> {
    const key = this.storageKey();
    const text = key ? (this.options.storage ?? defaultStorage)()?.getItem(key) : null;
    if (!text) return undefined;
    const { parseSavedMapping } = await import('../../core/csv/mapping.js');
    try {
      return parseSavedMapping(JSON.parse(text));
    } catch {
      return undefined;
    }
  }

  private async remember(headers: readonly string[], mapping: ColumnMapping): Promise<void> {
    const key = this.storageKey();
    const storage = (this.options.storage ?? defaultStorage)();
    if (!key || !storage) return;
    const { saveMapping } = await import('../../core/csv/mapping.js');
    try {
      storage.setItem(key, JSON.stringify(saveMapping(headers, mapping)));
    } catch {
      // A full or refused storage only means the next file is mapped afresh.
    }
  }

  private update(): void {
    this.host.requestUpdate();
  }

  private async connected(): Promise<CsvImportClient> {
    this.client ??= await this.options.connect();
    return this.client;
  }

  /** Runs one long call; a newer call or a reset makes an older one's answer moot. */
  private async step_<T>(
    busy: ImportController['busy'],
    call: (client: CsvImportClient, signal: AbortSignal) => Promise<T>,
  ): Promise<T | undefined> {
    this.work?.abort();
    const work = (this.work = new AbortController());
    const run = ++this.run;
    this.busy = busy;
    this.notice = undefined;
    this.update();
    try {
      const value = await call(await this.connected(), work.signal);
      return run === this.run ? value : undefined;
    } catch (error) {
      if (run === this.run && !work.signal.aborted) this.notice = { code: 'failed', error };
      return undefined;
    } finally {
      if (run === this.run) {
        this.busy = undefined;
        this.planProgress = undefined;
        this.update();
      }
    }
  }

  /** A file chosen or dropped: a spreadsheet gets "save it as CSV"; a text file is opened. */
  async choose(file: File): Promise<void> {
    if (!this.allowed) return;
    if (spreadsheet.test(file.name)) {
      this.notice = { code: 'spreadsheet', name: file.name };
      this.update();
      return;
    }
    if (file.name && !textFile.test(file.name) && file.type && !file.type.startsWith('text/')) {
      this.notice = { code: 'not-csv', name: file.name };
      this.update();
      return;
    }
    const remembered = await this.remembered();
    this.settings = remembered ? { remembered } : {};
    this.fileName = file.name;
    const preview = await this.step_('opening', (client, signal) =>
      client.open(file, this.settingsWithRoles(), { signal }),
    );
    if (!preview) return;
    this.preview = preview;
    this.settings = { ...this.settings, mapping: preview.mapping };
    this.step = 'mapping';
    this.update();
  }

  /**
   * The settings with the policy's roles as a `role` column may name them (`policyRoleNames`: ids,
   * the element's words, the three locales' names and generic words) and the roles the actor may not
   * give (`importRoleRefusals`, the rule the backend's create refuses with).
   */
  private settingsWithRoles(settings: ImportSettings = this.settings): ImportSettings {
    const { engine } = this.options.portal;
    const words = new Map((this.options.roleNames?.() ?? []).map((role) => [role.id, role.names]));
    if (!engine) {
      const roles = [...words].map(([id, names]) => ({ id, names }));
      return roles.length ? { ...settings, roles } : { ...settings };
    }
    const roles = policyRoleNames(engine.policy, (id) => words.get(id) ?? []);
    return { ...settings, roles, refusedRoles: this.roleRefusals() };
  }

  /** The roles the actor may not give a new contact, and why (`importRoleRefusals`). */
  roleRefusals(): RoleRefusal[] {
    const { engine, actor } = this.options.portal;
    if (!engine || !actor) return [];
    const ids = engine.policy.roles.map((role) => role.id);
    return importRoleRefusals({ engine, actor }, ids);
  }

  /**
   * Reads the file again with `change`; the settings take it only with the preview that shows it (a
   * failed reading leaves both as they were, and the element's controls show them).
   */
  private async reread(change: ImportSettings): Promise<void> {
    const settings = { ...this.settings, ...change };
    const preview = await this.step_('opening', (client, signal) =>
      client.preview(this.settingsWithRoles(settings), { signal }),
    );
    if (preview) {
      this.preview = preview;
      this.settings = { ...settings, mapping: preview.mapping };
      this.update();
    }
  }

  /** Reads the file again in another encoding. */
  setEncoding(encoding: CsvEncoding): Promise<void> {
    return this.reread({ encoding });
  }

  /** Reads the file again with another delimiter (the mapping is suggested again for its columns). */
  setDelimiter(delimiter: CsvDelimiter): Promise<void> {
    return this.reread({ delimiter, mapping: undefined });
  }

  /** Maps a column to a field (or to nothing). */
  setMapping(column: number, field: ImportField | null): Promise<void> {
    const mapping = [...(this.preview?.mapping ?? [])];
    if (column < 0 || column >= mapping.length) return Promise.resolve();
    mapping[column] = field;
    return this.reread({ mapping });
  }

  /** Reads and checks every row (existing contacts looked up through the adapter), then the review. */
  async check(): Promise<void> {
    if (!this.preview || this.preview.blocked || !this.allowed) return;
    const plan = await this.step_('planning', (client, signal) =>
      client.run(this.settingsWithRoles(), {
        signal,
        lookup: this.lookup(),
        progress: (progress) => {
          this.planProgress = progress;
          this.update();
        },
      }),
    );
    if (!plan) return;
    this.plan = plan;
    this.summary = plan.summary;
    void this.remember(plan.headers, plan.mapping);
    this.filter = undefined;
    await this.page(0);
    this.step = 'review';
    this.update();
  }

  /** Shows the rows with one outcome (or a warning), or all. */
  async show(filter: RowOutcome | 'warning' | undefined): Promise<void> {
    this.filter = filter;
    await this.page(0);
  }

  /** Shows the review page starting at `offset`. */
  async page(offset: number): Promise<void> {
    const client = this.client;
    if (!client || !this.plan) return;
    try {
      const page = await client.rows({
        outcome: this.filter,
        offset: Math.max(0, offset),
        limit: importPageSize,
      });
      this.rows = page.rows;
      this.rowTotal = page.total;
      this.offset = Math.max(0, offset);
      if (this.step === 'done') this.resultRows = this.resultsOf(page.rows);
    } catch (error) {
      this.notice = { code: 'failed', error };
    }
    this.update();
  }

  /** Fixes a cell: the row (and rows sharing its e-mail or CPF) are checked again. */
  async edit(index: number, column: number, value: string): Promise<void> {
    const fixed = await this.step_('fixing', (client) =>
      client.edit(index, column, value, { lookup: this.lookup() }),
    );
    if (!fixed) return;
    this.summary = fixed.summary;
    const changed = new Map(fixed.rows.map((row) => [row.index, row]));
    this.rows = this.rows.map((row) => changed.get(row.index) ?? row);
    this.update();
  }

  /** Leaves a row out of the import, or puts it back (checked again). */
  async drop(index: number, drop: boolean): Promise<void> {
    const fixed = await this.step_('fixing', (client) =>
      client.drop(index, drop, { lookup: this.lookup() }),
    );
    if (!fixed) return;
    this.summary = fixed.summary;
    const changed = new Map(fixed.rows.map((row) => [row.index, row]));
    this.rows = this.rows.map((row) => changed.get(row.index) ?? row);
    this.update();
  }

  /** Accepts a suggested fix for every row like it ("apply to all N rows like this"). */
  async applySuggestion(field: string, code: string): Promise<void> {
    const fixed = await this.step_('fixing', (client) =>
      client.applySuggestion(field, code, { lookup: this.lookup() }),
    );
    if (!fixed) return;
    this.summary = fixed.summary;
    await this.page(this.offset);
  }

  /** Skip or update the rows of existing contacts. */
  async setExisting(policy: ExistingPolicy): Promise<void> {
    const summary = await this.step_('fixing', (client) => client.setExistingPolicy(policy));
    if (!summary) return;
    this.summary = summary;
    this.settings = { ...this.settings, existing: policy };
    await this.page(this.offset);
  }

  /** Back to the mapping (the file stays open). */
  back(): void {
    if (this.step === 'review') {
      this.step = 'mapping';
      this.update();
    }
  }

  /**
   * Every row of the file by what became of it, for the result: the adapter's answers, plus the rows
   * never sent — those the plan skipped (duplicates, existing contacts, rows left out) count as skipped,
   * those it refused as not written (`failed`).
   */
  get fileCounts(): { created: number; updated: number; skipped: number; failed: number } {
    const summary = this.summary;
    return {
      ...this.counts,
      skipped: this.counts.skipped + (summary?.skip ?? 0),
      failed: this.counts.failed + (summary?.error ?? 0),
    };
  }

  /** The summary the request and done events carry. */
  importSummary(): ImportSummary {
    const summary = this.summary;
    return {
      fileName: this.fileName,
      rows: summary?.rows ?? 0,
      create: summary?.create ?? 0,
      update: summary?.update ?? 0,
      skip: summary?.skip ?? 0,
      error: summary?.error ?? 0,
      ...this.counts,
    };
  }

  /**
   * Writes the plan: `portico-import-request` first (cancelable: nothing is written when a host
   * prevents it), then batches of at most 500 rows through `contacts.import`, with progress.
   */
  async start(): Promise<void> {
    const adapter = this.adapter;
    const summary = this.summary;
    if (!adapter || !summary || this.step !== 'review' || !this.allowed) return;
    if (!emit(this.host, 'portico-import-request', this.importSummary())) {
      this.notice = { code: 'vetoed' };
      this.update();
      return;
    }
    this.importId = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
    this.batch = 0;
    this.next = 0;
    this.results.clear();
    this.refusals.clear();
    this.counts = { created: 0, updated: 0, skipped: 0, failed: 0 };
    this.write = {
      total: summary.create + summary.update,
      done: 0,
      startedAt: Date.now(),
      rate: 0,
      secondsLeft: undefined,
    };
    this.step = 'importing';
    await this.resume();
  }

  /** Goes on from the last confirmed batch (after a failure: the failed batch is sent again, same key). */
  async resume(): Promise<void> {
    const adapter = this.adapter;
    const client = this.client;
    const write = this.write;
    if (!adapter || !client || !write || this.step !== 'importing') return;
    this.cancelRequested = false;
    this.notice = undefined;
    this.busy = 'planning';
    this.update();
    const existing = this.summary?.existing ?? 'skip';
    try {
      while (this.next !== null && !this.cancelRequested) {
        const { writes, next } = await client.writes(this.next, importBatchSize);
        if (writes.length) {
          const rows: ImportRow[] = writes.map((w) => {
            const row: ImportRow = { contact: w.input };
            if (w.existing) row.version = w.existing.version;
            return row;
          });
          // Three tasks a batch, not one: reading the Worker's answer, the adapter's call (an adapter
          // in the page, like the MemoryAdapter, does its writing there), then counting and showing.
          await nextTask();
          const answer: ImportResult = await adapter.contacts.import(rows, {
            existing,
            idempotencyKey: importBatchKey(this.importId, this.batch),
          });
          await nextTask();
          writes.forEach((w, i) => {
            const result = answer.results[i];
            if (!result) return;
            const row = rowResultOf(w.index, result);
            this.results.set(w.index, row);
            if (result.status === 'error') this.refusals.set(w.index, result);
            this.counts[row.status]++;
          });
          write.done += writes.length;
          const seconds = (Date.now() - write.startedAt) / 1000;
          write.rate = seconds > 0 ? write.done / seconds : write.done;
          write.secondsLeft = write.rate > 0 ? (write.total - write.done) / write.rate : undefined;
          emit(this.host, 'portico-import-progress', {
            done: write.done,
            total: write.total,
            ...this.counts,
          });
        }
        this.batch++;
        this.next = next;
        this.update();
      }
    } catch (error) {
      // The batch on its way is not confirmed: resume() sends it again with the same key.
      this.busy = undefined;
      this.notice = { code: 'import-failed', error };
      this.update();
      return;
    }
    this.busy = undefined;
    if (this.cancelRequested && this.next !== null) {
      this.notice = { code: 'cancelled', written: this.counts.created + this.counts.updated };
    }
    await this.finish();
  }

  /** Stops after the batch on its way; what was written is reported. */
  cancel(): void {
    if (this.step !== 'importing') return;
    this.cancelRequested = true;
    if (this.busy === undefined) {
      // Stopped on a failure: nothing is on its way.
      this.notice = { code: 'cancelled', written: this.counts.created + this.counts.updated };
      void this.finish();
    }
    this.update();
  }

  private async finish(): Promise<void> {
    this.step = 'done';
    this.filter = undefined;
    emit(this.host, 'portico-import-done', {
      ...this.importSummary(),
      cancelled: this.cancelRequested && this.next !== null,
    });
    await this.page(0);
  }

  private resultsOf(rows: readonly PlanRowView[]): ResultRow[] {
    return rows.map((view) => {
      const row: ResultRow = { view, result: this.results.get(view.index) };
      const refusal = this.refusals.get(view.index);
      if (refusal) row.error = refusal;
      return row;
    });
  }

  /**
   * The result file: the file's columns plus a result and a details column. `failedOnly`: only the rows
   * not written (refused by the checks or by the adapter), to fix and import again.
   */
  async resultCsv(labels: ResultLabels, failedOnly: boolean): Promise<string> {
    const client = await this.connected();
    return client.resultCsv(labels, [...this.results.values()], {
      failedOnly,
      cancelled: this.cancelled,
    });
  }

  /** Writing was cancelled before every row was sent: rows never sent say so, on screen and in the file. */
  get cancelled(): boolean {
    return this.notice?.code === 'cancelled';
  }

  /** The template in a locale (`;`, UTF-8 with BOM). */
  async template(locale: 'pt-BR' | 'en' | 'es'): Promise<string> {
    const { writeTemplate } = await import('../../core/csv/writer.js');
    return writeTemplate(locale);
  }

  /** Starts again with another file. */
  reset(): void {
    this.work?.abort();
    this.run++;
    this.step = 'file';
    this.busy = undefined;
    this.notice = undefined;
    this.preview = undefined;
    this.plan = undefined;
    this.summary = undefined;
    this.rows = [];
    this.resultRows = [];
    this.write = undefined;
    this.results.clear();
    this.refusals.clear();
    this.update();
  }

  /** Ends the Worker (the element is gone). */
  close(): void {
    this.work?.abort();
    this.client?.close();
    this.client = undefined;
  }

  /** Whether an error is the adapter saying the actor may not import. */
  static forbidden(error: unknown): boolean {
    return AdapterError.is(error) && error.kind === 'forbidden';
  }
}
