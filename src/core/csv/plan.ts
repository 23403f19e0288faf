/**
 * The import plan (a dry run): every data row of the file with exactly one outcome — `create`,
 * `update`, `skip` (with why) or `error` (each field with its code) — and its warnings. Nothing is lost
 * or counted twice: blank rows are counted apart, every other record is a row of the plan (a property
 * test checks the accounting).
 *
 * A row's outcome, in order:
 * 1. `error` when the row is malformed (too few or too many fields, an unterminated quote) or a value
 *    is refused (the validators' codes, `csv-boolean`, `csv-role-unknown`, `csv-role-ambiguous`,
 *    `csv-document-type`);
 * 2. `skip` when an earlier valid row has the same e-mail or CPF (`csv-duplicate-email` /
 *    `csv-duplicate-cpf`, `params.firstRow`);
 * 3. against existing contacts (looked up in batches through a callback the element wires to the
 *    adapter): `error` when the CPF belongs to a contact with another e-mail (`csv-cpf-taken`: an import
 *    never changes an e-mail), otherwise `update` or `skip` (`csv-exists`) as the user chose;
 * 4. `error` when the row names a role the actor may not give (`csv-role-refused`, from the rules'
 *    `importRoleRefusals`: what the backend's create would answer);
 * 5. `create`.
 *
 * The element shows pages of rows ({@link ImportPlan.query}), fixes a cell in place
 * ({@link ImportPlan.edit}: the row is checked again, and rows whose duplicates change with it too),
 * and applies a suggestion to every row like it ({@link ImportPlan.applySuggestion}).
 *
 * Memory: a row is kept as the text it was written as — a span of the piece of decoded text the
 * parser read it from, so the plan holds the file's text once and copies none of it — re-parsed when
 * shown or written; an edited row as its cells written out again. Issues are kept only for rows that
 * have some, and not even for a row the validators refused with errors alone (no warning among them,
 * at most one fix offered): such a row is only marked, with the kind of the fix it is offered (what
 * the counts read), and checked again from its text when its issues are asked for (the row reader is
 * deterministic). A file's bad rows would otherwise each keep a few small objects alive, which every
 * collection of the young generation would copy.
 *
 * @module
 */
import type { ContactInput } from '../model/index.js';
import { emailKey } from '../validation/index.js';
import { csvCodes, type FileIssue, type RowIssue } from './issues.js';
import type { ColumnMapping } from './mapping.js';
import { KeyTable, NO_KEY } from './key-table.js';
import { PackedStrings } from './packed-strings.js';
import { parseRecord, recordFlags } from './parser.js';
import { CsvCancelledError } from './reader.js';
import { RowReader, type RowReaderOptions } from './row.js';
import { TrailingWidths, trailingFieldsNote } from './shape.js';
import { formatCsvField } from './writer.js';

/** What becomes of a row. */
export const rowOutcomes = Object.freeze(['create', 'update', 'skip', 'error'] as const);
export type RowOutcome = (typeof rowOutcomes)[number];

const CREATE = 0;
const UPDATE = 1;
const SKIP = 2;
const ERROR = 3;

/** What to do with a row whose e-mail belongs to an existing contact. */
export type ExistingPolicy = 'skip' | 'update';

/** An existing contact as the lookup returns it. */
export interface ExistingContact {
  id: string;
  email: string;
  /** The CPF (digits, or masked) when the contact has one. */
  cpf?: string;
  version: number;
}

/** One batch of keys to look up: normalised e-mails (lower case) and CPFs (11 digits). */
export interface ExistingQuery {
  emails: string[];
  cpfs: string[];
}

/**
 * Contacts changed elsewhere: their ids, and their e-mails and CPFs when known (created or updated);
 * `all` when what changed is not known (every row is looked up again).
 */
export interface ExistingChange {
  all?: boolean;
  ids?: readonly string[];
  emails?: readonly string[];
  cpfs?: readonly string[];
}

/** Finds the existing contacts with any of the e-mails or CPFs (the element wires it to the adapter). */
export type ExistingLookup = (query: ExistingQuery) => Promise<readonly ExistingContact[]>;

/** Options of a plan. */
export interface PlanOptions extends RowReaderOptions {
  /** Existing contacts: skip them (default) or update them. */
  existing?: ExistingPolicy;
}

/** Rows with the same fix offered: "apply to all N rows like this". */
export interface SuggestionGroup {
  field: string;
  code: string;
  column?: number;
  count: number;
}

