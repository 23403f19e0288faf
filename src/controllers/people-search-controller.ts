import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ContactQuery, PortalAdapter } from '../core/adapter/types.js';
import type { Contact } from '../core/model/index.js';

export interface PeopleSearchOptions {
  /** The adapter to ask (read at each search, so a swapped adapter is picked up). */
  adapter: () => PortalAdapter | undefined;
  /** Milliseconds a search waits for the next keystroke (default 200; 0 asks at once). */
  debounce?: () => number;
  /** The adapter query for a text; by default the first 8 people by name matching it. */
  query?: (text: string) => ContactQuery;
  /** Hears every answer (e.g. to remember the names of the people seen). */
  onResults?: (people: Contact[]) => void;
}

/** The first people by name whose name, e-mail, CPF or phone matches `text`. */
export function peopleQuery(text: string, limit = 8): ContactQuery {
  return { search: text.trim() || undefined, limit, sort: { field: 'name', direction: 'asc' } };
}

/**
 * One people search (a person picker, an approver's "add" field, the receiver of a transfer):
 * debounced, each new text aborts the request of the one before, and an answer that arrives after a
 * newer text was asked for is dropped — what is shown always answers what was typed last. A search
 * cut short by a disconnect runs again on reconnect.
 *
 * `status` is `idle` (nothing asked yet), `loading`, `ready` or `error`.
 */
export class PeopleSearchController implements ReactiveController {
  /** The text asked for last. */
  text = '';
  status: 'idle' | 'loading' | 'ready' | 'error' = 'idle';
  results: Contact[] = [];
  error: unknown;

  private timer: ReturnType<typeof setTimeout> | undefined;
  private abort: AbortController | undefined;
  private run = 0;
  private settled: Promise<void> = Promise.resolve();
  private settle: (() => void) | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: PeopleSearchOptions,
  ) {
    host.addController(this);
  }

  /** Resolves once the last text asked for has its answer (or its failure). */
  get ready(): Promise<void> {
    return this.settled;
  }

  hostConnected(): void {
    if (this.status === 'loading') this.search(this.text, { immediate: true });
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.abort?.abort();
  }

  /** Searches for `text` after the debounce delay (`immediate`: at once). */
  search(text: string, { immediate = false } = {}): void {
    this.text = text;
    clearTimeout(this.timer);
    this.abort?.abort();
    const run = ++this.run;
    this.status = 'loading';
    if (!this.settle) this.settled = new Promise((resolve) => (this.settle = resolve));
    this.host.requestUpdate();
    const delay = immediate ? 0 : (this.options.debounce?.() ?? 200);
    if (delay <= 0) void this.ask(run, text);
    else this.timer = setTimeout(() => void this.ask(run, text), delay);
  }

  /** Forgets the text and its answer. */
  reset(): void {
    clearTimeout(this.timer);
    this.abort?.abort();
    this.run++;
    this.text = '';
    this.status = 'idle';
    this.results = [];
    this.error = undefined;
    this.done();
    this.host.requestUpdate();
  }

  private async ask(run: number, text: string): Promise<void> {
    const adapter = this.options.adapter();
    if (!adapter) {
      this.status = 'idle';
      this.done();
      this.host.requestUpdate();
      return;
    }
    const abort = (this.abort = new AbortController());
    const query = this.options.query?.(text) ?? peopleQuery(text);
    try {
      const page = await adapter.contacts.list(query, { signal: abort.signal });
      if (run !== this.run || abort.signal.aborted) return;
      this.results = page.items;
      this.error = undefined;
      this.status = 'ready';
      this.options.onResults?.(page.items);
    } catch (error) {
      if (run !== this.run || abort.signal.aborted) return;
      this.results = [];
      this.error = error;
      this.status = 'error';
    }
    this.done();
    this.host.requestUpdate();
  }

  private done(): void {
    const settle = this.settle;
    this.settle = undefined;
    settle?.();
  }
}
