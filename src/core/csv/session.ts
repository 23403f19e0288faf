/**
 * One import from start to plan, as the element drives it: open a file (a preview: encoding, delimiter,
 * headers, the first rows, a suggested mapping), plan it (stream the whole file through the mapping,
 * the validators and the duplicate checks, then look up existing contacts), page through the rows, fix
 * cells, accept suggestions, choose skip or update for existing contacts, hand out the writes, and
 * write the result file.
 *
 * It runs wherever the Worker protocol serves it (`worker.ts`) or in the page itself; it holds the
 * file (a `Blob` is a handle, not its bytes) and the plan. Changing the encoding, the delimiter or the
 * mapping reads the file again.
 *
 * @module
 */
import type { EncodingInfo } from './decode.js';
import type { DialectInfo } from './dialect.js';
import { csvCodes, paramLabel, type FileIssue } from './issues.js';
import {
  checkMapping,
  isColumnMapping,
  mappingBlocks,
  suggestMapping,
  type ColumnMapping,
  type MatchKind,
  type SavedMapping,
} from './mapping.js';
import {
  ImportPlan,
  type ExistingChange,
  type ExistingLookup,
  type ExistingPolicy,
  type ImportWrite,
  type PlanOptions,
  type PlanRowView,
  type PlanSummary,
  type RowPage,
  type RowQuery,
} from './plan.js';
import {
  CsvCancelledError,
  readCsv,
  sourceSize,
  type CsvSource,
  type ReadOptions,
  type ReadSummary,
} from './reader.js';
import { resultIssues, rowResultWord, type RowResult } from './result.js';
export type { RowResult } from './result.js';
import { sampleTrailingNote } from './shape.js';
import { writeCsv, type CsvWriteOptions } from './writer.js';

/** Everything the user may set for an import. */
export interface ImportSettings extends ReadOptions, PlanOptions {
  /** Column → field; when absent or not of the file's width, suggested from the headers. */
  mapping?: ColumnMapping;
  /** The company's last mapping, preferred when suggesting. */
  remembered?: SavedMapping;
}

/** What the element shows before planning: how the file reads and how its columns map. */
export interface CsvFileView {
  /** Bytes in the file. */
  size: number;
  encoding: EncodingInfo;
  dialect: DialectInfo;
  headers: string[];
  /** The spreadsheet row of the header (after any blank lines), 0 when the file has no record. */
  headerRow: number;
  mapping: ColumnMapping;
  /** How each column's field was found (`none` for a column the user mapped or left out). */
  matches: MatchKind[];
  mappingIssues: FileIssue[];
  fileIssues: FileIssue[];
  /** Whether an issue blocks the import (an empty file, no data row, a required field without a column). */
  blocked: boolean;
}

/** The preview of a file: its view and its first data rows. */
export interface CsvPreview extends CsvFileView {
  sample: string[][];
}

/** A finished plan: the file's view and the plan's counts. */
export interface PlanResult extends CsvFileView {
  summary: PlanSummary;
}

/** Where planning is. `reading`: bytes of the file; `checking`: rows looked up among existing contacts. */
export interface PlanProgress {
  phase: 'reading' | 'checking';
  done: number;
  total: number;
  /** Rows planned so far. */
  rows: number;
}

/** What a plan run may be given besides the settings. */
export interface PlanRun {
  signal?: AbortSignal;
  progress?: (progress: PlanProgress) => void;
  /** Existing contacts by e-mail and CPF; without it none is known to exist. */
  lookup?: ExistingLookup;
  /** Rows per lookup. Default 500. */
  lookupBatchSize?: number;
}

/** The outcome of a fix: the rows that changed (the edited one first) and the new counts. */
export interface FixResult {
  rows: PlanRowView[];
  summary: PlanSummary;
}