/** Counts of a plan. `create + update + skip + error === rows`. */
export interface PlanSummary {
  rows: number;
  create: number;
  update: number;
  skip: number;
  error: number;
  /** Rows with at least one warning (whatever their outcome). */
  withWarnings: number;
  /** Blank lines and rows of empty cells: skipped, counted here, not rows of the plan. */
  blank: number;
  existing: ExistingPolicy;
  /** Whether existing contacts were looked up (false: none is known to exist). */
  checkedExisting: boolean;
  suggestions: SuggestionGroup[];
}

/** A row as the element shows it. `row` is the spreadsheet's row number, `line` the text line it starts on. */
export interface PlanRowView {
  index: number;
  row: number;
  line: number;
  cells: string[];
  outcome: RowOutcome;
  issues: RowIssue[];
  /** The existing contact it updates or skips. */
  existing?: { id: string; version: number };
}

/** Which rows a page shows. */
export interface RowQuery {
  /** Only rows with this outcome, or with a warning. */
  outcome?: RowOutcome | 'warning';
  /** Only rows with an issue of this code (and field, when given). */
  code?: string;
  field?: string;
  offset?: number;
  limit?: number;
}

/** A page of rows. */
export interface RowPage {
  /** How many rows match the query. */
  total: number;
  rows: PlanRowView[];
}

/**
 * One row to write: a contact to create, or the contact input of an existing one to update (the adapter
 * updates its profile only: never its e-mail, which is how it is found, nor its access).
 */
export interface ImportWrite {
  index: number;
  row: number;
  kind: 'create' | 'update';
  input: ContactInput;
  /** For an update: the existing contact, and the version it had when it was looked up. */
  existing?: { id: string; version: number };
}

interface Match {
  contact?: ExistingContact;
  conflict?: ExistingContact;
}

/** The plan of one file read with one mapping; see the module comment. */
export class ImportPlan {
  readonly headers: readonly string[];
  readonly mapping: ColumnMapping;
  private readonly reader: RowReader;
  private policy: ExistingPolicy;
  /** Each row's text (see the module comment), packed. */
  private readonly texts = new PackedStrings();
  private rowNumbers = new Int32Array(1024);
  private lines = new Int32Array(1024);
  private outcomes = new Uint8Array(1024);
  private readonly base = new Map<number, RowIssue[]>();
  /**
   * For each row whose own issues are the row reader's errors, not kept in {@link base} but found
   * again from its text ({@link ownIssues}; see the module comment): 1, or 2 + k when one of them
   * offers a fix of kind k ({@link fixKinds}). 0 for every other row.
   */
  private recheck = new Uint8Array(1024);
  /** The kinds of fix the rows marked in {@link recheck} are offered, numbered in the order met. */
  private readonly fixKinds: Omit<SuggestionGroup, 'count'>[] = [];
  /** Rows naming a role the actor may not give (`csv-role-refused`): an error unless they update. */
  private readonly refused = new Map<number, RowIssue>();
  /** Each row's e-mail and CPF, as their numbers in {@link emails} and {@link cpfs} (`NO_KEY`: none). */
  private emailIds = new Int32Array(1024);
  private cpfIds = new Int32Array(1024);
  private readonly emails = new KeyTable(1024, true);
  private readonly cpfs = new KeyTable();
  /** The columns of the e-mail and of the document number (-1 when unmapped): where keys are read. */
  private readonly emailColumn: number;
  private readonly cpfColumn: number;
  /** Whether the keys of the rows read are numbered and their duplicates known ({@link settleKeys}). */
  private keysSettled = false;
  private readonly matches = new Map<number, Match>();
  /** 1 for each row whose e-mail and CPF were looked up among existing contacts. */
  private lookedUp = new Uint8Array(1024);
  /** Rows the person left out at review ({@link drop}). */
  private readonly dropped = new Set<number>();
  private checkedExisting = false;
  /** Rows read with extra empty fields, by width: the file's usual shape ({@link settleShape}). */
  private readonly trailing = new TrailingWidths();
  private shape: FileIssue | null | undefined;
  private blanks = 0;
  private cached: PlanSummary | undefined;

  /** The delimiter rows are stored with. */
  private readonly delimiter: string;

  constructor(
    headers: readonly string[],
    mapping: ColumnMapping,
    options: PlanOptions & { delimiter?: string } = {},
  ) {
    this.headers = headers;
    this.delimiter = options.delimiter ?? ';';
    this.mapping = mapping;
    this.reader = new RowReader(mapping, options);
    this.emailColumn = mapping.indexOf('email');
    this.cpfColumn = mapping.indexOf('document.number');
    this.policy = options.existing ?? 'skip';
  }

  /** How many rows the plan has. */
  get size(): number {
    return this.texts.length;
  }

