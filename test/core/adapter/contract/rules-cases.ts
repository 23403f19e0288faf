import { expect } from '@open-wc/testing';
import type { PortalAdapter } from '../../../../src/core/adapter/types.js';
import { createDemoData, type DemoData } from '../../../../src/core/demo-data.js';
import type { Contact, Policy } from '../../../../src/core/model/index.js';
import { setRoleCell } from '../../../../src/core/permissions/diff.js';
import { adminFilter, createPermissionEngine } from '../../../../src/core/permissions/index.js';
import {
  editableFields,
  verdict,
  type RowAct,
  type Verdict,
} from '../../../../src/core/rules/index.js';
import { refusal, sampleContact } from '../support.js';
import type { AdapterFixture, MakeAdapters } from './contract-suite.js';

/** What the UI would show for `act` on `contact`, asked of the rules layer with the session's facts. */
async function shown(
  adapter: PortalAdapter,
  act: RowAct,
  contact: Contact,
  to?: Contact,
): Promise<Verdict> {
  const [session, policy] = await Promise.all([
    adapter.session.current(),
    adapter.permissions.policy(),
  ]);
  const adminCount = (await adapter.contacts.list({ filter: adminFilter(policy), limit: 1 })).total;
  return verdict(
    { engine: createPermissionEngine(policy), actor: session.actor, adminCount },
    act,
    contact,
    to,
  );
}

/** The code a refused verdict shows: the engine's reason or the state's. */
function codeOf(outcome: Verdict): string {
  if (outcome.allowed) return 'allowed';
  return 'engine' in outcome ? outcome.engine.code : outcome.state;
}