/** How the result file is written: the writer's options, and whether it holds only the rows not written. */
export interface ResultCsvOptions extends CsvWriteOptions {
  /**
   * Only the rows that were not written: refused by the adapter, or planned as errors and never sent —
   * the file to fix and import again. Skipped rows (duplicates, existing contacts) are left out.
   */
  failedOnly?: boolean;
  /** The import was cancelled: a row to write that was never sent says `not-written`. */
  cancelled?: boolean;
}

/**
 * Words for the result file, from the element's catalogue: `result` and `details` (the two added
 * column headers), each of `rowResultWords` (`created`, `not-sent`…: the screen's words), each code, and
 * `field.<path>` for field names. `{param}` in a text is replaced by the issue's param in words:
 * `param.<name>.<value>` when there is such a word (a role id as the role's name, an engine reason
 * code as its sentence — itself holding `{param}`s, filled the same way), each part of a list
 * (`a, b`) alike, else the value as it is. A missing word is written as its key.
 */
export type ResultLabels = Readonly<Record<string, string>>;

function isBlank(fields: readonly string[]): boolean {
  return fields.every((field) => field.trim() === '');
}

/** Why a preview stops reading: it has its rows. */
const previewFull = new CsvCancelledError();

/** How many data rows a preview shows. */
export const previewRows = 20;

/** `text` with each `{param}` in words (see {@link ResultLabels}); a param's words are filled once more. */
function fill(
  text: string,
  params: Record<string, string | number> | undefined,
  labels: ResultLabels,
  nested = false,
): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!Object.hasOwn(params, name)) return whole;
    const value = String(params[name]);
    const words = (part: string): string | undefined => {
      const word = labels[paramLabel(name, part)];
      return word === undefined || nested ? word : fill(word, params, labels, true);
    };
    const worded = words(value);
    if (worded !== undefined) return worded;
    if (!value.includes(', ')) return value;
    return value
      .split(', ')
      .map((part) => words(part) ?? part)
      .join(', ');
  });
}

/** A row's details in one cell: sentences follow one another, other texts are separated by `; `. */
function joinDetails(texts: readonly string[]): string {
  let joined = '';
  for (const text of texts) {
    if (joined === '') joined = text;
    else joined += /[.!?…]$/.test(joined) ? ` ${text}` : `; ${text}`;
  }
  return joined;
}

/** Issues of the file itself, from how it was read. */
function readIssues(
  summary: Pick<ReadSummary, 'encoding' | 'dialect'> & Partial<ReadSummary>,
): FileIssue[] {
  const issues: FileIssue[] = [];
  if (summary.encoding.reason === 'not-utf-8') {
    issues.push({
      severity: 'info',
      code: csvCodes.encodingFallback,
      params: { encoding: summary.encoding.encoding, offset: summary.encoding.invalidAt ?? 0 },
    });
  }
  if (summary.replaced) {
    issues.push({
      severity: 'warning',
      code: csvCodes.invalidBytes,
      params: { encoding: summary.encoding.encoding },
    });
  }
  if (summary.nulRemoved) {
    issues.push({
      severity: 'warning',
      code: csvCodes.nulRemoved,
      params: { count: summary.nulRemoved },
    });
  }
  if (summary.dialect.sepLine) {
    issues.push({
      severity: 'info',
      code: csvCodes.sepLine,
      params: { delimiter: summary.dialect.delimiter },
    });
  }
  return issues;
}

/** An import session; see the module comment. */
export class ImportSession {
  private file: CsvSource | undefined;
  private settings: ImportSettings = {};
  private plan: ImportPlan | undefined;
  private view: CsvFileView | undefined;

  /** Reads the start of `file` and suggests how to read and map it. Replaces any earlier file and plan. */
  async open(
    file: CsvSource,
    settings: ImportSettings = {},
    signal?: AbortSignal,
  ): Promise<CsvPreview> {
    if (!(file instanceof Blob || file instanceof Uint8Array || file instanceof ArrayBuffer)) {
      throw new TypeError('open() needs a Blob, a File or bytes');
    }
    this.file = file;
    this.settings = { ...settings };
    this.plan = undefined;
    this.view = undefined;
    return this.preview(settings, signal);
  }

