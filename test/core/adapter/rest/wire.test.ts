import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { AdapterError } from '../../../../src/core/adapter/errors.js';
import {
  decodeListQuery,
  encodeListQuery,
  errorBodySchema,
  formatEtag,
  kindForStatus,
  parseEtag,
  parseRetryAfter,
  statusByKind,
  toErrorBody,
} from '../../../../src/core/adapter/rest/index.js';
import type { DecodeListOptions, WireListQuery } from '../../../../src/core/adapter/rest/index.js';
import { contactSortFields } from '../../../../src/core/model/index.js';
import { randomKey } from '../../../../src/core/adapter/rest/http.js';

const contacts = { filterKeys: ['status', 'role'], sortFields: contactSortFields };

/** Decodes `search`, expecting the decoder to refuse it; answers its `AdapterError`. */
function decodeError(search: string, options: DecodeListOptions): AdapterError {
  let caught: unknown;
  try {
    decodeListQuery(new URLSearchParams(search), options);
  } catch (error) {
    caught = error;
  }
  expect(AdapterError.is(caught), `${search} is refused`).to.equal(true);
  return caught as AdapterError;
}

describe('REST wire format', () => {
  describe('list queries', () => {
    it('encodes a query as the documented parameters, repeating a filter key per value', () => {
      const params = encodeListQuery({
        search: '  joão ',
        filter: { status: ['active', 'invited'], role: ['general-admin'] },
        sort: { field: 'name', direction: 'desc' },
        cursor: 'abc',
        limit: 500,
      });
      expect(params.toString()).to.equal(
        'search=jo%C3%A3o&status=active&status=invited&role=general-admin&sort=name&direction=desc&cursor=abc&limit=500',
      );
    });

    it('leaves out what is unset or empty', () => {
      expect(
        encodeListQuery({
          search: '   ',
          filter: { status: [], role: undefined },
          cursor: null,
        }).toString(),
      ).to.equal('');
      expect(encodeListQuery().toString()).to.equal('');
    });

    it('decodes what it encodes', () => {
      const query: WireListQuery = {
        search: 'conceição',
        filter: { status: ['suspended'], role: ['system-user', 'registration-admin'] },
        sort: { field: 'createdAt', direction: 'asc' },
        cursor: 'eyJvIjo1MH0',
        limit: 25,
      };
      expect(decodeListQuery(encodeListQuery(query), contacts)).to.deep.equal(query);
    });

    it('decodes what it encodes, for any query (property)', () => {
      const text = fc
        .string({ minLength: 1, maxLength: 12 })
        .filter((t) => t.trim() === t && t !== '');
      const query = fc.record(
        {
          search: text,
          filter: fc.record(
            {
              status: fc.array(text, { minLength: 1, maxLength: 3 }),
              role: fc.array(text, { minLength: 1, maxLength: 3 }),
            },
            { requiredKeys: [] },
          ),
          sort: fc.record({
            field: fc.constantFrom(...contactSortFields),
            direction: fc.constantFrom('asc', 'desc'),
          }),
          cursor: text,
          limit: fc.integer({ min: 1, max: 500 }),
        },
        { requiredKeys: [] },
      );
      fc.assert(
        fc.property(query, (q) => {
          const expected: WireListQuery = { ...q };
          if (q.filter && Object.keys(q.filter).length === 0) delete expected.filter;
          expect(decodeListQuery(encodeListQuery(q), contacts)).to.deep.equal(expected);
        }),
      );
    });

    it('ignores unknown parameters and filter keys this list does not have', () => {
      const query = decodeListQuery(new URLSearchParams('colour=blue&status=active&site=s1'), {
        filterKeys: ['status'],
      });
      expect(query).to.deep.equal({ filter: { status: ['active'] } });
    });

    it('encodes and decodes a one-value filter, refusing it given twice', () => {
      const invitations = { filterKeys: ['status'], singleKeys: ['contactId'] };
      const query: WireListQuery = {
        filter: { status: ['pending', 'expired'], contactId: 'ct-000042' },
        limit: 1,
      };
      const params = encodeListQuery(query);
      expect(params.toString()).to.equal(
        'status=pending&status=expired&contactId=ct-000042&limit=1',
      );
      expect(decodeListQuery(params, invitations)).to.deep.equal(query);
      expect(decodeListQuery(new URLSearchParams('contactId='), invitations)).to.deep.equal({});
      const error = decodeError('contactId=a&contactId=b&limit=0', invitations);
      expect(error.code).to.equal('invalid-query');
      expect(error.fields).to.deep.equal([
        { field: 'contactId', code: 'single-value', params: { value: 'a, b' } },
        { field: 'limit', code: 'invalid-limit', params: { value: '0' } },
      ]);
    });

    it('refuses a malformed query naming each bad parameter at once', () => {
      const error = decodeError('sort=shoeSize&direction=up&limit=abc', contacts);
      expect(error.kind).to.equal('validation');
      expect(error.code).to.equal('invalid-query');
      expect(error.fields.map((f) => f.field)).to.deep.equal(['sort', 'direction', 'limit']);
    });

    it('refuses a zero or negative limit and a direction without a sort', () => {
      for (const bad of ['limit=0', 'limit=-5', 'limit=2.5', 'direction=asc']) {
        expect(() => decodeListQuery(new URLSearchParams(bad), contacts), bad).to.throw(
          AdapterError,
        );
      }
    });
  });

  describe('idempotency keys', () => {
    it('makes distinct UUID v4 keys, also where crypto.randomUUID is missing (plain HTTP)', () => {
      const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
      const keys = new Set<string>();
      for (let i = 0; i < 50; i++) keys.add(randomKey());
      const original = Object.getOwnPropertyDescriptor(Crypto.prototype, 'randomUUID')!;
      Object.defineProperty(Crypto.prototype, 'randomUUID', {
        value: undefined,
        configurable: true,
      });
      try {
        for (let i = 0; i < 50; i++) keys.add(randomKey());
      } finally {
        Object.defineProperty(Crypto.prototype, 'randomUUID', original);
      }
      expect(keys.size).to.equal(100);
      for (const key of keys) expect(key).to.match(uuid);
    });
  });

  describe('versions', () => {
    it('formats a version as a strong ETag and reads it back', () => {
      expect(formatEtag(7)).to.equal('"7"');
      expect(parseEtag(formatEtag(7))).to.equal(7);
      expect(parseEtag('W/"12"')).to.equal(12);
      expect(parseEtag(' "0" ')).to.equal(0);
    });

    it('reads no version from an absent or foreign validator', () => {
      for (const header of [
        null,
        undefined,
        '',
        '*',
        '"a1"',
        '7',
        '"1", "2"',
        '"99999999999999999"',
      ]) {
        expect(parseEtag(header), String(header)).to.equal(undefined);
      }
    });
  });

  describe('errors', () => {
    it('maps every status to the documented kind', () => {
      const table: [number, string][] = [
        [400, 'validation'],
        [422, 'validation'],
        [401, 'forbidden'],
        [403, 'forbidden'],
        [404, 'not-found'],
        [410, 'not-found'],
        [409, 'conflict'],
        [412, 'conflict'],
        [428, 'conflict'],
        [429, 'rate-limited'],
        [500, 'network'],
        [503, 'network'],
        [418, 'network'],
      ];
      for (const [status, kind] of table)
        expect(kindForStatus(status), String(status)).to.equal(kind);
    });

    it('round-trips an AdapterError through the error body and its status', () => {
      const error = new AdapterError('conflict', 'Stale.', {
        code: 'stale-version',
        current: { version: 3 },
      });
      const body = toErrorBody(error);
      expect(errorBodySchema.parse(body)).to.deep.equal(body);
      expect(body.error).to.deep.include({
        kind: 'conflict',
        code: 'stale-version',
        current: { version: 3 },
      });
      expect(kindForStatus(statusByKind[error.kind])).to.equal('conflict');
      for (const kind of Object.keys(statusByKind) as (keyof typeof statusByKind)[]) {
        expect(kindForStatus(statusByKind[kind])).to.equal(kind);
      }
    });

    it('reads Retry-After as seconds or as an HTTP date', () => {
      const now = new Date('2026-11-22T08:00:00Z');
      expect(parseRetryAfter('120', now)).to.equal(120);
      expect(parseRetryAfter('Sun, 22 Nov 2026 08:00:30 GMT', now)).to.equal(30);
      expect(parseRetryAfter('Sun, 22 Nov 2026 07:00:00 GMT', now)).to.equal(0);
      expect(parseRetryAfter('soon', now)).to.equal(undefined);
      expect(parseRetryAfter(null, now)).to.equal(undefined);
    });
  });
});
