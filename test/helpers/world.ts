import { MemoryAdapter, MemoryBackend } from '../../src/core/adapter/memory/index.js';
import { createDemoData, type DemoData } from '../../src/core/demo-data.js';
import type { ContactStatus, Policy } from '../../src/core/model/index.js';

/** The three actors `createDemoData` names. */
export type ActorName = 'generalAdmin' | 'registrationAdmin' | 'systemUser';

/** The markup a contact is named with in the XSS tests; it must show as text. */
export const xssName = '<img src=x onerror=alert(1)>';

/** A demo company on one backend that several sessions can share. */
export interface World {
  data: DemoData;
  backend: MemoryBackend;
  /** A session of `actor` on the shared backend. */
  as(actor: ActorName): MemoryAdapter;
}

/**
 * A fresh demo company (30 people, seed 1) on one backend; `prepare` may adjust the data before the
 * backend is made (e.g. {@link pin}).
 */
export function world(
  options: { policy?: Policy; contacts?: number; prepare?: (data: DemoData) => void } = {},
): World {
  const data = createDemoData({
    contacts: options.contacts ?? 30,
    seed: 1,
    ...(options.policy ? { policy: options.policy } : {}),
  });
  options.prepare?.(data);
  const backend = new MemoryBackend({ data });
  return {
    data,
    backend,
    as: (actor) => new MemoryAdapter({ backend, actorId: data.actors[actor] }),
  };
}

/** The people the tests name, pinned so that a change of the demo generator cannot move them. */
const people: Record<string, [name: string, email: string, jobTitle: string]> = {
  'ct-000001': ['Conceição Fernandes', 'cfernandes@horizonte.com.br', 'Diretora'],
  'ct-000002': ['Camila Isabela Lima Soares', 'camila.soares@horizonte.com.br', 'Gerente'],
  'ct-000003': ['Sônia da Costa Xavier', 'sonia.xavier@horizonte.com.br', 'Analista'],
  'ct-000004': ['Mariana Quintão Barbosa', 'mariana_barbosa@bol.com.br', 'Coordenadora'],
  'ct-000006': ['Fernanda Gomes Conceição', 'fernanda.conceicao@horizonte.com.br', 'Contadora'],
  'ct-000009': ['Jaqueline Vitória Silva Freitas', 'jfreitas@horizonte.com.br', 'Advogada'],
  'ct-000011': ['Luciana Monteiro Almeida', 'luciana_almeida@horizonte.com.br', 'Analista'],
  'ct-000027': ['Márcio Gomes Ferreira', 'marcio_ferreira@horizonte.com.br', 'Técnico'],
};
const statuses: Record<string, ContactStatus> = {
  'ct-000005': 'inactive',
  'ct-000021': 'inactive',
  'ct-000007': 'site-assigned',
  'ct-000008': 'site-assigned',
  'ct-000030': 'site-assigned',
  'ct-000011': 'invited',
  'ct-000014': 'invited',
  'ct-000023': 'invited',
  'ct-000018': 'suspended',
  'ct-000022': 'suspended',
  'ct-000024': 'suspended',
  'ct-000026': 'suspended',
};
const tickets: Record<string, number> = { 'ct-000002': 5, 'ct-000003': 1, 'ct-000027': 3 };

/**
 * Fixes the facts the tests rely on among the first company's first 30 contacts: ct-000001 and
 * ct-000004 are the general admins, ct-000002 the registration admin (5 tickets in progress), everyone
 * else a system user; the statuses, tickets, names and e-mails above; no one else with those names.
 */
export function pin(data: DemoData): void {
  const companyId = data.companies[0]!.id;
  for (const contact of data.contacts) {
    if (contact.companyId !== companyId) continue;
    const n = Number(contact.id.slice(3));
    if (n > 30) continue;
    contact.role =
      n === 1 || n === 4 ? 'general-admin' : n === 2 ? 'registration-admin' : 'system-user';
    contact.status = statuses[contact.id] ?? 'active';
    contact.openTickets = tickets[contact.id] ?? 0;
    contact.address = undefined;
    const person = people[contact.id];
    if (person) [contact.name, contact.email, contact.jobTitle] = person;
    else contact.name = `Pessoa ${n} Teste`;
    if (!person) contact.email = `pessoa${n}@teste.com.br`;
  }
  const byId = new Map(data.contacts.map((c) => [c.id, c]));
  for (const invitation of data.invitations) {
    const contact = byId.get(invitation.contactId);
    if (contact) invitation.email = contact.email;
  }
}
