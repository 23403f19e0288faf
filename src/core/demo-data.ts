/**
 * Demo data: realistic, deterministic client companies for the demo portal, stories, tests and
 * benchmarks. `createDemoData({ contacts: 100_000, seed: 1 })` builds a hundred thousand Brazilian contacts
 * in about a second, the same ones every time for the same seed.
 *
 * @module
 */
import type {
  Approvers,
  Company,
  Contact,
  ContactStatus,
  Invitation,
  InvitationTemplate,
  Policy,
  SaasUser,
  Site,
  SiteAccess,
} from './model/index.js';
import { defaultPolicy } from './permissions/index.js';
import { citiesByDdd, demoCompanies, jobTitles, siteNames, streets } from './demo/names.js';
import {
  day,
  iso,
  mailWords,
  makeBrazilianPhone,
  makeCpf,
  makeDdd,
  makeEmail,
  makeForeigner,
  makeName,
  weightedStatus,
} from './demo/people.js';
import { mulberry32, pick, randomInt, randomToken } from './demo/random.js';

/** The three people of a company the demo's "view as" switch acts as (contact ids). */
export interface DemoActors {
  generalAdmin: string;
  registrationAdmin: string;
  systemUser: string;
}

/**
 * Everything a `MemoryBackend` starts from: several client companies and their people, sites, SaaS users,
 * invitations, invitation e-mail, approvers and policy. Plain JSON-compatible data (it is also what
 * persistence stores). Maps keyed by company id hold one entry per company.
 */
export interface DemoData {
  /** The seed it was made from (the backend derives its own tokens from it). */
  seed: number;
  /** The moment the data was made for (ISO 8601): dates and invitation expiries are relative to it. */
  now: string;
  companies: Company[];
  contacts: Contact[];
  sites: Site[];
  saasUsers: SaasUser[];
  invitations: Invitation[];
  /**
   * Seats licensed per company: `licensed` for the company's one pool, and `products` for each licensed
   * product a vendor sells besides (a product not listed has no seat).
   */
  seats: Record<string, { licensed: number; products?: Record<string, number> }>;
  templates: Record<string, InvitationTemplate>;
  approvers: Record<string, Approvers>;
  policies: Record<string, Policy>;
  /** The first company's general admin, registration admin and system user. */
  actors: DemoActors;
  /** The same three people for every company (tenancy tests act as another company's admin). */
  companyActors: Record<string, DemoActors>;
}

/** Options of {@link createDemoData}. */
export interface DemoDataOptions {
  /** Contacts of the first company (the others get a dozen each). Default 50. */
  contacts?: number;
  /** Seed of the generator: the same seed gives the same data. Default 1. */
  seed?: number;
  /** How many client companies, 2–5. Default 2. */
  companies?: number;
  /**
   * The moment the data is made for. Default `2026-11-01T12:00:00Z` (fixed, so data is reproducible);
   * pass `new Date()` for a demo whose invitations are fresh today.
   */
  now?: Date;
  /**
   * The policy of every company (each gets its own copy). Default `defaultPolicy`. Its site-scoped
   * capabilities, if any, are handed out per site: all of them to general admins, some to others.
   */
  policy?: Policy;
}

/**
 * Data with no company in it yet, made from `seed` for the moment `now` (ISO 8601): what
 * {@link createDemoData} fills in, and what a backend's snapshot starts from.
 */
export function emptyDemoData(seed: number, now: string): DemoData {
  return {
    seed,
    now,
    companies: [],
    contacts: [],
    sites: [],
    saasUsers: [],
    invitations: [],
    seats: {},
    templates: {},
    approvers: {},
    policies: {},
    actors: { generalAdmin: '', registrationAdmin: '', systemUser: '' },
    companyActors: {},
  };
}

/** How long a setup URL stays valid (seed 003: "O URL é válido por 30 dias"). */
export const invitationValidityDays = 30;

/**
 * The pt-BR invitation e-mail every company starts with; `{name}`, `{company}`, `{link}` and
 * `{expiresAt}` are filled in.
 */
export const defaultInvitationTemplate: Omit<InvitationTemplate, 'version'> = {
  subject: 'Convite para o Portal do Cliente — {company}',
  body: [
    'Olá, {name}!',
    '',
    'A {company} convidou você para acessar o Portal do Cliente, onde você abre chamados, acompanha',
    'orçamentos e baixa os arquivos da sua empresa.',
    '',
    'Para criar seu acesso — com Google, Microsoft ou uma senha —, abra o link abaixo (válido até',
    '{expiresAt}):',
    '{link}',
    '',
    'Se você não esperava este convite, ignore este e-mail.',
    '',
    'Atenciosamente,',
    'Equipe {company}',
  ].join('\n'),
};

interface CompanyPlan {
  company: Company;
  domain: string;
  contacts: number;
  /** General admins besides the named one (the first company has a few; the others have exactly one). */
  extraAdmins: number;
  licensed: number;
  saasUsers: number;
}