  /** Reads the start of the open file again with other settings (encoding, delimiter, mapping). */
  async preview(
    settings: ImportSettings = this.settings,
    signal?: AbortSignal,
  ): Promise<CsvPreview> {
    const file = this.requireFile();
    this.settings = { ...settings };
    const stop = new AbortController();
    const cancel = () => stop.abort();
    signal?.addEventListener('abort', cancel);
    let headers: string[] | undefined;
    let headerRow = 0;
    let row = 0;
    let started: { encoding: EncodingInfo; dialect: DialectInfo } | undefined;
    const sample: string[][] = [];
    let read: ReadSummary | undefined;
    try {
      read = await readCsv(
        file,
        settings,
        {
          start(info) {
            started = info;
            headers = undefined;
            row = 0;
            sample.length = 0;
          },
          record(fields) {
            row++;
            if (isBlank(fields)) return;
            if (!headers) {
              headers = fields;
              headerRow = row;
            } else if (sample.length < previewRows) sample.push(fields);
            // With a reason of our own: the default one is a `DOMException`, slow to make.
            else stop.abort(previewFull);
          },
          blank() {
            row++;
          },
        },
        stop.signal,
      );
    } catch (error) {
      if (!(error instanceof CsvCancelledError) || signal?.aborted) throw error;
    } finally {
      signal?.removeEventListener('abort', cancel);
    }
    // A file read to its end says what its reading met (bytes replaced, NULs removed); a longer one,
    // cut after the sample, says so when it is planned.
    const view = this.fileView(
      read ?? started!,
      headers,
      headerRow,
      sample.length > 0,
      settings,
      {},
    );
    const shape = headers ? sampleTrailingNote(headers, sample) : undefined;
    if (shape) view.fileIssues.push(shape);
    return { ...view, sample };
  }

  /**
   * Reads the whole file with `settings` and plans it: every row mapped, checked and de-duplicated,
   * then (with a `lookup`) checked against existing contacts. Progress is reported per chunk and per
   * lookup batch; `signal` cancels (a {@link CsvCancelledError}) and leaves the previous plan in place.
   */
  async run(settings: ImportSettings = this.settings, run: PlanRun = {}): Promise<PlanResult> {
    const file = this.requireFile();
    let plan: ImportPlan | undefined;
    let headers: string[] | undefined;
    let headerRow = 0;
    let row = 0;
    let blanksBefore = 0;
    let mapping: ColumnMapping = [];
    let delimiter = ';';
    const planFor = (fields: string[]): ImportPlan => {
      mapping = isColumnMapping(settings.mapping, fields.length)
        ? [...settings.mapping]
        : suggestMapping(fields, settings.remembered).mapping;
      return new ImportPlan(fields, mapping, { ...settings, delimiter });
    };
    const summary = await readCsv(
      file,
      settings,
      {
        start(info) {
          delimiter = info.dialect.delimiter;
          plan = undefined;
          headers = undefined;
          row = 0;
          blanksBefore = 0;
        },
        record(fields, line, flags, quoteLine, text, source, start, starts) {
          row++;
          if (!plan && isBlank(fields)) blanksBefore++;
          else if (!plan) {
            headers = fields;
            headerRow = row;
            plan = planFor(fields);
          } else plan.add(fields, row, line, flags, quoteLine, text, source, start, starts);
        },
        blank() {
          row++;
          if (plan) plan.addBlank();
          else blanksBefore++;
        },
        progress(done, total) {
          run.progress?.({ phase: 'reading', done, total, rows: plan?.size ?? 0 });
        },
      },
      run.signal,
    );
    const finished = plan ?? new ImportPlan([], [], settings);
    for (let i = 0; i < blanksBefore; i++) finished.addBlank();
    const shape = finished.settleShape();
    const suggestion = headers ? suggestMapping(headers, settings.remembered) : undefined;
    const matches = mapping.map((field, column) =>
      field !== null && suggestion?.mapping[column] === field
        ? suggestion.matches[column]!
        : 'none',
    );
    const previous = { settings: this.settings, plan: this.plan, view: this.view };
    this.settings = { ...settings, mapping };
    this.plan = finished;
    const view = this.fileView(summary, headers, headerRow, finished.size > 0, this.settings, {
      matches,
    });
    if (shape) view.fileIssues.push(shape);
    this.view = view;
    if (run.lookup) {
      try {
        await this.checkExisting({ ...run, lookup: run.lookup });
      } catch (error) {
        // Cancelled: as if this run never happened. A failed lookup keeps the new plan, whose
        // unchecked rows checkExisting() can look up again.
        if (error instanceof CsvCancelledError) {
          this.settings = previous.settings;
          this.plan = previous.plan;
          this.view = previous.view;
        }
        throw error;
      }
    }
    return { ...view, summary: finished.summary };
  }

