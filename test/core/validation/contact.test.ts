import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  contactInputSchema,
  contactPatchSchema,
  identityDocumentSchema,
  phoneSchema,
} from '../../../src/core/model/index.js';
import {
  inputShape,
  patchShape,
  shapeErrors,
  shapeLooksRight,
} from '../../../src/core/validation/contact-shape.js';
import { zodArbitrary } from '../model/zod-arbitrary.js';
import { zodFieldErrors } from '../model/zod-errors.js';
import {
  generateBrazilianPhone,
  generateCpf,
  validateContactInput,
  validateContactPatch,
} from '../../../src/core/validation/index.js';

const validBrazilian = () => ({
  name: 'Conceição Gonçalves',
  email: 'conceicao.goncalves@empresa.com.br',
  country: 'BR',
  document: { type: 'cpf', number: '529.982.247-25' },
  phone: { countryCode: '55', area: '11', number: '98765-4321' },
  jobTitle: 'Analista de RH',
});

const validForeign = () => ({
  name: 'Joana Ribeiro',
  email: 'joana@empresa.pt',
  country: 'PT',
  document: { type: 'passport', number: 'CB123456' },
  phone: { countryCode: '351', area: '', number: '912345678' },
  jobTitle: 'Diretora',
});

/** `field:code` of each error, for compact assertions. */
function problems(
  result: ReturnType<typeof validateContactInput | typeof validateContactPatch>,
): string[] {
  return result.ok ? [] : result.errors.map((error) => `${error.field}:${error.code}`);
}

