import { expect } from '@open-wc/testing';
import type { ImportRow, PortalAdapter } from '../../../../src/core/adapter/types.js';
import { createDemoData, type DemoData } from '../../../../src/core/demo-data.js';
import type { Contact, ContactInput } from '../../../../src/core/model/index.js';
import { createPermissionEngine } from '../../../../src/core/permissions/index.js';
import { importRoleRefusals } from '../../../../src/core/rules/import.js';
import { formatCpf } from '../../../../src/core/validation/index.js';
import { refusal, sampleContact } from '../support.js';
import type { AdapterFixture, MakeAdapters } from './contract-suite.js';

let serial = 0;
/** A new person with an e-mail (and so a CPF) of their own. */
function person(overrides: Partial<ContactInput> = {}): ContactInput {
  serial += 1;
  return sampleContact({
    name: `Importada Teste ${serial}`,
    email: `importada.${serial}.${Date.now().toString(36)}@exemplo.com.br`,
    ...overrides,
  });
}

const row = (contact: ContactInput, version?: number): ImportRow =>
  version === undefined ? { contact } : { contact, version };

/** Every contact of the signed-in company. */
async function total(adapter: PortalAdapter): Promise<number> {
  return (await adapter.contacts.list({ limit: 1 })).total;
}

/**
 * `contacts.import` and `contacts.lookup`: a batch of rows, each created, updated, skipped or refused
 * on its own with the error a single call would answer; replays never write twice; only who may
 * import imports; the lookup finds existing contacts by e-mail and CPF, in the company only.
 */
