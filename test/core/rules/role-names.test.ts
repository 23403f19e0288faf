import { expect } from '@open-wc/testing';
import { ImportPlan, RowReader, suggestMapping } from '../../../src/core/csv/index.js';
import { createDemoData } from '../../../src/core/demo-data.js';
import type { Policy } from '../../../src/core/model/index.js';
import { createPermissionEngine, defaultPolicy } from '../../../src/core/permissions/index.js';
import {
  decideImport,
  importRoleRefusals,
  policyRoleNames,
  prepareImport,
  RoleVocabulary,
} from '../../../src/core/rules/index.js';
import { issueKey, lookupOver } from '../csv/support.js';

const data = createDemoData({ contacts: 20, seed: 9 });
const byId = (id: string) => data.contacts.find((c) => c.id === id)!;
const general = byId(data.actors.generalAdmin);
const registrar = byId(data.actors.registrationAdmin);
const engine = createPermissionEngine(defaultPolicy);
const vocabulary = new RoleVocabulary(policyRoleNames(defaultPolicy));

describe('RoleVocabulary', () => {
  it('maps the default roles’ names in pt-BR, en and es, any case and accents', () => {
    const cases: [string, string][] = [
      ['general-admin', 'general-admin'],
      ['Administrador Geral', 'general-admin'],
      ['ADMINISTRADOR GERAL', 'general-admin'],
      ['General admin', 'general-admin'],
      ['Administrador general', 'general-admin'],
      ['Administrador de Cadastros', 'registration-admin'],
      ['administrador de cadastro', 'registration-admin'],
      ['Registration administrator', 'registration-admin'],
      ['Administrador de registros', 'registration-admin'],
      ['Usuário do sistema', 'system-user'],
      ['USUARIO DO SISTEMA', 'system-user'],
      ['Usuario del sistema', 'system-user'],
      ['System user', 'system-user'],
      ['Usuário', 'system-user'],
      ['user', 'system-user'],
    ];
    for (const [word, role] of cases) {
      expect(vocabulary.match(word), word).to.deep.equal({ role });
    }
  });

  it('calls a name two roles share ambiguous, and knows nothing of an unknown one', () => {
    for (const word of ['Administrador', 'admin', 'ADM', 'Administrator', 'Administradora']) {
      expect(vocabulary.match(word), word).to.deep.equal({
        ambiguous: ['general-admin', 'registration-admin'],
      });
    }
    expect(vocabulary.match('Chefe')).to.equal(undefined);
    expect(vocabulary.match('')).to.equal(undefined);
  });

  it('gives a vendor policy’s one admin role the generic words, and the caller’s names their role', () => {
    const policy: Policy = {
      ...structuredClone(defaultPolicy),
      roles: [
        { id: 'owner', capabilities: [] },
        { id: 'member', capabilities: [] },
        { id: 'auditor', capabilities: [] },
      ],
      adminRole: 'owner',
      defaultRole: 'member',
    };
    const names: Record<string, string[]> = { auditor: ['Auditoria', 'Auditor externo'] };
    const vendor = new RoleVocabulary(policyRoleNames(policy, (id) => names[id] ?? []));
    expect(vendor.match('Admin')).to.deep.equal({ role: 'owner' });
    expect(vendor.match('Usuário')).to.deep.equal({ role: 'member' });
    expect(vendor.match('auditoria')).to.deep.equal({ role: 'auditor' });
    expect(vendor.match('AUDITOR')).to.deep.equal({ role: 'auditor' });
    // Names of roles the policy does not have mean nothing.
    expect(vendor.match('Administrador geral')).to.equal(undefined);
  });

  it('prefers a role’s own name to a generic word, and an id to both', () => {
    const roles = [
      { id: 'admin', names: [], generic: ['admin'] },
      { id: 'ops', names: ['Admin'], generic: ['admin'] },
    ];
    expect(new RoleVocabulary(roles).match('admin')).to.deep.equal({ role: 'admin' });
    expect(new RoleVocabulary(roles.slice(1)).match('ADMIN')).to.deep.equal({ role: 'ops' });
    const shared = [
      { id: 'a', names: ['Chefe'] },
      { id: 'b', names: ['chefe'] },
    ];
    expect(new RoleVocabulary(shared).match('Chefe')).to.deep.equal({ ambiguous: ['a', 'b'] });
  });
});