  /** Counts a blank line or a record of empty cells. */
  addBlank(): void {
    this.blanks++;
    this.cached = undefined;
  }

  /**
   * Adds a record read from the file (the parser's `flags`, `quoteLine` and `text`, when the record
   * was parsed with this plan's delimiter, and its `source` and `start`: the row's text is then kept
   * as a span of `source`; with the parser's `starts`, so are its e-mail and CPF keys); a record of
   * empty cells is counted as blank instead. Returns whether it became a row.
   */
  add(
    cells: string[],
    row: number,
    line: number,
    flags = 0,
    quoteLine = 0,
    text?: string,
    source?: string,
    start = 0,
    starts?: Int32Array,
  ): boolean {
    if (isBlank(cells)) {
      this.addBlank();
      return false;
    }
    const index = this.texts.length;
    if (index === this.outcomes.length) {
      this.outcomes = grow(this.outcomes);
      this.lookedUp = grow(this.lookedUp);
      this.emailIds = grow(this.emailIds);
      this.cpfIds = grow(this.cpfIds);
      this.recheck = grow(this.recheck);
      this.rowNumbers = grow(this.rowNumbers);
      this.lines = grow(this.lines);
    }
    let issues: RowIssue[] | undefined;
    if (flags !== 0) {
      text = undefined;
      issues = [];
    }
    if (flags & recordFlags.unterminatedQuote) {
      issues = issues ?? [];
      issues.push({
        severity: 'error',
        code: csvCodes.unterminatedQuote,
        field: '',
        params: { line: quoteLine },
      });
    }
    if (flags & recordFlags.strayQuote) {
      issues = issues ?? [];
      issues.push({ severity: 'warning', code: csvCodes.strayQuote, field: '' });
    }
    this.rowNumbers[index] = row;
    this.lines[index] = line;
    // A new row has no existing match yet: its outcome is known from the check alone.
    this.outcomes[index] = this.checkInto(index, cells, issues, text, false, source, start, starts);
    this.cached = undefined;
    return true;
  }

  /**
   * Checks `cells` as row `index`: structure, then values; stores the row (extra empty cells dropped;
   * as `text` when given and nothing was dropped) with its issues and its keys, indexed for duplicates.
   */
  private checkInto(
    index: number,
    cells: string[],
    initial: RowIssue[] | undefined,
    text: string | undefined,
    replacing: boolean,
    source?: string,
    start = 0,
    starts?: Int32Array,
  ): number {
    const expected = this.headers.length;
    let issues = initial;
    let kept = cells;
    if (cells.length !== expected) {
      issues = issues ?? [];
      if (cells.length > expected) {
        let last = cells.length;
        while (last > expected && cells[last - 1]!.trim() === '') last--;
        if (last > expected) {
          issues.push(fieldCount(csvCodes.tooManyFields, 'error', expected, cells.length));
        } else {
          issues.push(fieldCount(csvCodes.extraEmptyFields, 'warning', expected, cells.length));
          if (!replacing) this.trailing.add(cells.length);
          kept = cells.slice(0, expected);
          text = undefined;
        }
      } else issues.push(fieldCount(csvCodes.tooFewFields, 'error', expected, cells.length));
    }
    const stored = text ?? this.serialize(kept);
    // `text` is a span of `source` unless a structural fix made another text of the row.
    const span = text !== undefined && source !== undefined;
    if (replacing) this.refused.delete(index);

    let email: string | undefined;
    let cpf: string | undefined;
    let error = issues !== undefined && issues.some(isError);
    let recheck = 0;
    if (!error) {
      // A malformed row's values are shifted: judging them would only add noise.
      const check = this.reader.judge(kept);
      if (check.issues.length > 0) {
        if (issues === undefined && !check.valid) recheck = this.recheckOf(check.issues);
        issues = issues ? [...issues, ...check.issues] : check.issues;
        error = !check.valid;
      }
      if (check.refused) this.refused.set(index, check.refused);
      // The e-mail is normalised already: its key is its lower case (the table's).
      email = check.email;
      cpf = check.cpf;
    }
    // `kept` is then what `cellsOf` reads back from the row's text: the row had no structural issue.
    this.recheck[index] = recheck;
    if (issues !== undefined && issues.length > 0 && recheck === 0) this.base.set(index, issues);
    else if (replacing) this.base.delete(index);
    if (replacing) this.texts.set(index, stored);
    else if (span) this.texts.pushSpan(source, start, start + stored.length);
    else this.texts.push(stored);
    // While the file is read, keys are only gathered: a row's duplicates are known once every key is
    // ({@link settleKeys}); after that, a row checked again is indexed at once. A key that is its
    // cell as the file has it is kept as a span of the text kept anyway (see `KeyTable.hold`).
    const spans = span ? starts : undefined;
    const emailId =
      email === undefined
        ? NO_KEY
        : this.hold(this.emails, index, email, this.emailColumn, cells, source, spans);
    const cpfId =
      cpf === undefined
        ? NO_KEY
        : this.hold(this.cpfs, index, cpf, this.cpfColumn, cells, source, spans);
    this.emailIds[index] = emailId;
    this.cpfIds[index] = cpfId;
    let first = index;
    if (emailId >= 0) first = this.emails.first(emailId)!;
    if (cpfId >= 0) first = Math.min(first, this.cpfs.first(cpfId)!);
    return error ? ERROR : first !== index ? SKIP : this.refused.has(index) ? ERROR : CREATE;
  }

