import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { KEY_PENDING, KeyTable, NO_KEY } from '../../../src/core/csv/key-table.js';

/** What a key table must answer, kept with a `Map` of arrays. */
class Model {
  readonly ids = new Map<string, number>();
  readonly holders = new Map<number, number[]>();
  find(key: string, add: boolean): number {
    const known = this.ids.get(key);
    if (known !== undefined || !add) return known ?? NO_KEY;
    const id = this.ids.size;
    this.ids.set(key, id);
    this.holders.set(id, []);
    return id;
  }
  add(id: number, row: number): number {
    const rows = this.holders.get(id)!;
    rows.push(row);
    rows.sort((a, b) => a - b);
    return rows[0]!;
  }
  remove(id: number, row: number): void {
    if (id < 0) return;
    const rows = this.holders.get(id)!;
    const at = rows.indexOf(row);
    if (at >= 0) rows.splice(at, 1);
  }
}

// Few distinct keys, so that they repeat; some long, some sharing a prefix.
const key = fc.oneof(
  fc.constantFrom(
    'ana@x.com',
    'ANA@x.com',
    '01234567890',
    '',
    'é',
    'a'.repeat(300),
    'élia@x.com',
    'Élia@x.com',
    'ÉLIA@X.COM',
    'Z',
    'z',
    '@',
    '[',
  ),
  fc.string({ maxLength: 4 }),
  fc.integer({ min: 0, max: 3000 }).map((n) => `user${n}@empresa.com.br`),
);

const step = fc.oneof(
  fc.record({ op: fc.constant('add' as const), key, row: fc.nat({ max: 5000 }) }),
  fc.record({ op: fc.constant('find' as const), key }),
  fc.record({ op: fc.constant('remove' as const), key, row: fc.nat({ max: 5000 }) }),
);

describe('KeyTable', () => {
  it('numbers, finds and gives back keys and their holders as a map would, from any starting size', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 600 }), fc.nat({ max: 4000 }), (steps, start) => {
        const table = new KeyTable(start);
        const model = new Model();
        for (const s of steps) {
          const id = table.find(s.key, s.op === 'add');
          expect(id).to.equal(model.find(s.key, s.op === 'add'));
          if (s.op === 'add') expect(table.add(id, s.row)).to.equal(model.add(id, s.row));
          if (s.op === 'remove') {
            table.remove(id, s.row);
            model.remove(id, s.row);
          }
        }
        expectSame(table, model);
      }),
      { numRuns: 80 },
    );
  });

  it('holds keys while a file is read, then numbers them as a map would and goes on answering', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(key, { nil: undefined }), { maxLength: 400 }),
        fc.array(step, { maxLength: 200 }),
        fc.nat({ max: 600 }),
        fc.boolean(),
        fc.array(fc.nat({ max: 2 }), { maxLength: 400 }),
        (held, steps, start, fold, kept) => {
          const table = new KeyTable(start, fold);
          const model = new Model();
          const ids = new Int32Array(held.length).fill(NO_KEY);
          const fold1 = (text: string) => (fold ? text.toLowerCase() : text);
          // Some keys are held as spans of a text the caller keeps (a row's, or one shared by rows).
          let shared = '';
          held.forEach((text, row) => {
            if (text === undefined) return;
            if (kept[row] === 1) {
              const source = `;${text};`;
              return expect(table.hold(row, text, source, 1)).to.equal(KEY_PENDING);
            }
            if (kept[row] === 2) {
              shared += `${text};`;
              const at = shared.length - text.length - 1;
              return expect(table.hold(row, text, shared, at)).to.equal(KEY_PENDING);
            }
            expect(table.hold(row, text)).to.equal(KEY_PENDING);
          });
          const repeated = new Uint8Array(held.length);
          table.settle(ids, repeated);
          held.forEach((text, row) => {
            if (text === undefined) {
              expect(repeated[row]).to.equal(0);
              return expect(ids[row]).to.equal(NO_KEY);
            }
            const id = model.find(fold1(text), true);
            // Marked when an earlier row holds the same key.
            expect(repeated[row]).to.equal(model.add(id, row) === row ? 0 : 1);
            // Numbers differ from the model's (they follow the hashes): compare through the texts.
            expect(table.keyOf(ids[row]!)).to.equal(fold1(text));
            expect(table.find(text)).to.equal(ids[row]);
          });
          const numbers = new Map<number, number>();
          for (const [text, id] of model.ids) numbers.set(id, table.find(text));
          for (const s of steps) {
            const id = table.find(s.key, s.op === 'add');
            const modelId = model.find(fold1(s.key), s.op === 'add');
            if (modelId === NO_KEY) {
              expect(id).to.equal(NO_KEY);
              continue;
            }
            if (!numbers.has(modelId)) numbers.set(modelId, id);
            expect(id).to.equal(numbers.get(modelId));
            if (s.op === 'add') expect(table.add(id, s.row)).to.equal(model.add(modelId, s.row));
            if (s.op === 'remove') {
              table.remove(id, s.row);
              model.remove(modelId, s.row);
            }
          }
          for (const [text, modelId] of model.ids) {
            const id = table.find(text);
            expect(id).to.equal(numbers.get(modelId));
            expect(table.keyOf(id)).to.equal(text);
            const rows = model.holders.get(modelId)!;
            expect(table.rows(id)).to.deep.equal(rows);
            expect(table.first(id)).to.equal(rows[0]);
          }
        },
      ),
      { numRuns: 120 },
    );
  });

  it('keeps every key and its first holder through the table doubling its size', () => {
    const table = new KeyTable();
    for (let i = 0; i < 5000; i++) expect(table.add(table.find(`k${i}`, true), i)).to.equal(i);
    for (let i = 0; i < 5000; i++) {
      const id = table.find(`k${i}`);
      expect(id).to.equal(i);
      expect(table.first(id)).to.equal(i);
    }
    expect(table.find('k5000')).to.equal(NO_KEY);
  });

  it('holds 50,000 keys, a tenth of them repeated, and finds the first holder of each', () => {
    const table = new KeyTable(16, true);
    const ids = new Int32Array(50_000);
    for (let row = 0; row < 50_000; row++) {
      const n = row % 10 === 9 ? row - 9 : row;
      table.hold(row, row % 2 ? `User${n}@X.com` : `user${n}@x.com`);
    }
    table.settle(ids);
    for (let row = 0; row < 50_000; row++) {
      const first = row % 10 === 9 ? row - 9 : row;
      expect(table.first(ids[row]!)).to.equal(first);
      expect(table.keyOf(ids[row]!)).to.equal(`user${first}@x.com`);
    }
    expect(table.find('USER0@x.com')).to.equal(ids[0]);
    expect(table.rows(ids[0]!)).to.deep.equal([0, 9]);
  });
});

function expectSame(table: KeyTable, model: Model): void {
  for (const [text, id] of model.ids) {
    expect(table.find(text)).to.equal(id);
    expect(table.keyOf(id)).to.equal(text);
    const rows = model.holders.get(id)!;
    expect(table.rows(id)).to.deep.equal(rows);
    expect(table.first(id)).to.equal(rows[0]);
  }
  expect(table.keyOf(NO_KEY)).to.equal(undefined);
  expect(table.rows(NO_KEY)).to.deep.equal([]);
}
