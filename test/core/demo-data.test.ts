import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { createDemoData, defaultInvitationTemplate } from '../../src/core/demo-data.js';
import { iso } from '../../src/core/demo/people.js';
import { contactSchema, invitationSchema, policySchema } from '../../src/core/model/index.js';
import { MemoryAdapter } from '../../src/core/adapter/memory/index.js';
import {
  companyFacts,
  countsAsAdmin,
  createPermissionEngine,
  defaultPolicy,
  sitePolicy,
} from '../../src/core/permissions/index.js';
import {
  checkPhone,
  isValidCpf,
  isValidEmail,
  validDdds,
  validateContactInput,
} from '../../src/core/validation/index.js';

describe('createDemoData', () => {
  const data = createDemoData({ contacts: 3000, seed: 7 });
  const [first, second] = data.companies;
  const mine = data.contacts.filter((c) => c.companyId === first!.id);

  it('is deterministic for a seed and differs between seeds', () => {
    const again = createDemoData({ contacts: 3000, seed: 7 });
    expect(JSON.stringify(again)).to.equal(JSON.stringify(data));
    const other = createDemoData({ contacts: 3000, seed: 8 });
    expect(other.contacts[5]!.name).not.to.equal(data.contacts[5]!.name);
  });

  it('makes the requested number of contacts in the first company and a few in the second', () => {
    expect(mine).to.have.length(3000);
    const theirs = data.contacts.filter((c) => c.companyId === second!.id);
    expect(theirs.length).to.be.within(3, 30);
    expect(new Set(data.contacts.map((c) => c.id)).size).to.equal(data.contacts.length);
  });

  it('makes every contact a valid record for the shared validators and the schema', () => {
    for (const contact of data.contacts) {
      expect(contactSchema.safeParse(contact).success, contact.id).to.equal(true);
      const result = validateContactInput(contact);
      expect(result.ok ? [] : result.errors, `${contact.id} ${contact.name}`).to.deep.equal([]);
    }
  });

  it('gives Brazilians valid CPFs, one third of them starting with 0, all different', () => {
    const cpfs = data.contacts.filter((c) => c.country === 'BR').map((c) => c.document);
    expect(cpfs.every((d) => d.type === 'cpf' && isValidCpf(d.number))).to.equal(true);
    const leading = cpfs.filter((d) => d.number.startsWith('0')).length / cpfs.length;
    expect(leading).to.be.within(0.32, 0.35);
    expect(new Set(cpfs.map((d) => d.number)).size).to.equal(cpfs.length);
  });

  it('uses real DDDs, mobiles and landlines', () => {
    const phones = data.contacts.filter((c) => c.country === 'BR').map((c) => c.phone);
    expect(phones.every((p) => validDdds.includes(p.area) && checkPhone(p).length === 0)).to.equal(
      true,
    );
    const mobiles = phones.filter((p) => p.number.length === 9).length;
    expect(mobiles / phones.length).to.be.within(0.6, 0.8);
    expect(new Set(phones.map((p) => p.area)).size).to.be.greaterThan(40);
  });

  it('writes accented Portuguese names and e-mails without accents, unique per company', () => {
    expect(mine.some((c) => /[ãõçéíóúâêô]/i.test(c.name))).to.equal(true);
    expect(mine.some((c) => c.name.includes('João'))).to.equal(true);
    expect(mine.some((c) => /Conceição|Gonçalves|Sebastião/.test(c.name))).to.equal(true);
    for (const contact of data.contacts) {
      expect(isValidEmail(contact.email), contact.email).to.equal(true);
      expect(/^[\x20-\x7e]+$/.test(contact.email), contact.email).to.equal(true);
    }
    for (const company of data.companies) {
      const emails = data.contacts.filter((c) => c.companyId === company.id).map((c) => c.email);
      expect(new Set(emails.map((e) => e.toLowerCase())).size).to.equal(emails.length);
    }
  });

  it('mixes statuses, mostly active, with some open tickets and per-site access', () => {
    const count = (status: string) => mine.filter((c) => c.status === status).length;
    expect(count('active') / mine.length).to.be.within(0.6, 0.8);
    for (const status of ['potential', 'site-assigned', 'invited', 'suspended', 'inactive']) {
      expect(count(status), status).to.be.greaterThan(0);
    }
    expect(mine.filter((c) => c.openTickets > 0).length).to.be.greaterThan(100);
    expect(
      mine.filter((c) => c.status === 'site-assigned').every((c) => c.sites.length > 0),
    ).to.equal(true);
    const siteIds = new Set(data.sites.map((s) => s.id));
    expect(mine.every((c) => c.sites.every((s) => siteIds.has(s.siteId)))).to.equal(true);
  });

  it('names an active general admin, registration admin and system user per company', () => {
    for (const company of data.companies) {
      const actors = data.companyActors[company.id]!;
      const find = (id: string) => data.contacts.find((c) => c.id === id)!;
      expect(find(actors.generalAdmin)).to.include({
        role: 'general-admin',
        status: 'active',
        companyId: company.id,
      });
      expect(find(actors.registrationAdmin)).to.include({
        role: 'registration-admin',
        status: 'active',
      });
      expect(find(actors.systemUser)).to.include({ role: 'system-user', status: 'active' });
      expect(find(actors.systemUser).grants).to.deep.equal([]);
    }
    expect(data.actors).to.deep.equal(data.companyActors[first!.id]);
  });

  it('leaves the second company exactly one general admin', () => {
    const admins = data.contacts.filter(
      (c) => c.companyId === second!.id && countsAsAdmin(defaultPolicy, c),
    );
    expect(admins).to.have.length(1);
  });

  it('has 3–5 sites per company, seats, invitations, template, approvers and policy', () => {
    for (const company of data.companies) {
      const sites = data.sites.filter((s) => s.companyId === company.id);
      expect(sites.length).to.be.within(3, 5);
      expect(policySchema.safeParse(data.policies[company.id]).success).to.equal(true);
      expect(data.templates[company.id]!.body).to.include('{link}');
    }
    const seats = data.saasUsers.filter((u) => u.companyId === first!.id && u.status === 'active');
    expect(data.seats[first!.id]!.licensed).to.equal(25);
    expect(seats.length).to.equal(20);
    const invited = mine.filter((c) => c.status === 'invited');
    for (const contact of invited) {
      const invitation = data.invitations.find((i) => i.contactId === contact.id);
      expect(invitation, contact.id).to.exist;
      expect(invitationSchema.safeParse(invitation).success).to.equal(true);
      expect(invitation!.email).to.equal(contact.email);
    }
    expect(defaultInvitationTemplate.body).to.include('{name}').and.include('{company}');
  });

  it('names approvers who may approve', () => {
    const approvers = data.approvers[first!.id]!;
    expect(approvers.budgets.length).to.be.greaterThan(0);
    for (const id of [...approvers.budgets, ...approvers.tickets]) {
      expect(data.contacts.find((c) => c.id === id)?.status).to.equal('active');
    }
  });

  it('gives site capabilities when the policy has them', () => {
    const withSites = createDemoData({ contacts: 300, seed: 3, policy: sitePolicy });
    expect(
      withSites.contacts.some((c) => c.sites.some((s) => s.capabilities.includes('site-view'))),
    ).to.equal(true);
  });

  describe('with the site policy (seed 003)', () => {
    const withSites = createDemoData({ contacts: 300, seed: 3, policy: sitePolicy });
    const siteCapabilities = sitePolicy.capabilities
      .filter((c) => c.scope === 'site')
      .map((c) => c.id);
    const engine = createPermissionEngine(sitePolicy);
    const find = (id: string) => withSites.contacts.find((c) => c.id === id)!;

    it('gives every general admin every site permission on every site of the company', () => {
      for (const company of withSites.companies) {
        const sites = withSites.sites.filter((s) => s.companyId === company.id).map((s) => s.id);
        const admins = withSites.contacts.filter(
          (c) => c.companyId === company.id && c.role === sitePolicy.adminRole,
        );
        expect(admins.map((c) => c.id)).to.include(
          withSites.companyActors[company.id]!.generalAdmin,
        );
        for (const admin of admins) {
          expect(
            admin.sites.map((s) => s.siteId),
            admin.id,
          ).to.have.members(sites);
          for (const entry of admin.sites) {
            expect(entry.capabilities, `${admin.id} on ${entry.siteId}`).to.have.members(
              siteCapabilities,
            );
            for (const capability of siteCapabilities) {
              expect(engine.can(admin, capability, { siteId: entry.siteId })).to.equal(true);
            }
          }
        }
      }
    });

    it('lets each company’s general admin grant any site permission on any site', async () => {
      for (const company of withSites.companies) {
        const actors = withSites.companyActors[company.id]!;
        const admin = find(actors.generalAdmin);
        const user = find(actors.systemUser);
        const sites = withSites.sites.filter((s) => s.companyId === company.id);
        const change = {
          role: user.role,
          grants: user.grants,
          sites: sites.map((s) => ({ siteId: s.id, capabilities: siteCapabilities })),
        };
        const facts = companyFacts(
          sitePolicy,
          withSites.contacts.filter((c) => c.companyId === company.id),
        );
        expect(engine.validateChange(admin, user, change, facts), company.id).to.deep.equal([]);

        // And through the embedded backend, as the permission matrix does it.
        const adapter = new MemoryAdapter({ data: withSites, actorId: admin.id });
        const saved = await adapter.permissions.setAccess(user.id, change, {
          version: user.version,
        });
        expect(saved.sites).to.deep.equal(change.sites);
      }
    });

    it('still gives the other people only part of the site permissions, on one or two sites', () => {
      const others = withSites.contacts.filter(
        (c) => c.role !== sitePolicy.adminRole && c.sites.length > 0,
      );
      expect(others.length).to.be.greaterThan(0);
      expect(others.every((c) => c.sites.length <= 2)).to.equal(true);
      expect(
        others.some((c) => c.sites.some((s) => s.capabilities.length < siteCapabilities.length)),
      ).to.equal(true);
    });

    it('hands out no sites to general admins under a policy without site permissions', () => {
      const admins = data.contacts.filter((c) => c.role === defaultPolicy.adminRole);
      expect(admins.some((c) => c.sites.length === 0)).to.equal(true);
      expect(admins.every((c) => c.sites.every((s) => s.capabilities.length === 0))).to.equal(true);
    });
  });

  it('accepts small, odd and large sizes', () => {
    expect(
      createDemoData({ contacts: 0, seed: 1 }).contacts.filter(
        (c) => c.companyId === 'co-horizonte',
      ),
    ).to.have.length(3);
    expect(createDemoData({ companies: 9 }).companies).to.have.length(5);
    expect(createDemoData({ companies: 3, contacts: 10 }).companies).to.have.length(3);
  });
});

describe('iso', () => {
  it('writes every instant from 1970 to 9999 exactly as Date#toISOString does', () => {
    const samples = [0, 951_782_400_000, 1_709_164_799_999, 4_107_542_400_000, 253_402_300_799_999];
    for (const ms of samples) expect(iso(ms), String(ms)).to.equal(new Date(ms).toISOString());
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 253_402_300_799_999 }), (ms) => {
        expect(iso(ms)).to.equal(new Date(ms).toISOString());
      }),
      { numRuns: 2000 },
    );
  });
});
