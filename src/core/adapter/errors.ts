/** The one error every adapter throws. `kind` says what happened; the element renders it from the catalogue. */
export type AdapterErrorKind =
  'validation' | 'conflict' | 'forbidden' | 'not-found' | 'network' | 'rate-limited';

/** One bad field: `field` is a dotted path (`document.number`, `phone.area`), `code` a stable reason. */
export interface FieldError {
  field: string;
  code: string;
  /** Values the message may show (e.g. `{ min: 8 }`), and for a fix the user may accept, `suggestion`. */
  params?: Record<string, string | number>;
}

export interface AdapterErrorInit {
  /** A stable code for the message catalogue, e.g. `last-admin`, `tickets-in-progress`, `stale-version`. */
  code?: string;
  fields?: FieldError[];
  /** On `conflict`: the record as it is now, so the UI can reload it and keep the user's edits. */
  current?: unknown;
  /** On `rate-limited`: seconds to wait. */
  retryAfter?: number;
  cause?: unknown;
}

export class AdapterError extends Error {
  readonly kind: AdapterErrorKind;
  readonly code: string;
  readonly fields: FieldError[];
  readonly current: unknown;
  readonly retryAfter: number | undefined;

  constructor(kind: AdapterErrorKind, message: string, init: AdapterErrorInit = {}) {
    super(message, { cause: init.cause });
    this.name = 'AdapterError';
    this.kind = kind;
    this.code = init.code ?? kind;
    this.fields = init.fields ?? [];
    this.current = init.current;
    this.retryAfter = init.retryAfter;
  }

  /** Works across bundles and realms, where `instanceof` may not. */
  static is(value: unknown): value is AdapterError {
    return (
      value instanceof AdapterError || (value as { name?: unknown } | null)?.name === 'AdapterError'
    );
  }
}
