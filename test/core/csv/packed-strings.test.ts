import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { PackedStrings } from '../../../src/core/csv/packed-strings.js';

describe('PackedStrings', () => {
  it('gives back every entry pushed, across many joined blocks, undefined ones included', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.string({ maxLength: 300 }), { nil: undefined }), { maxLength: 400 }),
        (values) => {
          const packed = new PackedStrings();
          values.forEach((value, index) => expect(packed.push(value)).to.equal(index));
          expect(packed.length).to.equal(values.length);
          values.forEach((value, index) => {
            expect(packed.get(index)).to.equal(value);
            if (value !== undefined) {
              expect(packed.equals(index, value)).to.equal(true);
              expect(packed.equals(index, `${value}x`)).to.equal(false);
            }
          });
        },
      ),
      { numRuns: 60 },
    );
  });

  it('compares an entry of a joined block by its own characters, not its neighbours', () => {
    const packed = new PackedStrings();
    for (let i = 0; i < 2000; i++) packed.push(`row-${i}`);
    expect(packed.equals(10, 'row-10')).to.equal(true);
    expect(packed.equals(10, 'row-1')).to.equal(false);
    expect(packed.equals(1, 'row-10')).to.equal(false);
    expect(packed.get(1999)).to.equal('row-1999');
    expect(packed.get(2000)).to.equal(undefined);
  });

  it('replaces an entry, to a value or to undefined', () => {
    const packed = new PackedStrings();
    for (let i = 0; i < 2000; i++) packed.push(`k${i}`);
    packed.set(5, 'other');
    packed.set(6, undefined);
    expect(packed.get(5)).to.equal('other');
    expect(packed.equals(5, 'other')).to.equal(true);
    expect(packed.equals(5, 'k5')).to.equal(false);
    expect(packed.get(6)).to.equal(undefined);
    expect(packed.get(7)).to.equal('k7');
    expect(() => packed.set(2000, 'x')).to.throw(RangeError);
  });

  it('keeps spans of kept strings beside entries of its own, in any mix', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.option(fc.string({ maxLength: 50 }), { nil: undefined }),
            fc.record({
              source: fc.nat({ max: 2 }),
              start: fc.nat({ max: 40 }),
              length: fc.nat({ max: 40 }),
            }),
          ),
          { maxLength: 300 },
        ),
        (entries) => {
          const sources = ['a'.repeat(90), 'b;c;d'.repeat(20), 'x\r\ny'.repeat(30)];
          const packed = new PackedStrings();
          const expected = entries.map((entry) => {
            if (entry === undefined || typeof entry === 'string') {
              packed.push(entry);
              return entry;
            }
            const end = entry.start + entry.length;
            packed.pushSpan(sources[entry.source]!, entry.start, end);
            return sources[entry.source]!.slice(entry.start, end);
          });
          expect(packed.length).to.equal(expected.length);
          expected.forEach((value, index) => {
            expect(packed.get(index)).to.equal(value);
            if (value !== undefined) expect(packed.equals(index, value)).to.equal(true);
          });
        },
      ),
      { numRuns: 60 },
    );
  });
});
