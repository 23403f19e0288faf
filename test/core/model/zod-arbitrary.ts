import fc from 'fast-check';
import type * as z from 'zod';

/** The parts of zod 4's schema definitions this generator reads. */
interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  entries?: Record<string, string>;
}

function defOf(schema: z.ZodType): Def {
  return (schema as unknown as { def: Def }).def;
}

/**
 * Values for `schema`, derived from its definition: mostly the right shape (so valid records occur),
 * and at every node, now and then, anything at all or unknown extra keys. Because the generator is read
 * from the zod schema, a field added to the schema is generated too, so a plain check that misses it
 * shows up as a difference.
 */
export function zodArbitrary(schema: z.ZodType): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  let right: fc.Arbitrary<unknown>;
  switch (def.type) {
    case 'string':
      right = fc.oneof({ arbitrary: fc.string({ minLength: 1 }), weight: 10 }, fc.constant(''));
      break;
    case 'boolean':
      right = fc.boolean();
      break;
    case 'number':
      right = fc.oneof(
        { arbitrary: fc.nat(), weight: 20 },
        fc.integer({ min: -5, max: -1 }),
        fc.double(),
        fc.constant(2 ** 53),
      );
      break;
    case 'enum':
      right = fc.oneof(
        { arbitrary: fc.constantFrom(...Object.values(def.entries!)), weight: 15 },
        fc.string(),
      );
      break;
    case 'optional':
      return fc.oneof(
        { arbitrary: zodArbitrary(def.innerType!), weight: 4 },
        fc.constant(undefined),
      );
    case 'array':
      right = fc.array(zodArbitrary(def.element!), { maxLength: 3 });
      break;
    case 'object': {
      const shape = def.shape!;
      const required = Object.keys(shape).filter((key) => defOf(shape[key]!).type !== 'optional');
      const fields = fc.record(
        Object.fromEntries(Object.entries(shape).map(([key, field]) => [key, zodArbitrary(field)])),
        { requiredKeys: required },
      );
      right = fc.oneof(
        { arbitrary: fields, weight: 8 },
        fc
          .tuple(fields, fc.dictionary(fc.string(), fc.anything(), { maxKeys: 2 }))
          .map(([known, extra]) => ({ ...extra, ...known })),
      );
      break;
    }
    default:
      throw new Error(`zodArbitrary: no generator for zod type "${def.type}"`);
  }
  return fc.oneof({ arbitrary: right, weight: 60 }, fc.anything());
}