const header = ['Nome', 'E-mail', 'CPF', 'DDD', 'Telefone', 'Cargo', 'Perfil'];
const mapping = suggestMapping(header).mapping;
const cpfs = ['52998224725', '05260181514', '01860913970', '04628194858'];
const line = (i: number, role: string): string[] => [
  `Pessoa ${i}`,
  `pessoa${i}@x.com.br`,
  cpfs[i]!,
  '11',
  `98765432${i}`,
  'Analista',
  role,
];

describe('roles in an import', () => {
  it('names the row and the value of an ambiguous or unknown role', () => {
    const reader = new RowReader(mapping, { roles: policyRoleNames(defaultPolicy) });
    const ambiguous = reader.check(line(0, 'Administrador'));
    expect(ambiguous.value).to.equal(undefined);
    expect(ambiguous.issues).to.deep.equal([
      {
        severity: 'error',
        code: 'csv-role-ambiguous',
        field: 'role',
        column: 6,
        params: { value: 'Administrador', roles: 'general-admin, registration-admin' },
      },
    ]);
    expect(reader.check(line(0, 'Chefe')).issues.map(issueKey)).to.deep.equal([
      'role:csv-role-unknown',
    ]);
    expect(reader.check(line(0, 'Admin Geral')).value?.role).to.equal('general-admin');
  });

  it('refuses in the plan what the backend refuses: a role the actor may not give, unless the row updates', async () => {
    const refusedRoles = importRoleRefusals({ engine, actor: registrar }, [
      'general-admin',
      'registration-admin',
      'system-user',
    ]);
    expect(refusedRoles.map((r) => `${r.role}:${r.code}`)).to.deep.equal([
      'general-admin:cannot-grant',
      'registration-admin:cannot-grant',
    ]);
    expect(importRoleRefusals({ engine, actor: general }, ['general-admin'])).to.deep.equal([]);

    const rows = [
      line(0, 'Administrador Geral'),
      line(1, 'Usuário do sistema'),
      line(2, 'Administrador de cadastros'),
      line(3, ''),
    ];
    const plan = new ImportPlan(header, mapping, {
      roles: policyRoleNames(defaultPolicy),
      refusedRoles,
    });
    rows.forEach((cells, i) => plan.add(cells, i + 2, i + 2));
    const outcomes = () => plan.query().rows.map((row) => `${row.row}:${row.outcome}`);
    expect(outcomes()).to.deep.equal(['2:error', '3:create', '4:error', '5:create']);
    expect(plan.view(0).issues).to.deep.equal([
      {
        severity: 'error',
        code: 'csv-role-refused',
        field: 'role',
        column: 6,
        params: {
          value: 'Administrador Geral',
          role: 'general-admin',
          reason: 'cannot-grant',
          missing: 'grant-permissions',
        },
      },
    ]);
    expect(plan.summary).to.include({ create: 2, error: 2 });

    // The backend answers the same rows the same way (the plan's writes, forced through).
    const batch = prepareImport(
      rows.map((cells) => ({
        contact: new RowReader(mapping, { roles: policyRoleNames(defaultPolicy) }).check(cells)
          .value,
      })),
    );
    const { answer } = decideImport(
      { engine, actor: registrar, now: '2026-01-01T00:00:00.000Z' },
      batch,
      {
        newId: (() => {
          let n = 0;
          return () => `new-${++n}`;
        })(),
        companyId: registrar.companyId,
        adminCount: 1,
        byEmail: new Map(),
        documentHolders: new Map(),
        sites: new Set(),
      },
    );
    expect(
      answer.results.map((r) => (r.status === 'error' ? `error:${r.error.code}` : r.status)),
    ).to.deep.equal(['error:cannot-grant', 'created', 'error:cannot-grant', 'created']);

    // An existing contact's row updates its profile and leaves its role: not refused then.
    await plan.lookupExisting(lookupOver([{ id: 'c-0', email: 'pessoa0@x.com.br', version: 1 }]));
    plan.setExistingPolicy('update');
    expect(outcomes()).to.deep.equal(['2:update', '3:create', '4:error', '5:create']);
    expect(plan.view(0).issues).to.deep.equal([]);
    plan.setExistingPolicy('skip');
    expect(plan.view(0).issues.map(issueKey)).to.deep.equal(['email:csv-exists']);

    // Fixing the cell to a role the actor may give makes the row a create.
    plan.edit(2, 6, 'Usuário');
    expect(outcomes()).to.deep.equal(['2:skip', '3:create', '4:create', '5:create']);
  });
});
