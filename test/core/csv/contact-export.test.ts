import { expect } from '@open-wc/testing';
import {
  contactExportRows,
  parseRecord,
  RowReader,
  suggestMapping,
  templateHeaderRow,
  writeContactCsv,
  type ContactExportWords,
} from '../../../src/core/csv/index.js';
import { createDemoData } from '../../../src/core/demo-data.js';
import type { Contact } from '../../../src/core/model/index.js';
import { defaultPolicy } from '../../../src/core/permissions/presets.js';
import { policyRoleNames } from '../../../src/core/rules/role-names.js';

const ptRoles: Record<string, string> = {
  'general-admin': 'Administrador geral',
  'registration-admin': 'Administrador de cadastro',
  'system-user': 'Usuário do sistema',
};
const ptDocs = {
  cpf: 'CPF',
  passport: 'Passaporte',
  'national-id': 'Documento nacional de identidade',
  other: 'Outro documento',
} as const;

/** pt-BR words, as `<contact-list>` passes them. */
const words: ContactExportWords = {
  locale: 'pt-BR',
  extras: {
    status: 'Status',
    sites: 'Sites',
    openTickets: 'Chamados em andamento',
    createdAt: 'Criado em',
    lastSignInAt: 'Último acesso',
  },
  role: (id) => ptRoles[id] ?? id,
  status: (status) => `status:${status}`,
  documentType: (type) => ptDocs[type],
  yes: 'Sim',
  no: 'Não',
  site: (id) => `Site ${id}`,
};

const contacts = (): Contact[] => createDemoData({ contacts: 40, seed: 3 }).contacts;

describe('writeContactCsv', () => {
  it('starts with the import template (headers in the locale), then the columns an admin expects', () => {
    const [header] = contactExportRows([], words);
    expect(header).to.deep.equal([
      ...templateHeaderRow('pt-BR'),
      'Status',
      'Sites',
      'Chamados em andamento',
      'Criado em',
      'Último acesso',
    ]);
  });

  it('escapes formula prefixes in every field a person typed', () => {
    const contact: Contact = {
      ...contacts()[0]!,
      name: '=cmd|"/c calc"!A1',
      jobTitle: '+SUM(1)',
      notes: '@here',
      company: '-1',
    };
    const text = writeContactCsv([contact], words);
    const line = text.split('\r\n')[1]!;
    expect(line.startsWith(`"'=cmd|""/c calc""!A1";`)).to.equal(true);
    expect(line).to.contain(`;"'+SUM(1)";`);
    expect(line).to.contain(`;"'@here";`);
    expect(line).to.contain(`;"'-1";`);
  });

  it('writes the values in words: country, document, role, status, sites, yes / no, dates', () => {
    const contact: Contact = {
      ...contacts()[0]!,
      country: 'BR',
      document: { type: 'cpf', number: '01234567890' },
      role: 'registration-admin',
      status: 'suspended',
      consultingAuthorized: true,
      sites: [
        { siteId: 'st-1', capabilities: [] },
        { siteId: 'st-2', capabilities: [] },
      ],
      createdAt: '2026-01-31T23:10:00.000Z',
      lastSignInAt: undefined,
    };
    const [header, row] = contactExportRows([contact], words);
    const cell = (name: string) => row![header!.indexOf(name)];
    expect(cell('País')).to.equal('Brasil');
    expect(cell('Tipo de documento')).to.equal('CPF');
    expect(cell('CPF ou documento')).to.equal('012.345.678-90');
    expect(cell('Perfil')).to.equal('Administrador de cadastro');
    expect(cell('Status')).to.equal('status:suspended');
    expect(cell('Sites')).to.equal('Site st-1, Site st-2');
    expect(cell('Autorizado a usar consultoria')).to.equal('Sim');
    expect(cell('Criado em')).to.equal('2026-01-31');
    expect(cell('Último acesso')).to.equal('');
  });

  it('reads back through the importer as the same contacts', () => {
    const people = contacts();
    people[1] = { ...people[1]!, name: '=1+1', notes: 'linha; com "aspas"' };
    people[2] = {
      ...people[2]!,
      country: 'AR',
      document: { type: 'national-id', number: '30123456' },
      phone: { countryCode: '54', area: '11', number: '45678901' },
    };
    people[3] = {
      ...people[3]!,
      country: 'US',
      document: { type: 'other', number: 'X-99' },
      phone: { countryCode: '1', area: '212', number: '5554066' },
    };
    const lines = writeContactCsv(people, words)
      .replace(/^\uFEFF/, '')
      .split('\r\n');
    const headers = parseRecord(lines[0]!, ';');
    const { mapping } = suggestMapping(headers);
    // The template's columns map to their fields; the others are left out.
    expect(mapping.slice(0, templateHeaderRow('pt-BR').length)).to.not.include(null);
    expect(mapping.slice(templateHeaderRow('pt-BR').length)).to.deep.equal([
      null,
      null,
      null,
      null,
      null,
    ]);
    const reader = new RowReader(mapping, {
      roles: policyRoleNames(defaultPolicy),
    });
    people.forEach((person, index) => {
      const check = reader.check(parseRecord(lines[index + 1]!, ';'));
      expect(
        check.issues.filter((i) => i.severity === 'error'),
        person.email,
      ).to.deep.equal([]);
      expect(check.value, person.email).to.deep.include({
        name: person.name,
        email: person.email,
        country: person.country,
        jobTitle: person.jobTitle,
        consultingAuthorized: person.consultingAuthorized,
        role: person.role,
      });
      expect(check.value!.document.type).to.equal(person.document.type);
      expect(check.value!.document.number.replace(/\D/g, '')).to.equal(
        person.document.number.replace(/\D/g, ''),
      );
      expect(check.value!.phone).to.deep.equal(person.phone);
      expect(check.value!.notes ?? '').to.equal(person.notes ?? '');
    });
  });
});