  /**
   * Looks up existing contacts for the rows not looked up yet (all of them after {@link run}; again
   * after a lookup failed part way). The plan is kept whatever happens.
   */
  async checkExisting(run: PlanRun & { lookup: ExistingLookup }): Promise<PlanSummary> {
    const plan = this.requirePlan();
    await plan.lookupExisting(run.lookup, {
      batchSize: run.lookupBatchSize,
      signal: run.signal,
      progress: (done, total) =>
        run.progress?.({ phase: 'checking', done, total, rows: plan.size }),
    });
    return plan.summary;
  }

  private fileView(
    read: Pick<ReadSummary, 'encoding' | 'dialect'> & Partial<ReadSummary>,
    headers: string[] | undefined,
    headerRow: number,
    hasRows: boolean,
    settings: ImportSettings,
    known: { matches?: MatchKind[] },
  ): CsvFileView {
    const fileIssues = readIssues(read);
    if (!headers) fileIssues.push({ severity: 'error', code: csvCodes.emptyFile });
    else if (!hasRows) fileIssues.push({ severity: 'error', code: csvCodes.noRows });
    const columns = headers ?? [];
    const suggestion = suggestMapping(columns, settings.remembered);
    const mapping = isColumnMapping(settings.mapping, columns.length)
      ? [...settings.mapping]
      : suggestion.mapping;
    const matches =
      known.matches ??
      mapping.map((field, column) =>
        field !== null && suggestion.mapping[column] === field
          ? suggestion.matches[column]!
          : 'none',
      );
    const mappingIssues = headers ? checkMapping(mapping, columns) : [];
    return {
      size: this.file ? sourceSize(this.file) : 0,
      encoding: read.encoding,
      dialect: read.dialect,
      headers: columns,
      headerRow,
      mapping,
      matches,
      mappingIssues,
      fileIssues,
      blocked:
        mappingBlocks(mappingIssues) || fileIssues.some((issue) => issue.severity === 'error'),
    };
  }

  private requireFile(): CsvSource {
    if (!this.file) throw new Error('No file is open');
    return this.file;
  }

  private requirePlan(): ImportPlan {
    if (!this.plan) throw new Error('No plan yet: run() first');
    return this.plan;
  }

  /** The current plan's counts. */
  summary(): PlanSummary {
    return this.requirePlan().summary;
  }

  /** A page of rows (filtered by outcome, warning or issue code). */
  rows(query: RowQuery = {}): RowPage {
    return this.requirePlan().query(query);
  }

  /**
   * Fixes cell `column` of row `index` and checks the row again; with a `lookup`, a row whose e-mail or
   * CPF changed is looked up among existing contacts.
   */
  async edit(
    index: number,
    column: number,
    value: string,
    lookup?: ExistingLookup,
  ): Promise<FixResult> {
    const plan = this.requirePlan();
    const changed = plan.edit(index, column, value);
    if (lookup) await plan.lookupExisting(lookup);
    return { rows: changed.map((row) => plan.view(row)), summary: plan.summary };
  }

