/**
 * The messages between the page and the Worker that runs an {@link ImportSession}, and the Worker's
 * side of them ({@link serveImportSession}). The page's side is `CsvImportClient` (`client.ts`).
 *
 * Each request carries an `id`; the Worker answers it once (`result` or `error`) and may send
 * `progress` messages for it before. A `cancel` message names the request to stop (its answer is then
 * an error named `CsvCancelledError`). Looking up existing contacts needs the adapter, which lives in
 * the page: the Worker sends `lookup` (a batch of e-mails and CPFs) and waits for the page's
 * `lookup-result` before it reads on.
 *
 * Everything in a message is structured-clonable (a `File` or `Blob` is passed as a handle; its bytes
 * are read in the Worker).
 *
 * @module
 */
import type {
  ExistingChange,
  ExistingContact,
  ExistingLookup,
  ExistingPolicy,
  ExistingQuery,
  RowQuery,
} from './plan.js';
import {
  ImportSession,
  type ImportSettings,
  type PlanProgress,
  type ResultCsvOptions,
  type ResultLabels,
  type RowResult,
} from './session.js';

/** What the page asks the Worker. */
export type CsvRequest =
  | { id: number; type: 'open'; file: Blob; settings?: ImportSettings }
  | { id: number; type: 'preview'; settings?: ImportSettings }
  | {
      id: number;
      type: 'run';
      settings?: ImportSettings;
      lookup: boolean;
      lookupBatchSize?: number;
    }
  | { id: number; type: 'check-existing'; lookupBatchSize?: number }
  | { id: number; type: 'summary' }
  | { id: number; type: 'rows'; query?: RowQuery }
  | { id: number; type: 'edit'; index: number; column: number; value: string; lookup: boolean }
  | { id: number; type: 'drop'; index: number; drop: boolean; lookup: boolean }
  | { id: number; type: 'apply-suggestion'; field: string; code: string; lookup: boolean }
  | { id: number; type: 'existing-policy'; policy: ExistingPolicy }
  | { id: number; type: 'recheck'; change: ExistingChange }
  | { id: number; type: 'writes'; from: number; size: number }
  | {
      id: number;
      type: 'result-csv';
      labels: ResultLabels;
      results?: RowResult[];
      options?: ResultCsvOptions;
    };

/** Control messages from the page: stop a request, or answer a lookup. */
export type CsvControl =
  | { type: 'cancel'; id: number }
  | { type: 'lookup-result'; lookupId: number; contacts?: ExistingContact[]; error?: string };

/** What the Worker sends back. */
export type CsvResponse =
  | { type: 'result'; id: number; value: unknown }
  | { type: 'error'; id: number; error: { name: string; message: string } }
  | { type: 'progress'; id: number; progress: PlanProgress }
  | { type: 'lookup'; id: number; lookupId: number; query: ExistingQuery };

/** A Worker, a `MessagePort` or a Worker's global scope: what the two sides talk through. */
export interface CsvPort {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  /** `MessagePort`s need it to receive; Workers do not have it. */
  start?(): void;
}

function errorOf(error: unknown): { name: string; message: string } {
  return error instanceof Error
    ? { name: error.name, message: error.message }
    : { name: 'Error', message: String(error) };
}

/**
 * Serves one {@link ImportSession} on `port` (in a Worker: `serveImportSession(self)`). Returns a
 * function that stops serving.
 */
export function serveImportSession(port: CsvPort, session = new ImportSession()): () => void {
  const running = new Map<number, AbortController>();
  const lookups = new Map<
    number,
    { resolve: (contacts: ExistingContact[]) => void; reject: (error: Error) => void }
  >();
  let nextLookup = 1;

  const lookupFor =
    (id: number): ExistingLookup =>
    (query) =>
      new Promise((resolve, reject) => {
        const lookupId = nextLookup++;
        lookups.set(lookupId, { resolve, reject });
        port.postMessage({ type: 'lookup', id, lookupId, query } satisfies CsvResponse);
      });

  async function handle(request: CsvRequest, signal: AbortSignal): Promise<unknown> {
    const progress = (value: PlanProgress) =>
      port.postMessage({ type: 'progress', id: request.id, progress: value } satisfies CsvResponse);
    switch (request.type) {
      case 'open':
        return session.open(request.file, request.settings, signal);
      case 'preview':
        return session.preview(request.settings, signal);
      case 'run':
        return session.run(request.settings, {
          signal,
          progress,
          lookup: request.lookup ? lookupFor(request.id) : undefined,
          lookupBatchSize: request.lookupBatchSize,
        });
      case 'check-existing':
        return session.checkExisting({
          signal,
          progress,
          lookup: lookupFor(request.id),
          lookupBatchSize: request.lookupBatchSize,
        });
      case 'summary':
        return session.summary();
      case 'rows':
        return session.rows(request.query);
      case 'edit':
        return session.edit(
          request.index,
          request.column,
          request.value,
          request.lookup ? lookupFor(request.id) : undefined,
        );
      case 'drop':
        return session.drop(
          request.index,
          request.drop,
          request.lookup ? lookupFor(request.id) : undefined,
        );
      case 'apply-suggestion':
        return session.applySuggestion(
          request.field,
          request.code,
          request.lookup ? lookupFor(request.id) : undefined,
        );
      case 'existing-policy':
        return session.setExistingPolicy(request.policy);
      case 'recheck':
        return session.recheck(request.change, lookupFor(request.id));
      case 'writes':
        return session.writes(request.from, request.size);
      case 'result-csv':
        return session.resultCsv(request.labels, request.results, request.options);
      default:
        throw new Error(`Unknown request ${String((request as { type?: unknown }).type)}`);
    }
  }

  const listener = (event: MessageEvent) => {
    const message = event.data as CsvRequest | CsvControl;
    if (typeof message !== 'object' || message === null) return;
    if (message.type === 'cancel') {
      running.get(message.id)?.abort();
      return;
    }
    if (message.type === 'lookup-result') {
      const pending = lookups.get(message.lookupId);
      lookups.delete(message.lookupId);
      if (!pending) return;
      if (message.error !== undefined) pending.reject(new Error(message.error));
      else pending.resolve(Array.isArray(message.contacts) ? message.contacts : []);
      return;
    }
    if (typeof message.id !== 'number') return;
    const controller = new AbortController();
    running.set(message.id, controller);
    handle(message, controller.signal)
      .then(
        (value) =>
          port.postMessage({ type: 'result', id: message.id, value } satisfies CsvResponse),
        (error: unknown) =>
          port.postMessage({
            type: 'error',
            id: message.id,
            error: errorOf(error),
          } satisfies CsvResponse),
      )
      .finally(() => running.delete(message.id));
  };
  port.addEventListener('message', listener);
  port.start?.();
  return () => {
    port.removeEventListener('message', listener);
    for (const controller of running.values()) controller.abort();
  };
}