  /**
   * The {@link recheck} mark of a row the row reader refused with `issues`: 1 when they are errors
   * alone, 2 + k when one of them offers a fix of kind k; 0 when they are to be kept (a warning among
   * them, more than one fix, or more kinds of fix than a byte can name).
   */
  private recheckOf(issues: readonly RowIssue[]): number {
    let mark = 1;
    for (const issue of issues) {
      if (issue.severity !== 'error') return 0;
      if (issue.params?.suggestion === undefined) continue;
      if (mark !== 1) return 0;
      const kinds = this.fixKinds;
      let kind = kinds.findIndex(
        (known) =>
          known.field === issue.field && known.code === issue.code && known.column === issue.column,
      );
      if (kind < 0) {
        if (kinds.length === 254) return 0;
        kind = kinds.push({ field: issue.field, code: issue.code, column: issue.column }) - 1;
      }
      mark = 2 + kind;
    }
    return mark;
  }

  /**
   * `keys.hold(index, key)`, with the span of `source` where the key is written when it is the cell of
   * `column` itself (not a value the validators cleaned) and the parser found that cell as written
   * (`starts`: the parser's, given only when the row's text is a span of `source`).
   */
  private hold(
    keys: KeyTable,
    index: number,
    key: string,
    column: number,
    cells: readonly string[],
    source: string | undefined,
    starts: Int32Array | undefined,
  ): number {
    const at = starts !== undefined && column >= 0 && key === cells[column] ? starts[column]! : -1;
    return at >= 0 ? keys.hold(index, key, source, at) : keys.hold(index, key);
  }

  /**
   * Numbers the keys gathered while the file was read and marks each row holding an earlier valid
   * row's e-mail or CPF as a duplicate. Done once, before anything is asked of the plan.
   */
  private settleKeys(): void {
    if (this.keysSettled) return;
    this.keysSettled = true;
    const size = this.texts.length;
    const repeated = new Uint8Array(size);
    this.emails.settle(this.emailIds, repeated);
    this.cpfs.settle(this.cpfIds, repeated);
    for (let index = 0; index < size; index++) {
      if (repeated[index] === 1) this.outcomes[index] = SKIP;
    }
  }

  /** Cells written as one record with the plan's delimiter (parsed back by {@link cellsOf}). */
  private serialize(cells: readonly string[]): string {
    if (cells.length === 1 && cells[0] === '') return '""';
    const options = { delimiter: this.delimiter, escapeFormulas: false };
    return cells.map((cell) => formatCsvField(cell, options)).join(this.delimiter);
  }

  /** The outcome of row `index` from its issues, duplicates and existing match. */
  private derive(index: number): number {
    if (this.dropped.has(index)) return SKIP;
    if (this.recheck[index] !== 0 || this.base.get(index)?.some(isError)) return ERROR;
    if (this.duplicateOf(index, this.emails, this.emailIds) !== undefined) return SKIP;
    if (this.duplicateOf(index, this.cpfs, this.cpfIds) !== undefined) return SKIP;
    const match = this.matches.get(index);
    if (match?.conflict) return ERROR;
    if (match?.contact) return this.policy === 'update' ? UPDATE : SKIP;
    return this.refused.has(index) ? ERROR : CREATE;
  }

  /**
   * Once every row is read: when most lines end with the same extra empty fields (see `./shape.ts`),
   * their rows' `csv-extra-empty-fields` warnings go and the file's note is returned, to be said once;
   * a row of another width keeps its warning. Answers the same note when called again.
   */
  settleShape(): FileIssue | undefined {
    this.settleKeys();
    if (this.shape !== undefined) return this.shape ?? undefined;
    const expected = this.headers.length;
    const usual = this.trailing.usual(this.texts.length, expected);
    this.shape = usual ? trailingFieldsNote(usual.width, expected) : null;
    if (!usual) return undefined;
    const usualShape = (issue: RowIssue) =>
      issue.code === csvCodes.extraEmptyFields && issue.params?.found === usual.width;
    for (const [index, issues] of this.base) {
      if (!issues.some(usualShape)) continue;
      const kept = issues.filter((issue) => !usualShape(issue));
      if (kept.length > 0) this.base.set(index, kept);
      else this.base.delete(index);
    }
    this.cached = undefined;
    return this.shape ?? undefined;
  }