  /**
   * Leaves row `index` out (`drop`) or puts it back; a row put back is checked again and, with a
   * `lookup`, looked up among existing contacts.
   */
  async drop(index: number, drop: boolean, lookup?: ExistingLookup): Promise<FixResult> {
    const plan = this.requirePlan();
    const changed = plan.drop(index, drop);
    if (lookup) await plan.lookupExisting(lookup);
    return { rows: changed.map((row) => plan.view(row)), summary: plan.summary };
  }

  /** Accepts a suggestion for every row like it (see {@link ImportPlan.applySuggestion}). */
  async applySuggestion(field: string, code: string, lookup?: ExistingLookup): Promise<FixResult> {
    const plan = this.requirePlan();
    const changed = plan.applySuggestion(field, code);
    if (lookup) await plan.lookupExisting(lookup);
    // The changed rows may be many: the element re-reads the page it shows.
    return { rows: changed.slice(0, 100).map((row) => plan.view(row)), summary: plan.summary };
  }

  /**
   * Contacts changed elsewhere while the plan is reviewed: the rows matched to them or holding their
   * e-mails or CPFs are looked up again through `lookup` (see {@link ImportPlan.forgetExisting}).
   * Answers the new counts and how many rows were checked again.
   */
  async recheck(
    change: ExistingChange,
    lookup: ExistingLookup,
  ): Promise<{ summary: PlanSummary; rechecked: number }> {
    const plan = this.requirePlan();
    const rechecked = plan.forgetExisting(change);
    if (rechecked > 0) await plan.lookupExisting(lookup);
    return { summary: plan.summary, rechecked };
  }

  /** Skip or update the rows of existing contacts. */
  setExistingPolicy(policy: ExistingPolicy): PlanSummary {
    const plan = this.requirePlan();
    plan.setExistingPolicy(policy);
    this.settings = { ...this.settings, existing: policy };
    return plan.summary;
  }

  /** The next writes for the adapter (see {@link ImportPlan.writes}). Refused while the import is blocked. */
  writes(from: number, size: number): { writes: ImportWrite[]; next: number | null } {
    const plan = this.requirePlan();
    if (this.view?.blocked)
      throw new Error('The import is blocked: see the mapping and file issues');
    return plan.writes(from, Math.min(Math.max(1, size), 500));
  }

  /**
   * The result file: the file's columns plus a result and a details column, one line per row of the
   * plan, in the words of `labels`; `results` (from the writes) take precedence over planned outcomes.
   * With `failedOnly`, only the rows not written (see {@link ResultCsvOptions.failedOnly}).
   */
  resultCsv(
    labels: ResultLabels,
    results: readonly RowResult[] = [],
    options: ResultCsvOptions = {},
  ): string {
    const { failedOnly = false, cancelled = false, ...writeOptions } = options;
    const plan = this.requirePlan();
    const word = (key: string, params?: Record<string, string | number>) =>
      fill(labels[key] ?? key, params, labels);
    /** A problem in words, after the name of its field when it has one. */
    const problem = (said: NonNullable<RowResult['problems']>[number]) => {
      const text = word(said.code, said.params);
      return said.field ? `${word(`field.${said.field}`)}: ${text}` : text;
    };
    const byIndex = new Map(results.map((result) => [result.index, result]));
    const rows: string[][] = [[...plan.headers, word('result'), word('details')]];
    for (let index = 0; index < plan.size; index++) {
      const view = plan.view(index);
      const result = byIndex.get(index);
      if (failedOnly && !(result ? result.status === 'failed' : view.outcome === 'error')) continue;
      // What the adapter refused first, then the row's own issues.
      const refused = result?.problems?.length
        ? result.problems
        : result?.code
          ? [{ code: result.code, field: result.field }]
          : [];
      const details = [...refused, ...resultIssues(view.issues, result?.status)].map(problem);
      const cells = view.cells;
      while (cells.length < plan.headers.length) cells.push('');
      const said = rowResultWord(view.outcome, result?.status, cancelled);
      rows.push([...cells, word(said), joinDetails(details)]);
    }
    return writeCsv(rows, writeOptions);
  }
}
