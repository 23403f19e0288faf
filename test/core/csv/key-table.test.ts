import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { KeyTable, NO_KEY } from '../../../src/core/csv/key-table.js';

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
  fc.constantFrom('ana@x.com', 'ANA@x.com', '01234567890', '', 'é', 'a'.repeat(300)),
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
        for (const [text, id] of model.ids) {
          expect(table.find(text)).to.equal(id);
          expect(table.keyOf(id)).to.equal(text);
          const rows = model.holders.get(id)!;
          expect(table.rows(id)).to.deep.equal(rows);
          expect(table.first(id)).to.equal(rows[0]);
        }
        expect(table.keyOf(NO_KEY)).to.equal(undefined);
        expect(table.rows(NO_KEY)).to.deep.equal([]);
      }),
      { numRuns: 80 },
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
});
