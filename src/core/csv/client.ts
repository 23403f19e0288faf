/**
 * The page's side of the import Worker: the same operations as an {@link ImportSession}, as promises,
 * over any {@link CsvPort} (a `Worker`, a `MessagePort`). The element creates the Worker (its bundler
 * resolves `new Worker(new URL('…/core/csv/worker.js', import.meta.url), { type: 'module' })`) and
 * hands it here; lookups of existing contacts are answered by the `lookup` function given to a call —
 * the element wires it to the adapter.
 *
 * @module
 */
import type {
  ExistingChange,
  ExistingLookup,
  ExistingPolicy,
  ImportWrite,
  PlanSummary,
  RowPage,
  RowQuery,
} from './plan.js';
import type { CsvControl, CsvPort, CsvRequest, CsvResponse } from './protocol.js';
import { CsvCancelledError } from './reader.js';
import type {
  CsvPreview,
  FixResult,
  ImportSettings,
  PlanProgress,
  PlanResult,
  ResultCsvOptions,
  ResultLabels,
  RowResult,
} from './session.js';

/** Options of a call that may take long or look up existing contacts. */
export interface CallOptions {
  signal?: AbortSignal;
  progress?: (progress: PlanProgress) => void;
  lookup?: ExistingLookup;
  lookupBatchSize?: number;
}

/** Distributes an omit over a union (so each request keeps its own fields). */
type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
  options: CallOptions;
}

/** Talks to an import Worker; see the module comment. */
export class CsvImportClient {
  private readonly port: CsvPort;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private closed = false;
  private readonly listener = (event: MessageEvent) => this.receive(event.data as CsvResponse);

  constructor(port: CsvPort) {
    this.port = port;
    port.addEventListener('message', this.listener);
    port.start?.();
  }

  /** Opens `file` in the Worker: its preview (encoding, delimiter, headers, first rows, suggested mapping). */
  open(file: Blob, settings?: ImportSettings, options: CallOptions = {}): Promise<CsvPreview> {
    return this.call({ type: 'open', file, settings }, options);
  }

  /** The preview again with other settings (encoding, delimiter, mapping). */
  preview(settings?: ImportSettings, options: CallOptions = {}): Promise<CsvPreview> {
    return this.call({ type: 'preview', settings }, options);
  }

  /** Plans the whole file (progress per chunk, then per lookup batch when `lookup` is given). */
  run(settings?: ImportSettings, options: CallOptions = {}): Promise<PlanResult> {
    return this.call(
      {
        type: 'run',
        settings,
        lookup: options.lookup !== undefined,
        lookupBatchSize: options.lookupBatchSize,
      },
      options,
    );
  }

  /** Looks up the rows not looked up yet (after a lookup failed part way). */
  checkExisting(options: CallOptions & { lookup: ExistingLookup }): Promise<PlanSummary> {
    return this.call({ type: 'check-existing', lookupBatchSize: options.lookupBatchSize }, options);
  }

  summary(): Promise<PlanSummary> {
    return this.call({ type: 'summary' }, {});
  }

  rows(query?: RowQuery): Promise<RowPage> {
    return this.call({ type: 'rows', query }, {});
  }

  edit(
    index: number,
    column: number,
    value: string,
    options: CallOptions = {},
  ): Promise<FixResult> {
    return this.call(
      { type: 'edit', index, column, value, lookup: options.lookup !== undefined },
      options,
    );
  }

  /** Leaves a row out, or puts it back (see `ImportSession.drop`). */
  drop(index: number, drop: boolean, options: CallOptions = {}): Promise<FixResult> {
    return this.call({ type: 'drop', index, drop, lookup: options.lookup !== undefined }, options);
  }

  applySuggestion(field: string, code: string, options: CallOptions = {}): Promise<FixResult> {
    return this.call(
      { type: 'apply-suggestion', field, code, lookup: options.lookup !== undefined },
      options,
    );
  }

  /** Contacts changed elsewhere: the rows they concern are looked up again (see `ImportSession.recheck`). */
  recheck(
    change: ExistingChange,
    options: CallOptions & { lookup: ExistingLookup },
  ): Promise<{ summary: PlanSummary; rechecked: number }> {
    return this.call({ type: 'recheck', change }, options);
  }

  setExistingPolicy(policy: ExistingPolicy): Promise<PlanSummary> {
    return this.call({ type: 'existing-policy', policy }, {});
  }

  writes(from: number, size: number): Promise<{ writes: ImportWrite[]; next: number | null }> {
    return this.call({ type: 'writes', from, size }, {});
  }

  resultCsv(
    labels: ResultLabels,
    results?: RowResult[],
    options?: ResultCsvOptions,
  ): Promise<string> {
    return this.call({ type: 'result-csv', labels, results, options }, {});
  }

  /** Stops listening, fails what is pending, and terminates the Worker when the port is one. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.port.removeEventListener('message', this.listener);
    for (const pending of this.pending.values()) pending.reject(new Error('The import was closed'));
    this.pending.clear();
    (this.port as { terminate?: () => void }).terminate?.();
  }

  private call<T>(request: WithoutId<CsvRequest>, options: CallOptions): Promise<T> {
    if (this.closed) return Promise.reject(new Error('The import was closed'));
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      const signal = options.signal;
      if (signal?.aborted) {
        reject(new CsvCancelledError());
        return;
      }
      const onAbort = () => this.port.postMessage({ type: 'cancel', id } satisfies CsvControl);
      signal?.addEventListener('abort', onAbort, { once: true });
      this.pending.set(id, {
        resolve: (value) => {
          signal?.removeEventListener('abort', onAbort);
          resolve(value as T);
        },
        reject: (error) => {
          signal?.removeEventListener('abort', onAbort);
          reject(error);
        },
        options,
      });
      this.port.postMessage({ ...request, id });
    });
  }

  private receive(message: CsvResponse): void {
    if (typeof message !== 'object' || message === null) return;
    const pending = this.pending.get(message.id);
    if (!pending) return;
    switch (message.type) {
      case 'progress':
        pending.options.progress?.(message.progress);
        return;
      case 'lookup':
        this.answerLookup(message.lookupId, message.query, pending.options.lookup);
        return;
      case 'result':
        this.pending.delete(message.id);
        pending.resolve(message.value);
        return;
      case 'error': {
        this.pending.delete(message.id);
        const error =
          message.error.name === 'CsvCancelledError'
            ? new CsvCancelledError()
            : new Error(message.error.message);
        if (!(error instanceof CsvCancelledError)) error.name = message.error.name;
        pending.reject(error);
        return;
      }
    }
  }

  private answerLookup(
    lookupId: number,
    query: Parameters<ExistingLookup>[0],
    lookup: ExistingLookup | undefined,
  ): void {
    const reply = (message: CsvControl) => {
      if (!this.closed) this.port.postMessage(message);
    };
    if (!lookup) {
      reply({ type: 'lookup-result', lookupId, contacts: [] });
      return;
    }
    lookup(query).then(
      (contacts) => reply({ type: 'lookup-result', lookupId, contacts: [...contacts] }),
      (error: unknown) =>
        reply({
          type: 'lookup-result',
          lookupId,
          error: error instanceof Error ? error.message : String(error),
        }),
    );
  }
}