describe('validateContactInput', () => {
  it('accepts a Brazilian contact and returns it normalised', () => {
    const result = validateContactInput({
      ...validBrazilian(),
      name: '  Conceição   Gonçalves ',
      email: ' Conceicao.Goncalves@EMPRESA.com.br ',
      country: 'br',
      company: '  ACME Ltda. ',
      notes: '   ',
      consultingAuthorized: true,
    });
    expect(result).to.deep.equal({
      ok: true,
      value: {
        name: 'Conceição Gonçalves',
        email: 'Conceicao.Goncalves@empresa.com.br',
        country: 'BR',
        document: { type: 'cpf', number: '52998224725' },
        phone: { countryCode: '55', area: '11', number: '987654321' },
        jobTitle: 'Analista de RH',
        company: 'ACME Ltda.',
        consultingAuthorized: true,
      },
    });
  });

  it('accepts a contact from another country with another document', () => {
    const result = validateContactInput(validForeign());
    expect(result.ok).to.equal(true);
    expect(result.ok && result.value.document).to.deep.equal({
      type: 'passport',
      number: 'CB123456',
    });
  });

  it('takes a Brazilian document without a type as a CPF', () => {
    const result = validateContactInput({
      ...validBrazilian(),
      document: { number: '52998224725' },
    });
    expect(result.ok && result.value.document).to.deep.equal({
      type: 'cpf',
      number: '52998224725',
    });
  });

  it('ignores unknown keys and leaves them out of the value', () => {
    const result = validateContactInput({
      ...validBrazilian(),
      id: 'x',
      status: 'active',
      extra: { a: 1 },
    });
    expect(result.ok).to.equal(true);
    expect(result.ok && Object.keys(result.value)).to.not.include.members([
      'id',
      'status',
      'extra',
    ]);
  });

  it('keeps role, grants and sites, copied', () => {
    const sites = [{ siteId: 's1', capabilities: ['open-tickets'] }];
    const result = validateContactInput({
      ...validBrazilian(),
      role: 'system-user',
      grants: ['approve-budgets'],
      sites,
    });
    expect(result.ok && result.value.sites).to.deep.equal(sites);
    expect(result.ok && result.value.sites).to.not.equal(sites);
    expect(result.ok && result.value.grants).to.deep.equal(['approve-budgets']);
  });

  it('reports every missing field at once, in the order of the form', () => {
    expect(problems(validateContactInput({}))).to.deep.equal([
      'name:required',
      'email:required',
      'country:required',
      'document.type:required',
      'document.number:required',
      'phone.countryCode:required',
      'phone.number:required',
      'jobTitle:required',
    ]);
  });

  it('asks for a CPF (not a document type) when the country is Brazil', () => {
    expect(problems(validateContactInput({ country: 'BR' }))).to.include(
      'document.number:required',
    );
    expect(problems(validateContactInput({ country: 'BR' }))).to.not.include(
      'document.type:required',
    );
  });

  it('refuses input that is not an object, naming the record itself', () => {
    for (const input of [null, undefined, 'contact', 42, [validBrazilian()]]) {
      const result = validateContactInput(input);
      expect(result).to.deep.equal({
        ok: false,
        errors: [{ field: '', code: 'invalid-type', params: { expected: 'object' } }],
      });
    }
  });

  it('names each field of the wrong type and still checks the others', () => {
    const result = validateContactInput({
      ...validBrazilian(),
      name: 42,
      document: 'cpf',
      phone: { countryCode: 55, area: '11', number: '987654321' },
      consultingAuthorized: 'yes',
      email: 'not-an-email',
    });
    expect(problems(result)).to.deep.equal([
      'name:invalid-type',
      'email:email-format',
      'document:invalid-type',
      'phone.countryCode:invalid-type',
      'consultingAuthorized:invalid-type',
    ]);
    expect(!result.ok && result.errors[0]?.params).to.deep.equal({ expected: 'string' });
  });

  it('names an unknown document type and lists the accepted ones', () => {
    const result = validateContactInput({
      ...validForeign(),
      document: { type: 'rg', number: '123' },
    });
    expect(!result.ok && result.errors).to.deep.equal([
      {
        field: 'document.type',
        code: 'invalid-value',
        params: { allowed: 'cpf, passport, national-id, other' },
      },
    ]);
  });

  const cpfCases: [string, string][] = [
    ['529.982.247-26', 'cpf-check-digits'],
    ['111.111.111-11', 'cpf-repeated'],
    ['5299822472', 'cpf-length'],
    ['529.982.247-2X', 'cpf-format'],
    ['', 'required'],
  ];
  for (const [number, code] of cpfCases) {
    it(`refuses the CPF ${JSON.stringify(number)} with ${code}`, () => {
      const result = validateContactInput({
        ...validBrazilian(),
        document: { type: 'cpf', number },
      });
      expect(problems(result)).to.deep.equal([`document.number:${code}`]);
    });
  }

  it('offers the zero-padded CPF for an Excel-stripped value, and does not apply it', () => {
    const result = validateContactInput({
      ...validBrazilian(),
      document: { type: 'cpf', number: '1234567890' },
    });
    expect(result).to.deep.equal({
      ok: false,
      errors: [
        {
          field: 'document.number',
          code: 'cpf-leading-zeros',
          params: { suggestion: '01234567890' },
        },
      ],
    });
  });

  it('offers the zero-padded CPF for a stripped value written with its mask (the form gets it too)', () => {
    const result = validateContactInput({
      ...validBrazilian(),
      document: { type: 'cpf', number: '186.091.397-0' },
    });
    expect(result).to.deep.equal({
      ok: false,
      errors: [
        {
          field: 'document.number',
          code: 'cpf-leading-zeros',
          params: { suggestion: '01860913970' },
        },
      ],
    });
  });

  it('refuses another document type for Brazil and a CPF elsewhere', () => {
    expect(
      problems(
        validateContactInput({
          ...validBrazilian(),
          document: { type: 'passport', number: '52998224725' },
        }),
      ),
    ).to.deep.equal(['document.type:document-cpf-required']);
    expect(
      problems(
        validateContactInput({
          ...validForeign(),
          document: { type: 'cpf', number: '52998224725' },
        }),
      ),
    ).to.deep.equal(['document.type:document-cpf-foreign']);
  });

  it('checks lengths of names and texts', () => {
    const result = validateContactInput({
      ...validBrazilian(),
      name: ' A ',
      jobTitle: 'x'.repeat(121),
      notes: 'n'.repeat(4001),
    });
    expect(!result.ok && result.errors).to.deep.equal([
      { field: 'name', code: 'too-short', params: { min: 2 } },
      { field: 'jobTitle', code: 'too-long', params: { max: 120 } },
      { field: 'notes', code: 'too-long', params: { max: 4000 } },
    ]);
  });

  it('accepts ISO country codes in any case and refuses anything else', () => {
    expect(validateContactInput({ ...validForeign(), country: ' pt ' }).ok).to.equal(true);
    for (const country of ['Brasil', 'ZZ', 'UK', 'B', 'BRA']) {
      expect(problems(validateContactInput({ ...validForeign(), country })), country).to.deep.equal(
        ['country:country-code'],
      );
    }
  });

  it('passes the phone checks through, field by field', () => {
    const result = validateContactInput({
      ...validBrazilian(),
      phone: { countryCode: '55', area: '20', number: '12345' },
    });
    expect(problems(result)).to.deep.equal([
      'phone.area:phone-ddd',
      'phone.number:phone-brazil-number',
    ]);
  });

  it('trims names and collapses inner whitespace like a regular expression would (property)', () => {
    const unit = fc.constantFrom('a', 'é', 'Z', ' ', ' ', '\t', '\u00a0', '\u2003', '\n', '-');
    fc.assert(
      fc.property(fc.string({ unit, minLength: 1, maxLength: 30 }), (name) => {
        const expected = name.trim().replace(/\s+/g, ' ');
        fc.pre(expected.length >= 2);
        const result = validateContactInput({ ...validBrazilian(), name });
        return result.ok && result.value.name === expected;
      }),
    );
  });

  it('never changes the object it was given', () => {
    const input = { ...validBrazilian(), name: '  Ana  Souza ', email: 'Ana@X.COM' };
    const copy = structuredClone(input);
    validateContactInput(input);
    expect(input).to.deep.equal(copy);
  });

  it('accepts every generated Brazilian contact (property)', () => {
    fc.assert(
      fc.property(fc.integer(), fc.boolean(), (seed, masked) => {
        let state = seed >>> 0 || 1;
        const random = () => (state = (Math.imul(state, 48271) + 11) >>> 0) / 4294967296;
        const cpf = generateCpf(random);
        const result = validateContactInput({
          ...validBrazilian(),
          document: {
            type: 'cpf',
            number: masked
              ? `${cpf.slice(0, 3)}.${cpf.slice(3, 6)}.${cpf.slice(6, 9)}-${cpf.slice(9)}`
              : cpf,
          },
          phone: generateBrazilianPhone(random),
        });
        return result.ok && result.value.document.number === cpf;
      }),
    );
  });

  it('never throws and always names a field and a code, whatever it is given (property)', () => {
    const field = fc.oneof(fc.string(), fc.constant(undefined), fc.anything());
    const record = fc.record(
      {
        name: field,
        email: fc.oneof(fc.emailAddress(), field),
        country: fc.oneof(fc.constantFrom('BR', 'PT', 'us'), field),
        document: fc.oneof(
          fc.record({ type: fc.constantFrom('cpf', 'passport', 'x'), number: field }),
          field,
        ),
        phone: fc.oneof(fc.record({ countryCode: field, area: field, number: field }), field),
        jobTitle: field,
        communication: field,
        sites: field,
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(record, fc.anything()), (input) => {
        for (const result of [validateContactInput(input), validateContactPatch(input)]) {
          if (result.ok) continue;
          if (result.errors.length === 0) return false;
          if (!result.errors.every((e) => typeof e.field === 'string' && e.code.length > 0))
            return false;
        }
        return true;
      }),
    );
  });

  it('checks the shape without zod, agreeing with the model’s zod schemas on every input (property)', () => {
    // The model's zod schemas, with every field optional down to the document's and phone's parts: a
    // missing field is the content checks' `required`, not a shape error.
    const zodInput = contactInputSchema.partial().extend({
      document: identityDocumentSchema.partial().optional(),
      phone: phoneSchema.partial().optional(),
    });
    const zodPatch = contactPatchSchema.extend({
      document: identityDocumentSchema.partial().optional(),
      phone: phoneSchema.partial().optional(),
    });
    // Records generated from the zod schema itself: a field added to the model is generated too.
    const loose = zodArbitrary(zodInput).filter(
      (value) => typeof value === 'object' && value !== null && !Array.isArray(value),
    );
    let wrong = 0;
    fc.assert(
      fc.property(loose, (value) => {
        const record = value as Record<string, unknown>;
        const input = zodFieldErrors(zodInput, record);
        const patch = zodFieldErrors(zodPatch, record);
        if (input.length > 0) wrong++;
        expect(shapeLooksRight(record, false)).to.equal(input.length === 0);
        expect(shapeLooksRight(record, true)).to.equal(patch.length === 0);
        expect(shapeErrors(inputShape, record)).to.deep.equal(input);
        expect(shapeErrors(patchShape, record)).to.deep.equal(patch);
      }),
      { numRuns: 500 },
    );
    // Both outcomes were exercised.
    expect(wrong).to.be.within(1, 499);
  });

  it('checks the same fields as the model’s schemas', () => {
    expect(inputShape.keys).to.have.members(Object.keys(contactInputSchema.shape));
    expect(patchShape.keys).to.have.members(Object.keys(contactPatchSchema.shape));
  });
});

