/**
 * Helpers of the CSV tests: text to bytes in any encoding the importer reads, a lookup of existing
 * contacts over a list, and issues written compactly (`field:code`).
 */
import type { CsvEncoding } from '../../../src/core/csv/decode.js';
import type { ExistingContact, ExistingLookup, RowIssue } from '../../../src/core/csv/index.js';

/** Windows-1252's byte for each character it can write (built from the decoder itself). */
function windows1252Table(): Map<string, number> {
  const table = new Map<string, number>();
  const decoder = new TextDecoder('windows-1252');
  for (let byte = 0; byte < 256; byte++) {
    table.set(decoder.decode(new Uint8Array([byte])), byte);
  }
  return table;
}

/** `text` as bytes in `encoding`, with its byte-order mark when `bom`. Throws on a character it cannot write. */
export function encodeText(
  text: string,
  encoding: CsvEncoding,
  bom = false,
): Uint8Array<ArrayBuffer> {
  if (encoding === 'utf-8') {
    const body = new TextEncoder().encode(text);
    if (!bom) return body;
    const out = new Uint8Array(body.length + 3);
    out.set([0xef, 0xbb, 0xbf]);
    out.set(body, 3);
    return out;
  }
  if (encoding === 'utf-16le' || encoding === 'utf-16be') {
    const start = bom ? 2 : 0;
    const out = new Uint8Array(start + text.length * 2);
    const little = encoding === 'utf-16le';
    if (bom) out.set(little ? [0xff, 0xfe] : [0xfe, 0xff]);
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      out[start + i * 2] = little ? unit & 0xff : unit >> 8;
      out[start + i * 2 + 1] = little ? unit >> 8 : unit & 0xff;
    }
    return out;
  }
  const table = encoding === 'windows-1252' ? windows1252Table() : undefined;
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const byte = table ? table.get(text[i]!) : text.charCodeAt(i);
    if (byte === undefined || byte > 255)
      throw new RangeError(`${encoding} cannot write ${text[i]}`);
    out[i] = byte;
  }
  return out;
}

/** Whether `encoding` can write every character of `text`. */
export function canEncode(text: string, encoding: CsvEncoding): boolean {
  try {
    encodeText(text, encoding);
    return true;
  } catch {
    return false;
  }
}

/** A lookup over `contacts`, recording every query it was asked. */
export function lookupOver(contacts: readonly ExistingContact[]): ExistingLookup & {
  queries: { emails: string[]; cpfs: string[] }[];
} {
  const queries: { emails: string[]; cpfs: string[] }[] = [];
  const lookup = (query: { emails: string[]; cpfs: string[] }) => {
    queries.push(query);
    const emails = new Set(query.emails);
    const cpfs = new Set(query.cpfs);
    return Promise.resolve(
      contacts.filter(
        (contact) =>
          emails.has(contact.email.toLowerCase()) ||
          (contact.cpf !== undefined && cpfs.has(contact.cpf.replace(/\D/g, ''))),
      ),
    );
  };
  return Object.assign(lookup, { queries });
}

/** `field:code` — how the tests name an issue. */
export function issueKey(issue: Pick<RowIssue, 'field' | 'code'>): string {
  return `${issue.field}:${issue.code}`;
}