  /** The earlier row holding the same key as row `index`, if any. */
  private duplicateOf(index: number, keys: KeyTable, ids: Int32Array): number | undefined {
    const first = keys.first(ids[index]!);
    return first !== undefined && first !== index ? first : undefined;
  }

  /** Every issue of row `index`: its own, then duplicates and existing contacts. */
  issuesOf(index: number): RowIssue[] {
    this.settleKeys();
    if (this.dropped.has(index)) return [{ severity: 'skip', code: csvCodes.dropped, field: '' }];
    const issues = this.ownIssues(index);
    if (issues.some(isError)) return issues;
    const email = this.duplicateOf(index, this.emails, this.emailIds);
    if (email !== undefined) {
      issues.push(this.duplicateIssue(csvCodes.duplicateEmail, 'email', email));
    }
    const cpf = this.duplicateOf(index, this.cpfs, this.cpfIds);
    if (cpf !== undefined) {
      issues.push(this.duplicateIssue(csvCodes.duplicateCpf, 'document.number', cpf));
    }
    if (email !== undefined || cpf !== undefined) return issues;
    const match = this.matches.get(index);
    if (match?.conflict) {
      issues.push(
        this.withColumn({
          severity: 'error',
          code: csvCodes.cpfTaken,
          field: 'document.number',
          params: { contactId: match.conflict.id },
        }),
      );
    } else if (match?.contact && this.policy === 'skip') {
      issues.push(
        this.withColumn({
          severity: 'skip',
          code: csvCodes.exists,
          field: 'email',
          params: { contactId: match.contact.id },
        }),
      );
    } else if (!match?.contact) {
      const refused = this.refused.get(index);
      if (refused) issues.push(refused);
    }
    return issues;
  }

  /** The kind of fix row `index` is offered when its issues are not kept (its {@link recheck} mark). */
  private fixKindOf(index: number): Omit<SuggestionGroup, 'count'> | undefined {
    const mark = this.recheck[index]!;
    return mark >= 2 ? this.fixKinds[mark - 2] : undefined;
  }

  /** A new array of row `index`'s own issues: kept, or found again from its text. */
  private ownIssues(index: number): RowIssue[] {
    if (this.recheck[index] !== 0) return this.reader.judge(this.cellsOf(index)).issues;
    return [...(this.base.get(index) ?? [])];
  }

  private duplicateIssue(code: string, field: string, first: number): RowIssue {
    return this.withColumn({
      severity: 'skip',
      code,
      field,
      params: { firstRow: this.rowNumbers[first]! },
    });
  }

  private withColumn(issue: RowIssue): RowIssue {
    const column = this.reader.columnOf(issue.field);
    if (column !== undefined) issue.column = column;
    return issue;
  }

  /** The cells of row `index` (extra empty cells beyond the header left out). */
  cellsOf(index: number): string[] {
    const cells = parseRecord(this.texts.get(index)!, this.delimiter);
    while (cells.length > this.headers.length && cells[cells.length - 1]!.trim() === '')
      cells.pop();
    return cells;
  }

  /** Row `index` as the element shows it. */
  view(index: number): PlanRowView {
    this.settleKeys();
    if (!Number.isInteger(index) || index < 0 || index >= this.texts.length) {
      throw new RangeError(`No row ${index}`);
    }
    const view: PlanRowView = {
      index,
      row: this.rowNumbers[index]!,
      line: this.lines[index]!,
      cells: this.cellsOf(index),
      outcome: rowOutcomes[this.outcomes[index]!]!,
      issues: this.issuesOf(index),
    };
    const match = this.matches.get(index);
    const contact = match?.contact ?? match?.conflict;
    if (contact) view.existing = { id: contact.id, version: contact.version };
    return view;
  }