describe('validateContactPatch', () => {
  const base = {
    country: 'BR',
    document: { type: 'cpf' as const, number: '52998224725' },
    email: 'conceicao@empresa.com.br',
  };

  it('accepts an empty patch', () => {
    expect(validateContactPatch({})).to.deep.equal({ ok: true, value: {} });
  });

  it('checks only the fields present, and cleans them', () => {
    expect(
      validateContactPatch({
        name: '  Ana  Souza ',
        phone: { countryCode: '+55', area: '11', number: '3456-7890' },
      }),
    ).to.deep.equal({
      ok: true,
      value: { name: 'Ana Souza', phone: { countryCode: '55', area: '11', number: '34567890' } },
    });
  });

  it('refuses any change of e-mail', () => {
    expect(problems(validateContactPatch({ email: 'new@empresa.com.br' }))).to.deep.equal([
      'email:email-immutable',
    ]);
    expect(problems(validateContactPatch({ email: 'new@empresa.com.br' }, base))).to.deep.equal([
      'email:email-immutable',
    ]);
  });

  it('lets a form send the unchanged e-mail back, and drops it', () => {
    expect(
      validateContactPatch({ email: 'Conceicao@Empresa.com.br', name: 'Conceição' }, base),
    ).to.deep.equal({
      ok: true,
      value: { name: 'Conceição' },
    });
  });

  it('reports every bad field of a patch', () => {
    expect(
      problems(
        validateContactPatch(
          { email: 'x@y.com', name: '', jobTitle: 7, document: { type: 'cpf', number: '123' } },
          base,
        ),
      ),
    ).to.deep.equal([
      'name:required',
      'email:email-immutable',
      'document.number:cpf-length',
      'jobTitle:invalid-type',
    ]);
  });

  it("checks a new document against the contact's country", () => {
    expect(
      problems(validateContactPatch({ document: { type: 'passport', number: 'X1' } }, base)),
    ).to.deep.equal(['document.type:document-cpf-required']);
    expect(
      validateContactPatch({ document: { type: 'cpf', number: '111.444.777-35' } }, base),
    ).to.deep.equal({
      ok: true,
      value: { document: { type: 'cpf', number: '11144477735' } },
    });
  });

  it('refuses moving a contact abroad while the document is still a CPF', () => {
    expect(problems(validateContactPatch({ country: 'US' }, base))).to.deep.equal([
      'document.type:document-cpf-foreign',
    ]);
    expect(
      validateContactPatch(
        { country: 'us', document: { type: 'passport', number: ' 123456789 ' } },
        base,
      ),
    ).to.deep.equal({
      ok: true,
      value: { country: 'US', document: { type: 'passport', number: '123456789' } },
    });
  });

  it('ignores access fields and unknown keys', () => {
    expect(
      validateContactPatch({ role: 'general-admin', grants: ['x'], version: 3 }),
    ).to.deep.equal({
      ok: true,
      value: {},
    });
  });

  it('keeps an emptied optional text, which clears it', () => {
    expect(validateContactPatch({ company: '  ', notes: 'Prefers e-mail' })).to.deep.equal({
      ok: true,
      value: { company: '', notes: 'Prefers e-mail' },
    });
  });

  it('refuses a patch that is not an object', () => {
    expect(problems(validateContactPatch(null))).to.deep.equal([':invalid-type']);
  });
});