/**
 * Makes demo data: client companies with Brazilian people (accented names; valid CPFs, every third one
 * starting with 0; phones with real DDDs, mobile and landline; e-mails derived from names and unique per
 * company; job titles in Portuguese), mixed statuses (mostly active), open tickets, 3–5 sites per company
 * with per-site access for some people, SaaS users and seats (25 licensed, about 20 used in the first
 * company), invitations for the invited, the pt-BR invitation e-mail, approvers and the policy.
 *
 * When the policy has site-scoped capabilities (`sitePolicy`, seed 003), every general admin holds all
 * of them on every site of their company, so the admins can grant them to others; other people hold a
 * random part of them on one or two sites.
 *
 * Each company names its actors: contact ids of an active general admin, registration admin and system
 * user (`data.actors` for the first company, `data.companyActors[id]` for each). The second company has
 * exactly one general admin, for last-admin scenarios.
 *
 * Deterministic: the same options give the same data (randomness from a seeded mulberry32; time from
 * `now`).
 */
export function createDemoData(options: DemoDataOptions = {}): DemoData {
  const seed = options.seed ?? 1;
  const random = mulberry32(seed);
  // Sign-ins draw from their own stream, so every other field is what it was before they existed.
  const signIns = mulberry32(seed ^ 0x51_61_1e);
  const nowMs = (options.now ?? new Date(Date.UTC(2026, 10, 1, 12))).getTime();
  const policy = options.policy ?? defaultPolicy;
  const companyCount = Math.min(
    Math.max(Math.trunc(options.companies ?? 2), 2),
    demoCompanies.length,
  );
  const firstSize = Math.max(Math.trunc(options.contacts ?? 50), 3);

  const words = mailWords();
  const siteCapabilities = policy.capabilities.filter((c) => c.scope === 'site').map((c) => c.id);
  const adminRole = policy.adminRole;
  const registrationRole =
    policy.roles.find((role) => role.id !== policy.adminRole && role.id !== policy.defaultRole)
      ?.id ?? policy.defaultRole;

  const data = emptyDemoData(seed, iso(nowMs));

  const plans: CompanyPlan[] = demoCompanies.slice(0, companyCount).map((entry, index) => ({
    company: { id: entry.id, name: entry.name },
    domain: entry.domain,
    contacts: index === 0 ? firstSize : 12,
    extraAdmins: index === 0 ? Math.min(3, Math.floor(firstSize / 20)) : 0,
    licensed: index === 0 ? 25 : 5,
    saasUsers: index === 0 ? 20 : 2,
  }));

  let contactSeq = 0;
  let inviteSeq = 0;
  let saasSeq = 0;
  for (const plan of plans) {
    const { company, domain } = plan;
    data.companies.push(company);
    data.policies[company.id] = structuredClone(policy);
    data.seats[company.id] = { licensed: plan.licensed };
    data.templates[company.id] = { ...defaultInvitationTemplate, version: 1 };

    const siteCount = randomInt(random, 3, 5);
    const sites: Site[] = siteNames.slice(0, siteCount).map((entry, index) => ({
      id: `${company.id}-site-${index + 1}`,
      companyId: company.id,
      name: entry.name,
      alias: entry.alias,
      url: `https://${entry.alias}.${domain}`,
    }));
    data.sites.push(...sites);

    const taken = new Map<string, number>();
    const companyContacts: Contact[] = [];
    let brazilians = 0;
    for (let i = 0; i < plan.contacts; i++) {
      contactSeq++;
      const id = `ct-${String(contactSeq).padStart(6, '0')}`;
      const person = makeName(random);
      const name = person.name;
      const email = makeEmail(random, person, words, domain, taken);
      const abroad = i > 2 && random() < 0.03;
      let place: Pick<Contact, 'country' | 'document' | 'phone'>;
      if (abroad) place = makeForeigner(random);
      else {
        const leadingZero = brazilians % 3 === 0;
        brazilians++;
        place = {
          country: 'BR',
          document: { type: 'cpf', number: makeCpf(random, leadingZero) },
          phone: makeBrazilianPhone(random, makeDdd(random)),
        };
      }

      // The first three people are the named actors, always active.
      let role = policy.defaultRole;
      let status: ContactStatus = i < 3 ? 'active' : weightedStatus(random);
      if (i === 0 || (i >= 3 && i < 3 + plan.extraAdmins)) {
        role = adminRole;
        status = 'active';
      } else if (i === 1 || (i >= 3 && random() < 0.03)) role = registrationRole;

      const grants: string[] = [];
      if (i > 2 && role === policy.defaultRole && random() < 0.08) grants.push('approve-budgets');

      let access: SiteAccess[] = [];
      if (status === 'site-assigned' || random() < 0.2) {
        const count = randomInt(random, 1, Math.min(2, sites.length));
        for (let s = 0; s < count; s++) {
          const site = sites[(i + s) % sites.length]!;
          const capabilities = siteCapabilities.filter(() => random() < 0.5);
          access.push({ siteId: site.id, capabilities });
        }
      }
      // A general admin holds every site permission on every site, so that someone can grant them (the
      // engine lets only a holder grant a site permission). It draws nothing at random: everyone else
      // is exactly who they would be without it.
      if (role === adminRole && siteCapabilities.length) {
        access = sites.map((site) => ({ siteId: site.id, capabilities: [...siteCapabilities] }));
      }

      const createdMs =
        nowMs - randomInt(random, 30, 3 * 365) * day - randomInt(random, 0, day - 1);
      const updatedMs = Math.min(nowMs - day, createdMs + randomInt(random, 0, 400) * day);
      const ticketsPossible = status === 'active' || status === 'suspended';
      // The admins start with no tickets (so last-admin rules are what a delete meets); the system user has one.
      const openTickets =
        i < 3
          ? i === 2
            ? 1
            : 0
          : ticketsPossible && random() < 0.15
            ? randomInt(random, 1, 5)
            : 0;
      const area = place.phone.area;
      const address =
        random() < 0.3 && citiesByDdd[area]
          ? `${pick(random, streets)}, ${randomInt(random, 10, 3999)} — ${citiesByDdd[area]}`
          : undefined;

      const jobTitle = pick(random, jobTitles);
      const worksAt = random() < 0.9 ? company.name : undefined;
      const notes =
        random() < 0.05 ? 'Prefere contato por WhatsApp no período da tarde.' : undefined;
      const contact: Contact = {
        id,
        companyId: company.id,
        name,
        email,
        country: place.country,
        document: place.document,
        phone: place.phone,
        jobTitle,
        consultingAuthorized: random() < 0.3,
        communication: {
          productNews: random() < 0.5,
          systemUpdates: random() < 0.9,
          ticketUpdates: random() < 0.8,
        },
        role,
        grants,
        sites: access,
        status,
        openTickets,
        version: 1,
        createdAt: iso(createdMs),
        updatedAt: iso(Math.max(createdMs, updatedMs)),
      };
      // Most active people signed in lately (the three actors within the day); some never did, and
      // a suspended or inactive person may have before. Nobody else has signed in yet.
      const everSignedIn =
        i < 3 ||
        (status === 'active' && signIns() < 0.85) ||
        ((status === 'suspended' || status === 'inactive') && signIns() < 0.6);
      if (everSignedIn) {
        const earliest = Math.max(createdMs, nowMs - (i < 3 ? 1 : 120) * day);
        contact.lastSignInAt = iso(earliest + Math.floor(signIns() * (nowMs - earliest)));
      }
      // Optional fields are added only when present (never `undefined`, never deleted).
      if (worksAt !== undefined) contact.company = worksAt;
      if (address !== undefined) contact.address = address;
      if (notes !== undefined) contact.notes = notes;
      companyContacts.push(contact);

      if (status === 'invited' || (status === 'active' && i >= 3 && random() < 0.03)) {
        inviteSeq++;
        const sentMs = nowMs - randomInt(random, 0, 40) * day - randomInt(random, 0, day - 1);
        data.invitations.push({
          id: `inv-${String(inviteSeq).padStart(6, '0')}`,
          companyId: company.id,
          contactId: id,
          email,
          status: status === 'active' ? 'accepted' : 'pending',
          setupUrl: `https://portal.${domain}/primeiro-acesso/${randomToken(random, 24)}`,
          sentAt: iso(sentMs),
          expiresAt: iso(sentMs + invitationValidityDays * day),
          sendCount: randomInt(random, 1, 3),
          version: 1,
        });
      }
    }
    data.contacts.push(...companyContacts);

    const actors: DemoActors = {
      generalAdmin: companyContacts[0]!.id,
      registrationAdmin: companyContacts[1]!.id,
      systemUser: companyContacts[2]!.id,
    };
    data.companyActors[company.id] = actors;
    if (plan === plans[0]) data.actors = actors;

    const budgetApprovers = companyContacts
      .filter((c) => c.status === 'active' && (c.role === adminRole || c.role === registrationRole))
      .slice(0, 3)
      .map((c) => c.id);
    data.approvers[company.id] = {
      budgets: budgetApprovers,
      tickets: [actors.generalAdmin, actors.registrationAdmin],
      version: 1,
    };

    const saasTaken = new Map<string, number>();
    for (let i = 0; i < plan.saasUsers + Math.ceil(plan.saasUsers / 6); i++) {
      saasSeq++;
      const person = makeName(random);
      const createdMs = nowMs - randomInt(random, 10, 700) * day;
      data.saasUsers.push({
        id: `su-${String(saasSeq).padStart(5, '0')}`,
        companyId: company.id,
        name: person.name,
        email: makeEmail(() => 0, person, words, domain, saasTaken),
        status: i < plan.saasUsers ? 'active' : 'inactive',
        version: 1,
        createdAt: iso(createdMs),
        updatedAt: iso(createdMs + randomInt(random, 0, 9) * day),
      });
    }
  }
  return data;
}