  /** A page of the rows that match `query`, in file order. */
  query(query: RowQuery = {}): RowPage {
    this.settleKeys();
    const offset = Math.max(0, query.offset ?? 0);
    const limit = Math.max(0, query.limit ?? 100);
    const wanted = query.outcome ? rowOutcomes.indexOf(query.outcome as RowOutcome) : -1;
    const rows: PlanRowView[] = [];
    let total = 0;
    for (let index = 0; index < this.texts.length; index++) {
      if (wanted >= 0 && this.outcomes[index] !== wanted) continue;
      if (query.outcome === 'warning' && !this.base.get(index)?.some(isWarning)) continue;
      if (query.code !== undefined) {
        const hit = this.issuesOf(index).some(
          (issue) =>
            issue.code === query.code && (query.field === undefined || issue.field === query.field),
        );
        if (!hit) continue;
      }
      if (total >= offset && rows.length < limit) rows.push(this.view(index));
      total++;
    }
    return { total, rows };
  }

  /** The counts of the plan (computed once per change). */
  get summary(): PlanSummary {
    this.settleKeys();
    if (this.cached) return this.cached;
    const counts = [0, 0, 0, 0];
    for (let index = 0; index < this.texts.length; index++) counts[this.outcomes[index]!]!++;
    let withWarnings = 0;
    const groups = new Map<string, SuggestionGroup>();
    const tally = (kind: Omit<SuggestionGroup, 'count'>) => {
      const key = `${kind.field}\n${kind.code}`;
      const group = groups.get(key);
      if (group) group.count++;
      else {
        const entry: SuggestionGroup = { field: kind.field, code: kind.code, count: 1 };
        if (kind.column !== undefined) entry.column = kind.column;
        groups.set(key, entry);
      }
    };
    for (const issues of this.base.values()) {
      if (issues.some(isWarning)) withWarnings++;
      for (const issue of issues) {
        if (issue.params?.suggestion !== undefined) tally(issue);
      }
    }
    // The rows whose issues are found again, by the kind of fix their mark names.
    for (let index = 0; index < this.texts.length; index++) {
      const kind = this.fixKindOf(index);
      if (kind) tally(kind);
    }
    this.cached = {
      rows: this.texts.length,
      create: counts[CREATE]!,
      update: counts[UPDATE]!,
      skip: counts[SKIP]!,
      error: counts[ERROR]!,
      withWarnings,
      blank: this.blanks,
      existing: this.policy,
      checkedExisting: this.checkedExisting,
      suggestions: [...groups.values()],
    };
    return this.cached;
  }

  /**
   * Sets cell `column` of row `index` to `value` and checks the row again (its parse flags are
   * dropped: the user has looked at it). Cells are padded to the header's length, and extra empty
   * cells dropped. Returns the indexes of every row whose outcome or issues may have changed, the
   * edited one first: rows sharing its old or new e-mail or CPF.
   */
  edit(index: number, column: number, value: string): number[] {
    this.settleKeys();
    if (!Number.isInteger(index) || index < 0 || index >= this.texts.length) {
      throw new RangeError(`No row ${index}`);
    }
    const cells = this.cellsOf(index);
    if (
      !Number.isInteger(column) ||
      column < 0 ||
      column >= Math.max(cells.length, this.headers.length)
    ) {
      throw new RangeError(`No column ${column}`);
    }
    while (cells.length < this.headers.length) cells.push('');
    cells[column] = String(value).replaceAll('\0', '');
    // Editing a row left out puts it back.
    this.dropped.delete(index);
    while (cells.length > this.headers.length && cells[cells.length - 1]!.trim() === '')
      cells.pop();

    const affected = new Set<number>([index]);
    const oldEmail = this.emailIds[index]!;
    const oldCpf = this.cpfIds[index]!;
    for (const row of this.emails.rows(oldEmail)) affected.add(row);
    this.emails.remove(oldEmail, index);
    for (const row of this.cpfs.rows(oldCpf)) affected.add(row);
    this.cpfs.remove(oldCpf, index);
    this.checkInto(index, cells, undefined, undefined, true);
    const email = this.emailIds[index]!;
    const cpf = this.cpfIds[index]!;
    for (const row of this.emails.rows(email)) affected.add(row);
    for (const row of this.cpfs.rows(cpf)) affected.add(row);
    if (email !== oldEmail || cpf !== oldCpf) {
      this.matches.delete(index);
      this.lookedUp[index] = 0;
    }
    for (const row of affected) this.outcomes[row] = this.derive(row);
    this.cached = undefined;
    return [...affected].sort((a, b) => a - b);
  }