/** Every contact of the signed-in company. */
async function everyone(adapter: PortalAdapter): Promise<Contact[]> {
  const all: Contact[] = [];
  let cursor: string | null | undefined;
  do {
    const page = await adapter.contacts.list({ limit: 500, cursor });
    all.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return all;
}

/**
 * The rules the UI explains and every backend must enforce with the same code — issue 7's three
 * settled disagreements and each write the backend used to accept although the UI refused it. Each
 * case asks the rules layer what the UI shows, then the adapter, and checks they agree.
 */
export function describeRuleCases(makeAdapters: MakeAdapters): void {
  describe('one rule for the UI and the backend', () => {
    let data: DemoData;
    let fixture: AdapterFixture;
    let admin: PortalAdapter;
    let registrar: PortalAdapter;
    let user: PortalAdapter;

    beforeEach(async () => {
      data = createDemoData({ contacts: 60, seed: 17 });
      fixture = await makeAdapters(data);
      admin = fixture.as(data.actors.generalAdmin);
      registrar = fixture.as(data.actors.registrationAdmin);
      user = fixture.as(data.actors.systemUser);
    });

    afterEach(async () => {
      await fixture?.cleanup();
    });

    /** An active Brazilian system user other than the named actors, with no grants and no tickets. */
    const plainUser = async (): Promise<Contact> => {
      const named = Object.values(data.actors);
      const found = (await everyone(admin)).find(
        (c) =>
          c.role === 'system-user' &&
          c.status === 'active' &&
          c.country === 'BR' &&
          c.grants.length === 0 &&
          c.openTickets === 0 &&
          !named.includes(c.id),
      );
      expect(found, 'the data has an active system user').to.not.equal(undefined);
      return found!;
    };

    it('refuses to hand administration to a general admin already, with the code the list shows (already-admin)', async () => {
      const heir = await plainUser();
      await admin.contacts.transferAdministration(heir.id, { keepOwn: true });
      const now = await admin.contacts.get(heir.id);
      const expected = await shown(admin, 'transfer-admin', now);
      expect(codeOf(expected)).to.equal('already-admin');
      const error = await refusal(
        admin.contacts.transferAdministration(heir.id, { keepOwn: false }),
        'conflict',
        'already-admin',
      );
      expect((error.current as Contact | undefined)?.id).to.equal(heir.id);
      expect(await admin.contacts.get(heir.id)).to.deep.equal(now);
      expect((await admin.contacts.get(data.actors.generalAdmin)).role).to.equal('general-admin');
    });

    it('refuses to move tickets from someone who has none, with the code the list shows (no-tickets)', async () => {
      const idle = await plainUser();
      expect(idle.openTickets).to.equal(0);
      const receiver = await admin.contacts.get(data.actors.registrationAdmin);
      expect(codeOf(await shown(admin, 'transfer-tickets', idle, receiver))).to.equal('no-tickets');
      await refusal(admin.contacts.transferTickets(idle.id, receiver.id), 'conflict', 'no-tickets');
      expect(await admin.contacts.get(receiver.id)).to.deep.equal(receiver);
      expect(await admin.contacts.get(idle.id)).to.deep.equal(idle);
    });

    it('refuses every act on one’s own contact with one code (self), and writes nothing', async () => {
      const me = await admin.contacts.get(data.actors.generalAdmin);
      const cases: [RowAct, () => Promise<unknown>][] = [
        ['transfer-admin', () => admin.contacts.transferAdministration(me.id, {})],
        ['delete', () => admin.contacts.remove(me.id, { version: me.version })],
        ['suspend', () => admin.contacts.transition(me.id, 'suspend', { version: me.version })],
        [
          'inactivate',
          () => admin.contacts.transition(me.id, 'inactivate', { version: me.version }),
        ],
      ];
      for (const [act, write] of cases) {
        expect(codeOf(await shown(admin, act, me)), act).to.equal('self');
        await refusal(write(), 'forbidden', 'self');
      }
      // The registration admin may suspend others, but not themselves either.
      const registrarSelf = await registrar.contacts.get(data.actors.registrationAdmin);
      expect(codeOf(await shown(registrar, 'suspend', registrarSelf))).to.equal('self');
      await refusal(
        registrar.contacts.transition(registrarSelf.id, 'suspend', {
          version: registrarSelf.version,
        }),
        'forbidden',
        'self',
      );
      expect(await admin.contacts.get(me.id)).to.deep.equal(me);
      expect(await admin.contacts.get(registrarSelf.id)).to.deep.equal(registrarSelf);
    });

    it('keeps a CPF unique in a company, like the e-mail (document-taken)', async () => {
      const existing = await admin.contacts.get(data.actors.systemUser);
      expect(existing.document.type).to.equal('cpf');
      const { total } = await admin.contacts.list({ limit: 1 });
      const copy = sampleContact({
        email: 'gemea.cpf@exemplo.com.br',
        document: { type: 'cpf', number: existing.document.number },
      });
      const error = await refusal(admin.contacts.create(copy), 'validation', 'document-taken');
      expect(error.fields).to.deep.include({ field: 'document.number', code: 'document-taken' });
      expect((await admin.contacts.list({ limit: 1 })).total).to.equal(total);

      // Moving another contact onto it is refused too; keeping one's own is no change.
      const other = await plainUser();
      await refusal(
        admin.contacts.update(
          other.id,
          { document: existing.document },
          { version: other.version },
        ),
        'validation',
        'document-taken',
      );
      const same = await admin.contacts.update(
        existing.id,
        { document: existing.document, jobTitle: 'Gerente de Contas' },
        { version: existing.version },
      );
      expect(same.jobTitle).to.equal('Gerente de Contas');

      // Another company is another list of people.
      const elsewhere = fixture.as(data.companyActors[data.companies[1]!.id]!.generalAdmin);
      const there = await elsewhere.contacts.create(copy);
      expect(there.document.number).to.equal(existing.document.number);
    });

    it('lets a system user change only the fields the policy leaves them on their own contact', async () => {
      const own = await user.contacts.get(data.actors.systemUser);
      const session = await user.session.current();
      const engine = createPermissionEngine(await user.permissions.policy());
      const fields = editableFields({ engine, actor: session.actor }, own);
      expect(fields.jobTitle.allowed).to.equal(true);
      expect(fields.consultingAuthorized).to.deep.equal({
        allowed: false,
        state: 'not-self-editable',
      });

      const error = await refusal(
        user.contacts.update(
          own.id,
          { consultingAuthorized: !own.consultingAuthorized, jobTitle: 'Analista' },
          { version: own.version },
        ),
        'forbidden',
        'not-self-editable',
      );
      expect(error.fields).to.deep.equal([
        { field: 'consultingAuthorized', code: 'not-self-editable' },
      ]);
      expect(await user.contacts.get(own.id)).to.deep.equal(own);

      // The whole profile sent back with only a contact detail changed is fine (what a form sends).
      const { id: _id, email: _email, companyId: _c, ...profile } = own;
      const saved = await user.contacts.update(
        own.id,
        {
          name: profile.name,
          country: profile.country,
          document: profile.document,
          phone: profile.phone,
          jobTitle: 'Analista de Suprimentos',
          consultingAuthorized: profile.consultingAuthorized,
          communication: {
            ...profile.communication,
            productNews: !profile.communication.productNews,
          },
        },
        { version: own.version },
      );
      expect(saved.jobTitle).to.equal('Analista de Suprimentos');

      // The policy decides: once it lists the consulting flag, the same edit goes through.
      const policy = await admin.permissions.policy();
      await admin.permissions.updatePolicy(
        {
          ...policy,
          selfEditableFields: [
            'name',
            'phone',
            'jobTitle',
            'communication',
            'consultingAuthorized',
          ],
        },
        { version: policy.version },
      );
      const flipped = await user.contacts.update(
        own.id,
        { consultingAuthorized: !own.consultingAuthorized },
        { version: saved.version },
      );
      expect(flipped.consultingAuthorized).to.equal(!own.consultingAuthorized);
      // An administrator changes any field of anyone.
      const byAdmin = await admin.contacts.update(
        own.id,
        { notes: 'Atende a filial de Campinas.' },
        { version: flipped.version },
      );
      expect(byAdmin.notes).to.equal('Atende a filial de Campinas.');
    });

    it('takes a person off an approver list when they lose what they approve', async () => {
      const person = await plainUser();
      const granted = await admin.permissions.setAccess(
        person.id,
        { role: person.role, grants: ['approve-budgets'], sites: person.sites },
        { version: person.version },
      );
      const before = await admin.permissions.approvers();
      const lists = await admin.permissions.setApprovers(
        { budgets: [...before.budgets, person.id], tickets: [...before.tickets, person.id] },
        { version: before.version },
      );
      expect(lists.budgets).to.include(person.id);

      // Revoking the grant: off the budgets list; still a ticket approver (they still open tickets).
      const revoked = await admin.permissions.setAccess(
        person.id,
        { role: person.role, grants: [], sites: person.sites },
        { version: granted.version },
      );
      const after = await admin.permissions.approvers();
      expect(after.budgets).not.to.include(person.id);
      expect(after.tickets).to.include(person.id);
      expect(after.version).to.be.greaterThan(lists.version);
      expect(after.budgets).to.deep.equal(before.budgets);

      // Suspended, they can approve nothing: off every list.
      await admin.contacts.transition(person.id, 'suspend', { version: revoked.version });
      const suspended = await admin.permissions.approvers();
      expect(suspended.tickets).not.to.include(person.id);
      // The lists as they are stay valid: saving them again is accepted.
      await admin.permissions.setApprovers(
        { budgets: suspended.budgets, tickets: suspended.tickets },
        { version: suspended.version },
      );
    });

    it('refuses a policy that writes into any role a capability the actor does not hold (grant-not-held)', async () => {
      // A registration admin given "grant permissions" as an extra grant.
      const clerk = await admin.contacts.get(data.actors.registrationAdmin);
      await admin.permissions.setAccess(
        clerk.id,
        { role: clerk.role, grants: ['grant-permissions'], sites: clerk.sites },
        { version: clerk.version },
      );
      const policy = await registrar.permissions.policy();
      const attempts: Policy[] = [
        // their own role…
        setRoleCell(policy, 'registration-admin', 'transfer-administration', 'always'),
        // …or anyone's
        setRoleCell(policy, 'system-user', 'define-approvers', 'always'),
        setRoleCell(policy, 'system-user', 'enable-platforms', 'granted'),
      ];
      for (const attempt of attempts) {
        const error = await refusal(
          registrar.permissions.updatePolicy(attempt, { version: policy.version }),
          'forbidden',
          'grant-not-held',
        );
        expect(error.fields[0]?.params?.role).to.be.a('string');
      }
      expect(await admin.permissions.policy()).to.deep.equal(policy);

      // What they hold outright they may put into a role.
      const allowed = setRoleCell(policy, 'system-user', 'delete-contacts', 'always');
      const saved = await registrar.permissions.updatePolicy(allowed, { version: policy.version });
      expect(saved.version).to.equal(policy.version + 1);
    });

    it('refuses a policy whose admin role nobody who can act holds (last-admin)', async () => {
      const policy = await admin.permissions.policy();
      const general = policy.roles.find((r) => r.id === 'general-admin')!;
      const owner: Policy = {
        ...policy,
        roles: [...policy.roles, { id: 'owner', capabilities: general.capabilities }],
        adminRole: 'owner',
      };
      const error = await refusal(
        admin.permissions.updatePolicy(owner, { version: policy.version }),
        'forbidden',
        'last-admin',
      );
      expect(error.fields[0]?.field).to.equal('adminRole');
      expect(await admin.permissions.policy()).to.deep.equal(policy);
      const admins = await admin.contacts.list({ filter: adminFilter(policy), limit: 1 });
      expect(admins.total).to.be.greaterThan(0);

      // A role that people hold can become the admin role (once it can grant).
      const registration = policy.roles.find((r) => r.id === 'registration-admin')!;
      const moved: Policy = {
        ...policy,
        roles: policy.roles.map((r) =>
          r.id === 'registration-admin'
            ? { ...registration, capabilities: general.capabilities }
            : r,
        ),
        adminRole: 'registration-admin',
      };
      const saved = await admin.permissions.updatePolicy(moved, { version: policy.version });
      expect(saved.adminRole).to.equal('registration-admin');
    });
  });
}