export function describeImportCases(makeAdapters: MakeAdapters): void {
  describe('batch import and lookup', () => {
    let data: DemoData;
    let fixture: AdapterFixture;
    let admin: PortalAdapter;

    beforeEach(async () => {
      data = createDemoData({ contacts: 40, seed: 31 });
      fixture = await makeAdapters(data);
      admin = fixture.as(data.actors.generalAdmin);
    });

    afterEach(async () => {
      await fixture?.cleanup();
    });

    it('answers one result per row: created, refused with every field, skipped as existing or repeated', async () => {
      const existing = await admin.contacts.get(data.actors.systemUser);
      const before = await total(admin);
      const fresh = person();
      const bad = person({
        document: { type: 'cpf', number: '123.456.789-00' },
        phone: { countryCode: '55', area: '00', number: '987654321' },
      });
      const result = await admin.contacts.import([
        row(fresh),
        row(bad),
        row(person({ email: existing.email.toUpperCase() })),
        row({ ...fresh, name: 'Outra Pessoa' }),
      ]);

      expect(result.dryRun).to.equal(false);
      expect(result.results.map((r) => r.status)).to.deep.equal([
        'created',
        'error',
        'skipped',
        'skipped',
      ]);
      expect(result.summary).to.deep.equal({ created: 1, updated: 0, skipped: 2, error: 1 });

      const [created, refused, exists, repeated] = result.results;
      if (created?.status !== 'created') throw new Error('row 0 was not created');
      expect(created.contact.email).to.equal(fresh.email);
      expect(created.contact.status).to.equal('potential');
      expect(await admin.contacts.get(created.contact.id)).to.deep.equal(created.contact);

      if (refused?.status !== 'error') throw new Error('row 1 was not refused');
      expect(refused.error.kind).to.equal('validation');
      expect(refused.error.fields.map((f) => f.field).sort()).to.deep.equal([
        'document.number',
        'phone.area',
      ]);
      expect(exists).to.deep.equal({ status: 'skipped', code: 'exists', contactId: existing.id });
      expect(repeated).to.deep.equal({
        status: 'skipped',
        code: 'duplicate-in-batch',
        firstRow: 0,
      });

      expect(await total(admin)).to.equal(before + 1);
      const history = await admin.contacts.history(created.contact.id);
      expect(history.items.map((entry) => [entry.event, entry.actorId])).to.deep.equal([
        ['created', data.actors.generalAdmin],
      ]);
    });

    it('updates existing contacts’ profiles when asked, never their e-mail nor their access', async () => {
      const current = await admin.contacts.get(data.actors.systemUser);
      const result = await admin.contacts.import(
        [
          row(
            {
              ...person(),
              email: `  ${current.email.toUpperCase()} `,
              country: current.country,
              document: current.document,
              jobTitle: 'Coordenadora Importada',
              role: 'general-admin',
            },
            current.version,
          ),
        ],
        { existing: 'update' },
      );
      const [updated] = result.results;
      if (updated?.status !== 'updated') throw new Error(JSON.stringify(updated));
      expect(updated.ignored).to.deep.equal(['role']);
      const now = await admin.contacts.get(current.id);
      expect(now).to.deep.equal(updated.contact);
      expect(now.jobTitle).to.equal('Coordenadora Importada');
      expect(now.email).to.equal(current.email);
      expect(now.role).to.equal(current.role);
      expect(now.version).to.be.greaterThan(current.version);

      // The version the user reviewed is now stale: the row is refused, nothing written.
      const again = await admin.contacts.import(
        [row({ ...person(), email: current.email, jobTitle: 'Outra' }, current.version)],
        { existing: 'update' },
      );
      const [stale] = again.results;
      if (stale?.status !== 'error') throw new Error(JSON.stringify(stale));
      expect(stale.error).to.deep.include({ kind: 'conflict', code: 'stale-version' });
      expect((await admin.contacts.get(current.id)).jobTitle).to.equal('Coordenadora Importada');
    });

    it('writes the good rows of a batch whose other rows fail, and each row sees the ones before', async () => {
      const holder = await admin.contacts.get(data.actors.registrationAdmin);
      const before = await total(admin);
      const first = person();
      const result = await admin.contacts.import([
        row(first),
        // Another e-mail with the CPF row 0 just took: as a single create would answer.
        row(person({ document: first.document })),
        // The CPF of an existing contact with another e-mail: an import never changes an e-mail.
        row(person({ document: holder.document })),
        row(person()),
      ]);
      const codes = result.results.map((r) => (r.status === 'error' ? r.error.code : r.status));
      expect(codes).to.deep.equal(['created', 'document-taken', 'document-taken', 'created']);
      expect(await total(admin)).to.equal(before + 2);
    });

    it('never writes a batch twice for a replayed key, and refuses the key for another batch', async () => {
      const before = await total(admin);
      const rows = [row(person()), row(person())];
      const first = await admin.contacts.import(rows, { idempotencyKey: 'import-x-batch-0' });
      const again = await admin.contacts.import(rows, { idempotencyKey: 'import-x-batch-0' });
      expect(again.results.map((r) => r.status)).to.deep.equal(['created', 'created']);
      const ids = (result: typeof first) =>
        result.results.map((r) => (r.status === 'created' ? r.contact.id : ''));
      expect(ids(again)).to.deep.equal(ids(first));
      expect(await total(admin)).to.equal(before + 2);
      await refusal(
        admin.contacts.import([row(person())], { idempotencyKey: 'import-x-batch-0' }),
        'conflict',
        'idempotency-key-reused',
      );
      expect(await total(admin)).to.equal(before + 2);
    });

    it('answers a dry run as the import would, and writes nothing', async () => {
      const before = await total(admin);
      const result = await admin.contacts.import([row(person()), row(person({ name: '' }))], {
        dryRun: true,
      });
      expect(result.dryRun).to.equal(true);
      expect(result.results.map((r) => r.status)).to.deep.equal(['created', 'error']);
      expect(await total(admin)).to.equal(before);
    });

    it('lets admins import and refuses a system user the whole batch, writing nothing', async () => {
      const before = await total(admin);
      const registrar = fixture.as(data.actors.registrationAdmin);
      const done = await registrar.contacts.import([row(person())]);
      expect(done.summary.created).to.equal(1);
      const user = fixture.as(data.actors.systemUser);
      const error = await refusal(user.contacts.import([row(person())]), 'forbidden');
      expect(error.code).to.equal('not-in-role');
      // Not even a replay of someone else's batch is answered.
      const key = 'import-y-batch-0';
      const rows = [row(person())];
      await admin.contacts.import(rows, { idempotencyKey: key });
      await refusal(user.contacts.import(rows, { idempotencyKey: key }), 'forbidden');
      expect(await total(admin)).to.equal(before + 2);
    });

    it('refuses a row whose role the actor may not give, for the reason the importer’s review shows', async () => {
      const registrar = fixture.as(data.actors.registrationAdmin);
      const { actor } = await registrar.session.current();
      const policy = await registrar.permissions.policy();
      // What the review asks before planning (the element's controller makes this very call).
      const refusals = importRoleRefusals(
        { engine: createPermissionEngine(policy), actor },
        policy.roles.map((role) => role.id),
      );
      const refusedIds = refusals.map((refusal) => refusal.role).sort();
      expect(refusedIds).to.deep.equal(['general-admin', 'registration-admin']);

      const before = await total(admin);
      const result = await registrar.contacts.import([
        row(person({ role: 'general-admin' })),
        row(person({ role: 'system-user' })),
        row(person({ role: 'registration-admin' })),
      ]);
      expect(result.results.map((r) => r.status)).to.deep.equal(['error', 'created', 'error']);
      for (const [index, role] of [
        [0, 'general-admin'],
        [2, 'registration-admin'],
      ] as const) {
        const answer = result.results[index];
        if (answer?.status !== 'error') throw new Error(`row ${index} was not refused`);
        const expected = refusals.find((refusal) => refusal.role === role)!;
        expect(answer.error.kind).to.equal('forbidden');
        expect(answer.error.code).to.equal(expected.code);
        expect(answer.error.fields[0]?.field).to.equal('role');
      }
      expect(await total(admin)).to.equal(before + 1);
      // The general admin may give every role: nothing to show, nothing refused.
      const own = await admin.session.current();
      const everything = importRoleRefusals(
        { engine: createPermissionEngine(policy), actor: own.actor },
        policy.roles.map((role) => role.id),
      );
      expect(everything).to.deep.equal([]);
      const granted = await admin.contacts.import([row(person({ role: 'registration-admin' }))]);
      expect(granted.summary.created).to.equal(1);
    });

    it('refuses a batch of more than 500 rows as a whole', async () => {
      const rows = Array.from({ length: 501 }, () => row(person()));
      const error = await refusal(admin.contacts.import(rows), 'validation');
      expect(error.fields).to.deep.equal([
        { field: 'rows', code: 'too-long', params: { max: 500 } },
      ]);
    });

    it('looks contacts up by e-mail and CPF, each once, in the company only', async () => {
      const company = data.companies[0]!.id;
      const mine = data.contacts.filter(
        (c) => c.companyId === company && c.document.type === 'cpf',
      );
      const a = mine[0]!;
      const b = mine[1]!;
      const other = data.contacts.find((c) => c.companyId !== company)!;
      const found = await admin.contacts.lookup({
        emails: [` ${a.email.toUpperCase()}`, other.email, 'ninguem@exemplo.com.br'],
        cpfs: [formatCpf(b.document.number), a.document.number, '123'],
      });
      const ids = found.map((c: Contact) => c.id).sort();
      expect(ids).to.deep.equal([a.id, b.id].sort());
      expect(found.find((c) => c.id === a.id)).to.deep.equal(await admin.contacts.get(a.id));
      expect(await admin.contacts.lookup({})).to.deep.equal([]);
      await refusal(
        admin.contacts.lookup({ emails: Array.from({ length: 501 }, (_, i) => `${i}@x.com`) }),
        'validation',
      );
    });
  });
}