  /**
   * Leaves row `index` out of the import (`drop`: a `skip` saying the person chose it, its e-mail and
   * CPF no longer counted for duplicates) or puts it back (checked again as it is now, like an edited
   * row). Returns the rows whose outcome or issues may have changed, the row itself first.
   */
  drop(index: number, drop = true): number[] {
    this.settleKeys();
    if (!Number.isInteger(index) || index < 0 || index >= this.texts.length) {
      throw new RangeError(`No row ${index}`);
    }
    if (drop === this.dropped.has(index)) return [index];
    const affected = new Set<number>([index]);
    const email = this.emailIds[index]!;
    const cpf = this.cpfIds[index]!;
    if (drop) {
      for (const row of this.emails.rows(email)) affected.add(row);
      this.emails.remove(email, index);
      for (const row of this.cpfs.rows(cpf)) affected.add(row);
      this.cpfs.remove(cpf, index);
      this.emailIds[index] = NO_KEY;
      this.cpfIds[index] = NO_KEY;
      this.matches.delete(index);
      this.lookedUp[index] = 0;
      this.dropped.add(index);
    } else {
      this.dropped.delete(index);
      this.checkInto(index, this.cellsOf(index), undefined, undefined, true);
      for (const row of this.emails.rows(this.emailIds[index]!)) affected.add(row);
      for (const row of this.cpfs.rows(this.cpfIds[index]!)) affected.add(row);
    }
    for (const row of affected) this.outcomes[row] = this.derive(row);
    this.cached = undefined;
    return [...affected].sort((a, b) => a - b);
  }

  /**
   * Accepts the fix offered by every issue of `code` on `field` (e.g. `cpf-leading-zeros` on
   * `document.number`): each such cell takes its `suggestion`. Returns the rows changed.
   */
  applySuggestion(field: string, code: string): number[] {
    this.settleKeys();
    const changed = new Set<number>();
    const targets: [number, number, string][] = [];
    const offers = (index: number, issues: readonly RowIssue[]) => {
      for (const issue of issues) {
        const suggestion = issue.params?.suggestion;
        if (issue.code === code && issue.field === field && suggestion !== undefined) {
          if (issue.column !== undefined) targets.push([index, issue.column, String(suggestion)]);
        }
      }
    };
    for (const [index, issues] of this.base) offers(index, issues);
    for (let index = 0; index < this.texts.length; index++) {
      const kind = this.fixKindOf(index);
      if (kind?.field === field && kind.code === code) offers(index, this.ownIssues(index));
    }
    targets.sort((a, b) => a[0] - b[0]);
    for (const [index, column, suggestion] of targets) {
      for (const row of this.edit(index, column, suggestion)) changed.add(row);
    }
    return [...changed].sort((a, b) => a - b);
  }

  /** Chooses what happens to rows of existing contacts. */
  setExistingPolicy(policy: ExistingPolicy): void {
    this.settleKeys();
    if (policy !== 'skip' && policy !== 'update')
      throw new RangeError(`Unknown policy ${String(policy)}`);
    if (policy === this.policy) return;
    this.policy = policy;
    for (const index of this.matches.keys()) this.outcomes[index] = this.derive(index);
    this.cached = undefined;
  }

  /**
   * Contacts changed elsewhere (the change feed: created, updated or removed by another session):
   * every row matched to one of `ids`, or holding one of `emails` (normalised, any case) or `cpfs`
   * (digits), is marked to be looked up again, and its match dropped until it is — the next
   * {@link lookupExisting} checks exactly those rows. Returns how many rows were marked.
   */
  forgetExisting(change: ExistingChange): number {
    this.settleKeys();
    const marked = new Set<number>();
    if (change.all) {
      for (let index = 0; index < this.texts.length; index++) {
        if (this.emailIds[index] !== NO_KEY || this.cpfIds[index] !== NO_KEY) marked.add(index);
      }
    }
    const ids = new Set(change.ids ?? []);
    if (ids.size > 0) {
      for (const [index, match] of this.matches) {
        const contact = match.contact ?? match.conflict;
        if (contact && ids.has(contact.id)) marked.add(index);
      }
    }
    for (const email of change.emails ?? []) {
      for (const index of this.emails.rows(this.emails.find(emailKey(email)))) marked.add(index);
    }
    for (const cpf of change.cpfs ?? []) {
      for (const index of this.cpfs.rows(this.cpfs.find(cpf.replace(/\D/g, '')))) marked.add(index);
    }
    for (const index of marked) {
      this.lookedUp[index] = 0;
      this.matches.delete(index);
      this.outcomes[index] = this.derive(index);
    }
    if (marked.size > 0) this.cached = undefined;
    return marked.size;
  }

  /** Rows whose e-mail or CPF has not been looked up yet. */
  private pendingLookups(): number[] {
    this.settleKeys();
    const pending: number[] = [];
    for (let index = 0; index < this.texts.length; index++) {
      if (this.emailIds[index] === NO_KEY && this.cpfIds[index] === NO_KEY) continue;
      if (this.lookedUp[index] === 1) continue;
      pending.push(index);
    }
    return pending;
  }

