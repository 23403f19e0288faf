import { AdapterError } from '../errors.js';

/**
 * A keyset cursor: the sort it belongs to and the sort key and id of the last item of the page before.
 * The next page starts right after that position in the sort order — so records created or deleted
 * meanwhile never make a page repeat or skip an item that was there all along (an offset would).
 *
 * Encoded as base64url JSON; callers treat it as opaque.
 */
export interface CursorPosition {
  /** Sort field and direction the cursor was made for. */
  sort: string;
  /** The sort key of the last item returned. */
  key: string;
  /** The id of the last item returned (the tie-break). */
  id: string;
}

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]!;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    out += alphabet[a >> 2];
    out += alphabet[((a & 3) << 4) | ((b ?? 0) >> 4)];
    if (b !== undefined) out += alphabet[((b & 15) << 2) | ((c ?? 0) >> 6)];
    if (c !== undefined) out += alphabet[c & 63];
  }
  return out;
}

function fromBase64Url(text: string): Uint8Array | undefined {
  const values: number[] = [];
  for (const char of text) {
    const value = alphabet.indexOf(char);
    if (value < 0) return undefined;
    values.push(value);
  }
  if (values.length % 4 === 1) return undefined;
  const bytes: number[] = [];
  for (let i = 0; i < values.length; i += 4) {
    const a = values[i]!;
    const b = values[i + 1] ?? 0;
    const c = values[i + 2];
    const d = values[i + 3];
    bytes.push((a << 2) | (b >> 4));
    if (c !== undefined) bytes.push(((b & 15) << 4) | (c >> 2));
    if (c !== undefined && d !== undefined) bytes.push(((c & 3) << 6) | d);
  }
  return Uint8Array.from(bytes);
}

/** Encodes a position as an opaque, URL-safe string. */
export function encodeCursor(position: CursorPosition): string {
  return toBase64Url(
    new TextEncoder().encode(JSON.stringify([position.sort, position.key, position.id])),
  );
}

/** The refusal for a cursor that was not made by this backend for this sort. */
export function invalidCursor(): AdapterError {
  return new AdapterError('validation', 'The cursor is not valid for this query.', {
    code: 'invalid-cursor',
    fields: [{ field: 'cursor', code: 'invalid-cursor' }],
  });
}

/**
 * Decodes a cursor made by {@link encodeCursor} for `sort`; anything else (garbage, or a cursor of another
 * sort) is a `validation` error on field `cursor`, code `invalid-cursor`.
 */
export function decodeCursor(cursor: string, sort: string): CursorPosition {
  const bytes = fromBase64Url(cursor);
  if (!bytes) throw invalidCursor();
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw invalidCursor();
  }
  if (
    !Array.isArray(parsed) ||
    parsed.length !== 3 ||
    !parsed.every((part) => typeof part === 'string') ||
    parsed[0] !== sort
  ) {
    throw invalidCursor();
  }
  const [sortId, key, id] = parsed as [string, string, string];
  return { sort: sortId, key, id };
}