  /**
   * Looks up existing contacts for every valid row not looked up yet, `batchSize` rows at a time
   * (their distinct e-mails and CPFs), and sets their outcomes. `progress` is told after each batch.
   */
  async lookupExisting(
    lookup: ExistingLookup,
    options: {
      batchSize?: number;
      signal?: AbortSignal;
      progress?: (done: number, total: number) => void;
    } = {},
  ): Promise<void> {
    const batchSize = Math.max(1, options.batchSize ?? 500);
    const pending = this.pendingLookups();
    for (let start = 0; start < pending.length; start += batchSize) {
      if (options.signal?.aborted) throw new CsvCancelledError();
      const batch = pending.slice(start, start + batchSize);
      const emails = new Set<string>();
      const cpfs = new Set<string>();
      for (const index of batch) {
        const email = this.emails.keyOf(this.emailIds[index]!);
        const cpf = this.cpfs.keyOf(this.cpfIds[index]!);
        if (email !== undefined) emails.add(email);
        if (cpf !== undefined) cpfs.add(cpf);
      }
      const found = await lookup({ emails: [...emails], cpfs: [...cpfs] });
      this.applyMatches(batch, found);
      options.progress?.(Math.min(start + batchSize, pending.length), pending.length);
    }
    this.checkedExisting = true;
    this.cached = undefined;
  }

  private applyMatches(batch: readonly number[], found: readonly ExistingContact[]): void {
    const byEmail = new Map<string, ExistingContact>();
    const byCpf = new Map<string, ExistingContact>();
    for (const contact of found) {
      if (typeof contact?.email === 'string') byEmail.set(emailKey(contact.email), contact);
      if (typeof contact?.cpf === 'string') byCpf.set(contact.cpf.replace(/\D/g, ''), contact);
    }
    for (const index of batch) {
      const email = this.emails.keyOf(this.emailIds[index]!);
      const cpf = this.cpfs.keyOf(this.cpfIds[index]!);
      const withEmail = email === undefined ? undefined : byEmail.get(email);
      const withCpf = cpf === undefined ? undefined : byCpf.get(cpf);
      if (withCpf && withCpf.id !== withEmail?.id) this.matches.set(index, { conflict: withCpf });
      else if (withEmail) this.matches.set(index, { contact: withEmail });
      else this.matches.delete(index);
      this.lookedUp[index] = 1;
      this.outcomes[index] = this.derive(index);
    }
  }

  /**
   * The next writes from row `from` on (at most `size` of them): contacts to create and existing ones to
   * update, each checked again and cleaned. `next` is where the following call starts, `null` at the end.
   */
  writes(from: number, size: number): { writes: ImportWrite[]; next: number | null } {
    this.settleKeys();
    const writes: ImportWrite[] = [];
    let index = Math.max(0, from);
    for (; index < this.texts.length && writes.length < size; index++) {
      const outcome = this.outcomes[index];
      if (outcome !== CREATE && outcome !== UPDATE) continue;
      const value = this.reader.check(this.cellsOf(index)).value;
      if (!value) continue; // cannot happen: the outcome says the row is valid
      const row = this.rowNumbers[index]!;
      if (outcome === CREATE) {
        writes.push({ index, row, kind: 'create', input: value });
        continue;
      }
      const contact = this.matches.get(index)!.contact!;
      writes.push({
        index,
        row,
        kind: 'update',
        input: value,
        existing: { id: contact.id, version: contact.version },
      });
    }
    return { writes, next: index < this.texts.length ? index : null };
  }
}

/** A copy of `array` twice as long. */
function grow<T extends Uint8Array<ArrayBuffer> | Int32Array<ArrayBuffer>>(array: T): T {
  const grown = new (array.constructor as new (length: number) => T)(array.length * 2);
  grown.set(array);
  return grown;
}

function isError(issue: RowIssue): boolean {
  return issue.severity === 'error';
}

function isWarning(issue: RowIssue): boolean {
  return issue.severity === 'warning';
}

function isBlank(cells: readonly string[]): boolean {
  for (const cell of cells) {
    // Most cells start with a visible character: no need to trim them.
    if (cell.length > 0 && cell.charCodeAt(0) > 32 && cell.charCodeAt(0) !== 0xa0) return false;
    if (cell.trim() !== '') return false;
  }
  return true;
}

function fieldCount(
  code: string,
  severity: 'error' | 'warning',
  expected: number,
  found: number,
): RowIssue {
  return { severity, code, field: '', params: { expected, found } };
}
