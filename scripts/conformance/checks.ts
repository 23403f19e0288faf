import type { AdapterError } from '../../src/core/adapter/errors.js';
import type { ContactQuery, PortalAdapter } from '../../src/core/adapter/types.js';
import type {
  Contact,
  ContactInput,
  ContactProfileField,
  Invitation,
  LifecycleAction,
  Page,
  Policy,
} from '../../src/core/model/index.js';
import { roleCellState, setRoleCell } from '../../src/core/permissions/diff.js';
import {
  adminFilter,
  createPermissionEngine,
  holdsOutright,
  selfEditableFields,
  type PermissionEngine,
} from '../../src/core/permissions/index.js';
import { lifecycleTransitions, setupUrlToken } from '../../src/core/rules/index.js';
import { generateCpf } from '../../src/core/validation/index.js';
import { CheckSkipped, type Person, type Tester } from './tester.js';

/**
 * The conformance checks. Each proves one or more requirements (`requirements.ts`), acts through the
 * tokens of the configuration, creates only what it needs and deletes it again (`t.cleanup`).
 *
 * `scope: 'read'` checks change nothing: they call GET endpoints, or writes the HTTP layer must refuse
 * before any rule runs (no token, no If-Match, another company). In a run that may write (`t.mayWrite`),
 * one with nothing to read may make it first, and deletes it again. `scope: 'write'` checks exercise the
 * write rules: they create records and clean them up.
 */
export interface Check {
  title: string;
  proves: string[];
  scope: 'read' | 'write';
  run(t: Tester): Promise<void>;
}

/** Case- and accent-folded text, computed here so the checks do not trust the code under test. */
const fold = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
const collator = new Intl.Collator('pt-BR', { sensitivity: 'base' });
const digits = (text: string): string => text.replace(/\D/g, '');

/** Every page of a list; checks the paging invariants on the way. */
async function listAll<T extends { id: string }>(
  t: Tester,
  page: (cursor: string | null | undefined) => Promise<Page<T>>,
  limit: number,
  maxPages = 400,
): Promise<{ items: T[]; total: number }> {
  const items: T[] = [];
  let cursor: string | null | undefined;
  let total = -1;
  let pages = 0;
  do {
    const answer = await page(cursor);
    if (total === -1) total = answer.total;
    t.expect(answer.total === total, `total changed while paging: ${total} then ${answer.total}`);
    t.expect(
      answer.items.length <= limit,
      `a page of ${answer.items.length} items for limit ${limit}`,
    );
    items.push(...answer.items);
    cursor = answer.nextCursor;
    pages += 1;
    t.expect(pages <= Math.ceil(total / limit) + 1, `more pages than ${total} records need`);
    if (pages >= maxPages) throw new CheckSkipped(`more than ${maxPages} pages of ${limit}`);
  } while (cursor);
  t.expect(cursor === null, 'the last page answers nextCursor: null');
  const ids = items.map((item) => item.id);
  t.expect(new Set(ids).size === ids.length, 'a record came twice while paging');
  t.expect(ids.length === total, `paging visited ${ids.length} records but total is ${total}`);
  return { items, total };
}

const contacts = (t: Tester, adapter: PortalAdapter, query: ContactQuery, limit = 500) =>
  listAll(t, (cursor) => adapter.contacts.list({ ...query, cursor, limit }), limit);

let serial = 0;
/** A valid new contact with an e-mail no one has. */
function newContact(overrides: Partial<ContactInput> = {}): ContactInput {
  serial += 1;
  const stamp = `${Date.now().toString(36)}${serial}`;
  let seed = (Date.now() + serial * 7919) >>> 0;
  const random = () => {
    seed = (Math.imul(seed, 1_664_525) + 1_013_904_223) >>> 0;
    return seed / 2 ** 32;
  };
  return {
    name: `Conformância Teste ${stamp}`,
    email: `conformance.${stamp}@example.com`,
    country: 'BR',
    document: { type: 'cpf', number: generateCpf(random) },
    phone: { countryCode: '55', area: '11', number: '987654321' },
    jobTitle: 'Conformance check',
    ...overrides,
  };
}

/** Creates a contact as the general admin and deletes it after the check. */
async function scratchContact(t: Tester, overrides: Partial<ContactInput> = {}): Promise<Contact> {
  const admin = t.as('generalAdmin');
  const created = await admin.contacts.create(newContact(overrides));
  t.cleanup(async () => {
    const now = await admin.contacts.get(created.id);
    await admin.contacts.remove(created.id, { version: now.version });
  });
  return created;
}

/** A lifecycle act that applies to a contact in `status`. */
function applicableAction(status: Contact['status']): LifecycleAction {
  const action = (Object.keys(lifecycleTransitions) as LifecycleAction[]).find((candidate) =>
    lifecycleTransitions[candidate].from.includes(status),
  );
  if (!action) throw new CheckSkipped(`no lifecycle act applies to a ${status} contact`);
  return action;
}

/** The raw error body's code, or undefined. */
const codeOf = (body: unknown): unknown =>
  (body as { error?: { code?: unknown } } | undefined)?.error?.code;
const fieldsOf = (body: unknown): string[] =>
  ((body as { error?: { fields?: { field?: unknown }[] } } | undefined)?.error?.fields ?? []).map(
    (entry) => String(entry.field),
  );

/** The scratch contact's usable invitation: the one the backend sent by itself, else a new one. */
async function openInvitation(t: Tester, contact: Contact): Promise<Invitation> {
  const admin = t.as('generalAdmin');
  const pending = await admin.invitations.list({
    filter: { contactId: contact.id, status: ['pending'] },
    limit: 1,
  });
  return pending.items[0] ?? (await admin.invitations.send(contact.id));
}

/** The invitation as stored now (by its contact), or undefined. */
async function invitationNow(t: Tester, invitation: Invitation): Promise<Invitation | undefined> {
  const page = await t
    .as('generalAdmin')
    .invitations.list({ filter: { contactId: invitation.contactId }, limit: 100 });
  return page.items.find((item) => item.id === invitation.id);
}

/** The token of an invitation's setup link (a check that needs one is skipped without it). */
function tokenOf(invitation: Invitation): string {
  const token = invitation.setupUrl ? setupUrlToken(invitation.setupUrl) : undefined;
  if (!token) throw new CheckSkipped('the invitation answers no setupUrl carrying its token');
  return token;
}

/** A password any sensible policy takes (the invitee's side of a check). */
const inviteePassword = 'Portico-Conformance-7!q';

/** What the setup link says of itself, asked as an e-mail scanner would: no token at all. */
async function linkStatusOf(t: Tester, token: string): Promise<unknown> {
  const answer = await t.http(null, 'GET', `/invitation-links/${encodeURIComponent(token)}`);
  t.expect(answer.status === 200, `GET /invitation-links/{token} answered ${answer.status}`);
  return (answer.body as { status?: unknown } | undefined)?.status;
}

/** Resends need no wait for the check: the company's resend cooldown is 0 until the check ends. */
async function noResendCooldown(t: Tester): Promise<void> {
  const admin = t.as('generalAdmin');
  const settings = await admin.invitations.settings();
  if (settings.resendCooldownSeconds === 0) return;
  const { version, passwordPolicy: _policy, ...input } = settings;
  await admin.invitations.updateSettings({ ...input, resendCooldownSeconds: 0 }, { version });
  t.cleanup(async () => {
    const now = await admin.invitations.settings();
    await admin.invitations.updateSettings(
      { ...input, resendCooldownSeconds: settings.resendCooldownSeconds },
      { version: now.version },
    );
  });
}

/** What an invitation check starts from: a scratch contact and its usable invitation. */
async function invitedContact(
  t: Tester,
): Promise<{ admin: PortalAdapter; contact: Contact; invitation: Invitation; link: () => string }> {
  const contact = await scratchContact(t);
  const invitation = await openInvitation(t, contact);
  return { admin: t.as('generalAdmin'), contact, invitation, link: () => tokenOf(invitation) };
}

/** The policy with its version left out, to compare two policies' content. */
const policyContent = ({ version: _version, ...content }: Policy): string =>
  JSON.stringify(content);

/** The policy now; put back as it was after the check (pass or fail) if the check changed it. */
async function keepPolicy(t: Tester): Promise<Policy> {
  const admin = t.as('generalAdmin');
  const before = await admin.permissions.policy();
  t.cleanup(async () => {
    const now = await admin.permissions.policy();
    if (policyContent(now) === policyContent(before)) return;
    await admin.permissions.updatePolicy(before, { version: now.version });
  });
  return before;
}

/**
 * What the policy checks start from: the policy (put back after the check), its engine and the
 * registration admin — who must not hold the grant capability, or the check is skipped.
 */
async function registrarUnderPolicy(
  t: Tester,
): Promise<{ policy: Policy; engine: PermissionEngine; me: Contact }> {
  const policy = await keepPolicy(t);
  const engine = createPermissionEngine(policy);
  const { actor: me } = await t.as('registrationAdmin').session.current();
  if (holdsOutright(engine, me, policy.grantCapability)) {
    throw new CheckSkipped(`the registration admin holds ${policy.grantCapability}`);
  }
  return { policy, engine, me };
}

/** The approver lists now; put back after the check if a write it expected refused took someone off. */
async function keepApprovers(t: Tester): Promise<void> {
  const admin = t.as('generalAdmin');
  const before = await admin.permissions.approvers();
  t.cleanup(async () => {
    const now = await admin.permissions.approvers();
    if (now.version === before.version) return;
    await admin.permissions.setApprovers(
      { budgets: before.budgets, tickets: before.tickets },
      { version: now.version },
    );
  });
}

/**
 * A create as `person` that must be refused (`kind`, `code`): answers the refusal, after checking that
 * no contact has the e-mail. Should the backend have written it anyway, it is deleted after the check.
 */
async function refusedCreate(
  t: Tester,
  person: Person,
  input: ContactInput,
  code?: string,
): Promise<AdapterError> {
  const admin = t.as('generalAdmin');
  t.cleanup(async () => {
    for (const made of await admin.contacts.lookup({ emails: [input.email] })) {
      await admin.contacts.remove(made.id, { version: made.version });
    }
  });
  const error = await t.refusal(t.as(person).contacts.create(input), 'forbidden', code);
  const written = await admin.contacts.lookup({ emails: [input.email] });
  t.expect(written.length === 0, `a refused create was written (${input.email})`);
  return error;
}

/** Creates a contact as `person` and deletes it (as the general admin) after the check. */
async function createdBy(t: Tester, person: Person, input: ContactInput): Promise<Contact> {
  const admin = t.as('generalAdmin');
  const created = await t.as(person).contacts.create(input);
  t.cleanup(async () => {
    const now = await admin.contacts.get(created.id);
    await admin.contacts.remove(created.id, { version: now.version });
  });
  return created;
}

/** Whether a refusal lists `code` with these params (`capability`, `role`…). */
const names = (error: AdapterError, code: string, params: Record<string, string> = {}): boolean =>
  error.fields.some(
    (f) =>
      f.code === code &&
      Object.entries(params).every(([key, value]) => String(f.params?.[key]) === value),
  );

export const checks: Check[] = [
  // ── identity and tenancy ───────────────────────────────────────────────────────────────────
  {
    title: 'a request without a token, or with a forged one, is 401 unauthenticated',
    proves: ['MUST 1', 'ERRORS'],
    scope: 'read',
    async run(t) {
      for (const path of ['/session', '/contacts', '/policy', '/invitations', '/seats']) {
        const answer = await t.http(null, 'GET', path);
        t.expect(answer.status === 401, `GET ${path} without a token answered ${answer.status}`);
        t.expect(
          codeOf(answer.body) === 'unauthenticated',
          'the 401 body has code unauthenticated',
        );
      }
      const real = t.token('generalAdmin');
      const forged = real.slice(0, -4) + (real.endsWith('AAAA') ? 'BBBB' : 'AAAA');
      for (const token of [forged, 'not-a-token']) {
        const answer = await t.http(null, 'GET', '/contacts', { token });
        t.expect(answer.status === 401, `a forged token answered ${answer.status}`);
      }
      const write = await t.http(null, 'POST', '/contacts', { body: newContact() });
      t.expect(write.status === 401, `POST /contacts without a token answered ${write.status}`);
    },
  },
  {
    title: 'the session names the signed-in person and one company for all three roles',
    proves: ['MUST 2'],
    scope: 'read',
    async run(t) {
      const sessions = await Promise.all(
        (['generalAdmin', 'registrationAdmin', 'systemUser'] as const).map((p) =>
          t.as(p).session.current(),
        ),
      );
      const company = sessions[0]!.company.id;
      t.expect(
        sessions.every((s) => s.company.id === company && s.actor.companyId === company),
        'the three tokens are of one company',
      );
      t.expect(new Set(sessions.map((s) => s.actor.id)).size === 3, 'three different people');
      t.expect(
        sessions.every((s) => s.companies.some((c) => c.id === s.company.id)),
        'companies lists the active company',
      );
    },
  },
  {
    title: "every list holds only the session company's records",
    proves: ['MUST 2'],
    scope: 'read',
    async run(t) {
      const admin = t.as('generalAdmin');
      const { company } = await admin.session.current();
      const lists: (() => Promise<Page<{ id: string; companyId: string }>>)[] = [
        () => admin.contacts.list({ limit: 500 }),
        () => admin.sites.list({ limit: 500 }),
        () => admin.seats.list({ limit: 500 }),
        () => admin.invitations.list({ limit: 500 }),
      ];
      for (const list of lists) {
        const stranger = (await list()).items.find((item) => item.companyId !== company.id);
        t.expect(!stranger, `a record of company ${stranger?.companyId} in ${company.id}'s list`);
      }
    },
  },
  {
    title: "another company's ids answer 404, and its records never appear in searches or filters",
    proves: ['MUST 2'],
    scope: 'read',
    async run(t) {
      const admin = t.as('generalAdmin');
      const other = t.as('otherCompanyAdmin');
      const [mine, theirs] = await Promise.all([admin.session.current(), other.session.current()]);
      t.expect(mine.company.id !== theirs.company.id, 'otherCompanyAdmin is of another company');
      const strangers = (await other.contacts.list({ limit: 5 })).items;
      t.expect(strangers.length > 0, 'the other company has contacts');
      for (const stranger of strangers) {
        await t.refusal(admin.contacts.get(stranger.id), 'not-found');
        const found = await admin.contacts.list({ search: stranger.email, limit: 5 });
        t.expect(
          found.items.every((c) => c.companyId === mine.company.id),
          `searching ${stranger.email} showed another company's contact`,
        );
        const invitations = await admin.invitations.list({ filter: { contactId: stranger.id } });
        t.expect(
          invitations.total === 0 && invitations.items.length === 0,
          `filtering invitations by another company's contact answered ${invitations.total}`,
        );
      }
      const target = strangers[0]!;
      const write = await t.http(
        'generalAdmin',
        'POST',
        `/contacts/${encodeURIComponent(target.id)}/transitions`,
        {
          body: { action: applicableAction(target.status) },
          headers: { 'If-Match': `"${target.version}"` },
        },
      );
      t.expect(
        write.status === 404,
        `a write to another company's contact answered ${write.status}`,
      );
      const after = await other.contacts.get(target.id);
      t.expect(after.version === target.version, "another company's contact was changed");
    },
  },
  {
    title: 'POST /session/company switches only to a company the session serves',
    proves: ['MUST 2'],
    scope: 'read',
    async run(t) {
      const admin = t.as('generalAdmin');
      const before = await admin.session.current();
      await t.refusal(admin.session.switchCompany('co-no-such-company'), 'not-found');
      if (t.token('otherCompanyAdmin')) {
        const { company } = await t.as('otherCompanyAdmin').session.current();
        if (!before.companies.some((c) => c.id === company.id)) {
          await t.refusal(admin.session.switchCompany(company.id), 'not-found');
        }
      }
      const after = await admin.session.current();
      t.expect(after.company.id === before.company.id, 'a refused switch changed the company');
    },
  },

  // ── conventions and errors ─────────────────────────────────────────────────────────────────
  {
    title: 'single records answer ETag "<version>"',
    proves: ['VERSIONS'],
    scope: 'read',
    async run(t) {
      const { actor } = await t.as('generalAdmin').session.current();
      for (const path of [
        `/contacts/${encodeURIComponent(actor.id)}`,
        '/policy',
        '/approvers',
        '/invitation-template',
      ]) {
        const answer = await t.http('generalAdmin', 'GET', path);
        t.expect(answer.status === 200, `GET ${path} answered ${answer.status}`);
        const version = (answer.body as { version?: unknown }).version;
        t.expect(
          answer.headers.get('ETag') === `"${String(version)}"`,
          `GET ${path}: ETag ${answer.headers.get('ETag')} for version ${String(version)}`,
        );
      }
    },
  },
  {
    title: 'an unknown id is 404 with the error body',
    proves: ['ERRORS', 'MUST 2'],
    scope: 'read',
    async run(t) {
      const answer = await t.http('generalAdmin', 'GET', '/contacts/no-such-contact-0000');
      t.expect(answer.status === 404, `answered ${answer.status}`);
      t.expect(typeof codeOf(answer.body) === 'string', 'the body is { error: { code } }');
      await t.refusal(t.as('generalAdmin').contacts.get('no-such-contact-0000'), 'not-found');
    },
  },
  {
    title: 'a write without If-Match is 428 version-required and writes nothing',
    proves: ['MUST 15', 'ERRORS'],
    scope: 'read',
    async run(t) {
      const admin = t.as('generalAdmin');
      const { actor } = await t.as('systemUser').session.current();
      const before = await admin.contacts.get(actor.id);
      const path = `/contacts/${encodeURIComponent(actor.id)}`;
      const attempts: [string, string, unknown][] = [
        ['POST', `${path}/transitions`, { action: applicableAction(before.status) }],
        ['PATCH', path, { jobTitle: 'Sem If-Match' }],
        ['DELETE', path, undefined],
        [
          'PUT',
          `${path}/access`,
          { role: before.role, grants: before.grants, sites: before.sites },
        ],
        ['PUT', '/policy', await admin.permissions.policy()],
      ];
      for (const [method, target, body] of attempts) {
        const answer = await t.http(
          'generalAdmin',
          method,
          target,
          body === undefined ? {} : { body },
        );
        t.expect(
          answer.status === 428,
          `${method} ${target} without If-Match answered ${answer.status}`,
        );
        t.expect(codeOf(answer.body) === 'version-required', 'code version-required');
      }
      const after = await admin.contacts.get(actor.id);
      t.expect(after.version === before.version, 'a write without If-Match changed the contact');
    },
  },

  // ── lists ──────────────────────────────────────────────────────────────────────────────────
  {
    title: 'paging through every contact visits each exactly once, sorted by name (pt-BR)',
    proves: ['LISTS paging', 'LISTS sort'],
    scope: 'read',
    async run(t) {
      const admin = t.as('generalAdmin');
      const all = await contacts(t, admin, { sort: { field: 'name', direction: 'asc' } });
      for (let i = 1; i < all.items.length; i++) {
        const [a, b] = [all.items[i - 1]!, all.items[i]!];
        t.expect(collator.compare(a.name, b.name) <= 0, `"${a.name}" before "${b.name}"`);
      }
      const desc = await admin.contacts.list({
        limit: 50,
        sort: { field: 'name', direction: 'desc' },
      });
      for (let i = 1; i < desc.items.length; i++) {
        const [a, b] = [desc.items[i - 1]!, desc.items[i]!];
        t.expect(
          collator.compare(a.name, b.name) >= 0,
          `"${a.name}" before "${b.name}" descending`,
        );
      }
      t.expect(desc.total === all.total, 'the same total in both directions');
    },
  },
  {
    title: 'sites, SaaS users and invitations page each record exactly once',
    proves: ['LISTS paging'],
    scope: 'read',
    async run(t) {
      const admin = t.as('generalAdmin');
      await listAll(t, (cursor) => admin.sites.list({ cursor, limit: 2 }), 2);
      await listAll(t, (cursor) => admin.seats.list({ cursor, limit: 7 }), 7);
      await listAll(t, (cursor) => admin.invitations.list({ cursor, limit: 7 }), 7);
    },
  },
  {
    title: 'a sort with many ties (status) pages stably: the same order twice, nothing repeated',
    proves: ['LISTS sort', 'LISTS paging'],
    scope: 'read',
    async run(t) {
      const admin = t.as('generalAdmin');
      const { total } = await admin.contacts.list({ limit: 1 });
      const limit = Math.max(7, Math.ceil(total / 60));
      const query: ContactQuery = { sort: { field: 'status', direction: 'asc' } };
      const first = await contacts(t, admin, query, limit);
      const second = await contacts(t, admin, query, limit);
      t.expect(
        first.items.map((c) => c.id).join() === second.items.map((c) => c.id).join(),
        'two walks of the same sort gave different orders',
      );
    },
  },
  {
    title: 'search ignores accents and case, and finds every match',
    proves: ['LISTS search'],
    scope: 'read',
    async run(t) {
      const admin = t.as('generalAdmin');
      const all = await contacts(t, admin, {});
      const word = all.items
        .flatMap((c) => c.name.split(/\s+/))
        .find((w) => w.length >= 4 && fold(w) !== w.toLowerCase());
      if (!word) throw new CheckSkipped('no contact name has an accented word');
      const folded = fold(word);
      const expected = all.items.filter(
        (c) => fold(c.name).includes(folded) || fold(c.email).includes(folded),
      );
      for (const query of [folded, folded.toUpperCase(), word]) {
        const found = await contacts(t, admin, { search: query });
        t.expect(
          found.total === expected.length,
          `search "${query}" found ${found.total}, expected ${expected.length}`,
        );
        const ids = new Set(found.items.map((c) => c.id));
        t.expect(
          expected.every((c) => ids.has(c.id)),
          `search "${query}" missed a match`,
        );
      }
    },
  },
  {
    title: 'search finds CPF and phone digits however they are typed',
    proves: ['LISTS search'],
    scope: 'read',
    async run(t) {
      const admin = t.as('generalAdmin');
      const page = await admin.contacts.list({ limit: 200 });
      const person = page.items.find(
        (c) => c.document.type === 'cpf' && digits(c.document.number).length === 11,
      );
      if (!person) throw new CheckSkipped('no contact with a CPF');
      const cpf = digits(person.document.number);
      const typed = `${cpf.slice(0, 3)}.${cpf.slice(3, 6)}.${cpf.slice(6, 9)}`;
      const byCpf = await admin.contacts.list({ search: typed, limit: 50 });
      t.expect(
        byCpf.items.some((c) => c.id === person.id),
        `search "${typed}" did not find CPF ${cpf}`,
      );
      const phone = `(${person.phone.area}) ${person.phone.number.slice(0, -4)}-${person.phone.number.slice(-4)}`;
      const byPhone = await admin.contacts.list({ search: phone, limit: 50 });
      t.expect(
        byPhone.items.some((c) => c.id === person.id),
        `search "${phone}" did not find the phone`,
      );
    },
  },
  {
    title: 'a repeated filter key is "any of"; different keys combine with "and"',
    proves: ['LISTS filter'],
    scope: 'read',
    async run(t) {
      const admin = t.as('generalAdmin');
      const all = await contacts(t, admin, {});
      const statuses: Contact['status'][] = ['suspended', 'inactive'];
      const anyOf = await contacts(t, admin, { filter: { status: statuses } });
      t.expect(
        anyOf.items.every((c) => statuses.includes(c.status)),
        'a contact outside the filter',
      );
      t.expect(
        anyOf.total === all.items.filter((c) => statuses.includes(c.status)).length,
        'status=suspended&status=inactive did not count every match',
      );
      const policy = await admin.permissions.policy();
      const filter = adminFilter(policy);
      const both = await contacts(t, admin, { filter });
      const expected = all.items.filter(
        (c) => filter.role!.includes(c.role) && filter.status!.includes(c.status),
      );
      t.expect(
        both.total === expected.length,
        `role and status together: ${both.total}, expected ${expected.length}`,
      );
    },
  },
  {
    title: 'invitations filter by one contact and by status',
    proves: ['LISTS filter'],
    scope: 'read',
    async run(t) {
      const admin = t.as('generalAdmin');
      const walk = () =>
        listAll(t, (cursor) => admin.invitations.list({ cursor, limit: 100 }), 100);
      let all = await walk();
      if (!all.items.length && t.mayWrite) {
        // Nothing to filter: a run that may write invites a contact of its own for the check.
        await openInvitation(t, await scratchContact(t));
        all = await walk();
      }
      // Whatever the company holds: an unknown contact matches nothing, a status filter answers only
      // that status, and a filter key given twice is refused.
      const nobody = await admin.invitations.list({
        filter: { contactId: 'no-such-contact-0000' },
      });
      t.expect(
        nobody.items.length === 0 && nobody.total === 0 && nobody.nextCursor === null,
        'an unknown contactId matched something',
      );
      const pending = await admin.invitations.list({ filter: { status: ['pending'] }, limit: 100 });
      t.expect(
        pending.items.every((i) => i.status === 'pending'),
        'status=pending answered another status',
      );
      for (const key of ['contactId', 'expiresBefore']) {
        const path = `/invitations?${key}=a&${key}=b`;
        const twice = await t.http('generalAdmin', 'GET', path);
        t.expect(
          twice.status === 400 && codeOf(twice.body) === 'invalid-query',
          `GET ${path} answered ${twice.status} ${String(codeOf(twice.body))}`,
        );
        t.expect(fieldsOf(twice.body).includes(key), `GET ${path} did not name ${key}`);
      }
      const sample = all.items[0];
      if (!sample) {
        // A read-only run in a company with no invitation: the filters answer empty, well-formed pages
        // (their shapes are checked against the document), and the report says what was not checked.
        t.expect(all.total === 0, `no invitation listed, but total ${all.total}`);
        const someone = (await admin.contacts.list({ limit: 1 })).items[0];
        if (someone) {
          const theirs = await admin.invitations.list({ filter: { contactId: someone.id } });
          t.expect(
            theirs.items.length === 0 && theirs.total === 0 && theirs.nextCursor === null,
            'a company with no invitation answered one for a contact',
          );
        }
        t.expect(
          pending.items.length === 0 && pending.total === 0 && pending.nextCursor === null,
          'a company with no invitation answered a pending one',
        );
        t.note(
          'the company has no invitation, so filtering a list that has some was not checked (--scope read writes nothing; invite someone or use --scope all)',
        );
        return;
      }
      const theirs = await admin.invitations.list({
        filter: { contactId: sample.contactId },
        limit: 100,
      });
      t.expect(
        theirs.items.every((i) => i.contactId === sample.contactId),
        'another contact’s invitation',
      );
      t.expect(
        theirs.total === all.items.filter((i) => i.contactId === sample.contactId).length,
        'contactId did not count every invitation of the contact',
      );
    },
  },
  {
    title: 'a malformed list query is 400 invalid-query naming each bad parameter',
    proves: ['LISTS query', 'ERRORS'],
    scope: 'read',
    async run(t) {
      const cases: [string, string[]][] = [
        ['/contacts?limit=abc&sort=name&direction=up', ['limit', 'direction']],
        ['/contacts?sort=no-such-field', ['sort']],
        ['/contacts?direction=desc', ['direction']],
        ['/invitations?contactId=a&contactId=b', ['contactId']],
      ];
      for (const [path, fields] of cases) {
        const answer = await t.http('generalAdmin', 'GET', path);
        t.expect(answer.status === 400, `GET ${path} answered ${answer.status}`);
        t.expect(
          codeOf(answer.body) === 'invalid-query',
          `GET ${path}: code ${String(codeOf(answer.body))}`,
        );
        const named = fieldsOf(answer.body);
        t.expect(
          fields.every((f) => named.includes(f)),
          `GET ${path} named ${named.join(', ')}, not ${fields.join(', ')}`,
        );
      }
    },
  },
  {
    title: 'a cursor the server did not issue for this query is 400 invalid-cursor',
    proves: ['LISTS query'],
    scope: 'read',
    async run(t) {
      const garbage = await t.http('generalAdmin', 'GET', '/contacts?cursor=not-a-cursor');
      t.expect(
        garbage.status === 400 && codeOf(garbage.body) === 'invalid-cursor',
        `answered ${garbage.status}`,
      );
      t.expect(fieldsOf(garbage.body).includes('cursor'), 'the field is cursor');
      const page = await t
        .as('generalAdmin')
        .contacts.list({ limit: 1, sort: { field: 'name', direction: 'asc' } });
      if (!page.nextCursor) throw new CheckSkipped('the test company has a single contact');
      const other = await t.http(
        'generalAdmin',
        'GET',
        `/contacts?sort=email&cursor=${encodeURIComponent(page.nextCursor)}`,
      );
      t.expect(
        other.status === 400 && codeOf(other.body) === 'invalid-cursor',
        `another sort's cursor answered ${other.status}`,
      );
    },
  },

  // ── writes: versions and idempotency ───────────────────────────────────────────────────────
  {
    title:
      'a create repeated with its Idempotency-Key answers the first record and makes no second',
    proves: ['MUST 16', 'VERSIONS'],
    scope: 'write',
    async run(t) {
      const admin = t.as('generalAdmin');
      const { total } = await admin.contacts.list({ limit: 1 });
      const input = newContact();
      const key = `conformance-${Date.now()}-${serial}`;
      const first = await t.http('generalAdmin', 'POST', '/contacts', {
        body: input,
        headers: { 'Idempotency-Key': key },
      });
      t.expect(first.status === 201, `the create answered ${first.status}`);
      const created = first.body as Contact;
      t.cleanup(async () => {
        const now = await admin.contacts.get(created.id);
        await admin.contacts.remove(created.id, { version: now.version });
      });
      t.expect(first.headers.get('ETag') === `"${created.version}"`, 'the create answers its ETag');
      const again = await t.http('generalAdmin', 'POST', '/contacts', {
        body: input,
        headers: { 'Idempotency-Key': key },
      });
      t.expect(
        again.status === 201 && (again.body as Contact).id === created.id,
        'the repeat answered another record',
      );
      t.expect(
        (await admin.contacts.list({ limit: 1 })).total === total + 1,
        'the repeat made a second record',
      );
      const reused = await t.http('generalAdmin', 'POST', '/contacts', {
        body: newContact(),
        headers: { 'Idempotency-Key': key },
      });
      t.expect(
        reused.status === 409 && codeOf(reused.body) === 'idempotency-key-reused',
        `a reused key answered ${reused.status}`,
      );
    },
  },
  {
    title: 'a stale If-Match is 409 stale-version with the current record, and writes nothing',
    proves: ['MUST 15'],
    scope: 'write',
    async run(t) {
      const admin = t.as('generalAdmin');
      const created = await scratchContact(t);
      const changed = await admin.contacts.update(
        created.id,
        { jobTitle: 'Versão dois' },
        { version: created.version },
      );
      for (const attempt of [
        () =>
          admin.contacts.update(created.id, { jobTitle: 'Velha' }, { version: created.version }),
        () =>
          admin.contacts.transition(created.id, applicableAction(created.status), {
            version: created.version,
          }),
        () => admin.contacts.remove(created.id, { version: created.version }),
      ]) {
        const error = await t.refusal(attempt(), 'conflict', 'stale-version');
        t.expect(
          (error.current as Contact | undefined)?.version === changed.version,
          'current is the record as it is now',
        );
      }
      const now = await admin.contacts.get(created.id);
      t.expect(
        now.version === changed.version && now.jobTitle === 'Versão dois',
        'a stale write changed the record',
      );
    },
  },

  // ── writes: the role table and escalation ──────────────────────────────────────────────────
  {
    title: 'a system user cannot edit or change the status of someone else’s contact',
    proves: ['MUST 3'],
    scope: 'write',
    async run(t) {
      const admin = t.as('generalAdmin');
      const user = t.as('systemUser');
      const { actor: registrar } = await t.as('registrationAdmin').session.current();
      const before = await admin.contacts.get(registrar.id);
      await t.refusal(
        user.contacts.update(before.id, { jobTitle: 'Hacker' }, { version: before.version }),
        'forbidden',
      );
      await t.refusal(
        user.contacts.transition(before.id, applicableAction(before.status), {
          version: before.version,
        }),
        'forbidden',
      );
      const after = await admin.contacts.get(registrar.id);
      t.expect(after.version === before.version, 'a refused write changed the contact');
    },
  },
  {
    title: 'a registration admin cannot grant permissions or roles',
    proves: ['MUST 3', 'MUST 4'],
    scope: 'write',
    async run(t) {
      const admin = t.as('generalAdmin');
      const registrar = t.as('registrationAdmin');
      const target = await scratchContact(t);
      await t.refusal(
        registrar.permissions.setAccess(
          target.id,
          { role: target.role, grants: [...target.grants, 'approve-budgets'], sites: target.sites },
          { version: target.version },
        ),
        'forbidden',
      );
      await t.refusal(
        registrar.permissions.setAccess(
          target.id,
          { role: 'general-admin', grants: target.grants, sites: target.sites },
          { version: target.version },
        ),
        'forbidden',
      );
      t.expect(
        (await admin.contacts.get(target.id)).version === target.version,
        'a refused grant was written',
      );
    },
  },
  {
    title: 'nobody changes their own role',
    proves: ['MUST 5'],
    scope: 'write',
    async run(t) {
      const admin = t.as('generalAdmin');
      const { actor } = await admin.session.current();
      const error = await t.refusal(
        admin.permissions.setAccess(
          actor.id,
          { role: 'system-user', grants: actor.grants, sites: actor.sites },
          { version: actor.version },
        ),
        'forbidden',
      );
      t.expect(
        error.code === 'own-role' || error.fields.some((f) => f.code === 'own-role'),
        `code ${error.code}, not own-role`,
      );
    },
  },
  {
    title: 'the last general admin can be neither suspended, inactivated nor deleted',
    proves: ['MUST 6'],
    scope: 'write',
    async run(t) {
      const admin = t.as('generalAdmin');
      const registrar = t.as('registrationAdmin');
      const admins = await admin.contacts.list({
        filter: adminFilter(await admin.permissions.policy()),
        limit: 2,
      });
      if (admins.total !== 1) {
        throw new CheckSkipped(
          `the test company has ${admins.total} general admins; this check needs exactly one`,
        );
      }
      const last = admins.items[0]!;
      await t.refusal(
        registrar.contacts.transition(last.id, 'suspend', { version: last.version }),
        'forbidden',
        'last-admin',
      );
      await t.refusal(
        registrar.contacts.transition(last.id, 'inactivate', { version: last.version }),
        'forbidden',
        'last-admin',
      );
      await t.refusal(
        registrar.contacts.remove(last.id, { version: last.version }),
        'forbidden',
        'last-admin',
      );
      t.expect(
        (await admin.contacts.get(last.id)).version === last.version,
        'the last admin was changed',
      );
    },
  },
  {
    title:
      'a new contact starts in the default role; another role or grants go through the grant rules',
    proves: ['MUST 7', 'MUST 4'],
    scope: 'write',
    async run(t) {
      const { policy, me } = await registrarUnderPolicy(t);
      const plain = await createdBy(t, 'registrationAdmin', newContact());
      t.expect(
        plain.role === policy.defaultRole && !plain.grants.length && !plain.sites.length,
        `a contact created with no access started as ${plain.role} with ${plain.grants.length} grants and ${plain.sites.length} sites, not in ${policy.defaultRole}`,
      );
      // Another role or a grant, from someone without the grant capability: refused, nothing written.
      const other = policy.roles.find((role) => role.id !== policy.defaultRole);
      const grant = policy.capabilities.find((c) => c.scope === 'company');
      if (!other || !grant) throw new CheckSkipped('the policy has one role or no company grant');
      for (const access of [{ role: other.id }, { grants: [grant.id] }]) {
        const error = await refusedCreate(t, 'registrationAdmin', newContact(access));
        t.expect(
          error.code === 'cannot-grant' || error.code === 'grant-not-held',
          `a create with ${JSON.stringify(access)} by a registration admin: ${error.code}, not cannot-grant`,
        );
      }
      // The same role from the general admin, who holds what it gives: created in it.
      const promoted = await createdBy(t, 'generalAdmin', newContact({ role: other.id }));
      t.expect(promoted.role === other.id, `created as ${promoted.role}, not ${other.id}`);

      // The default role needs each of its capabilities held: the registration admin's role loses
      // one of them (none an approver list follows) until the check ends, and may no longer add.
      const defaultRole = policy.roles.find((role) => role.id === policy.defaultRole);
      const registrarRole = policy.roles.find((role) => role.id === me.role);
      const spared = new Set(['add-contacts', 'approve-budgets', 'open-tickets', 'edit-contacts']);
      const gap = defaultRole?.capabilities.find(
        (c) =>
          roleCellState(defaultRole, c.capability) === 'always' &&
          roleCellState(registrarRole, c.capability) === 'always' &&
          !me.grants.includes(c.capability) &&
          !spared.has(c.capability) &&
          c.capability !== policy.grantCapability,
      )?.capability;
      if (!gap || me.role === policy.defaultRole) {
        throw new CheckSkipped('no capability of the default role to take from the registrar');
      }
      await t
        .as('generalAdmin')
        .permissions.updatePolicy(setRoleCell(policy, me.role, gap, 'none'), {
          version: policy.version,
        });
      const error = await refusedCreate(t, 'registrationAdmin', newContact(), 'grant-not-held');
      t.expect(
        names(error, 'grant-not-held', { capability: gap }),
        `the refusal names ${gap} (params.capability)`,
      );
    },
  },
  {
    title:
      'a policy edit needs the grant capability, each changed cell held outright, fixed capabilities',
    proves: ['MUST 8'],
    scope: 'write',
    async run(t) {
      const admin = t.as('generalAdmin');
      const registrar = t.as('registrationAdmin');
      const { policy, engine, me } = await registrarUnderPolicy(t);
      const defaultRole = policy.roles.find((role) => role.id === policy.defaultRole);
      const lacking = policy.capabilities.find(
        (c) =>
          c.scope === 'company' &&
          c.id !== policy.grantCapability &&
          !holdsOutright(engine, me, c.id) &&
          roleCellState(defaultRole, c.id) === 'none' &&
          roleCellState(
            policy.roles.find((role) => role.id === me.role),
            c.id,
          ) === 'none',
      )?.id;
      if (!lacking) throw new CheckSkipped('the registration admin holds every capability');
      const widened = setRoleCell(policy, policy.defaultRole, lacking, 'always');
      const version = { version: policy.version };

      await t.refusal(
        registrar.permissions.updatePolicy(widened, version),
        'forbidden',
        'cannot-grant',
      );
      const invented = {
        ...policy,
        capabilities: [
          ...policy.capabilities,
          { id: 'conformance-invented', group: 'conformance', scope: 'company' as const },
        ],
      };
      const fixed = await t.refusal(
        admin.permissions.updatePolicy(invented, version),
        'forbidden',
        'capabilities-fixed',
      );
      t.expect(
        names(fixed, 'capabilities-fixed', { capability: 'conformance-invented' }),
        'the refusal names the invented capability (params.capability)',
      );
      const unable = setRoleCell(policy, policy.adminRole, policy.grantCapability, 'none');
      const invalid = await t.refusal(
        admin.permissions.updatePolicy(unable, version),
        'validation',
      );
      t.expect(
        invalid.fields.some((f) => f.field === 'adminRole' && f.code === 'admin-cannot-grant'),
        'field adminRole, code admin-cannot-grant',
      );
      t.expect((await admin.permissions.policy()).version === policy.version, 'the policy changed');

      // Given the grant capability, the registration admin still may not change a cell of a
      // capability they lack, in another role or in their own.
      const access = { role: me.role, grants: me.grants, sites: me.sites };
      await admin.permissions.setAccess(
        me.id,
        { ...access, grants: [...me.grants, policy.grantCapability] },
        { version: me.version },
      );
      t.cleanup(async () => {
        const now = await admin.contacts.get(me.id);
        await admin.permissions.setAccess(me.id, access, { version: now.version });
      });
      for (const role of [policy.defaultRole, me.role]) {
        const next = setRoleCell(policy, role, lacking, 'always');
        const error = await t.refusal(
          registrar.permissions.updatePolicy(next, version),
          'forbidden',
          'grant-not-held',
        );
        t.expect(
          names(error, 'grant-not-held', { capability: lacking, role }),
          `the refusal names params.capability ${lacking} and params.role ${role}`,
        );
      }
      t.expect((await admin.permissions.policy()).version === policy.version, 'the policy changed');
      // The general admin holds it outright: the same edit is saved (and undone after the check).
      const saved = await admin.permissions.updatePolicy(widened, version);
      t.expect(
        roleCellState(
          saved.roles.find((role) => role.id === policy.defaultRole),
          lacking,
        ) === 'always',
        `the saved policy gives ${policy.defaultRole} ${lacking}`,
      );
    },
  },

  // ── writes: contacts ───────────────────────────────────────────────────────────────────────
  {
    title: 'the e-mail is immutable',
    proves: ['MUST 9'],
    scope: 'write',
    async run(t) {
      const admin = t.as('generalAdmin');
      const created = await scratchContact(t);
      const error = await t.refusal(
        admin.contacts.update(created.id, { email: 'outro@example.com' } as never, {
          version: created.version,
        }),
        'validation',
      );
      t.expect(
        error.fields.some((f) => f.field === 'email' && f.code === 'email-immutable'),
        'field email, code email-immutable',
      );
      t.expect(
        (await admin.contacts.get(created.id)).email === created.email,
        'the e-mail changed',
      );
    },
  },
  {
    title: 'the e-mail is unique per company, compared case-insensitively and trimmed',
    proves: ['MUST 10'],
    scope: 'write',
    async run(t) {
      const created = await scratchContact(t);
      const error = await t.refusal(
        t
          .as('generalAdmin')
          .contacts.create(newContact({ email: `  ${created.email.toUpperCase()} ` })),
        'validation',
      );
      t.expect(
        error.fields.some((f) => f.field === 'email' && f.code === 'email-taken'),
        'field email, code email-taken',
      );
    },
  },
  {
    title: 'a contact with tickets in progress cannot be deleted',
    proves: ['MUST 11'],
    scope: 'write',
    async run(t) {
      const admin = t.as('generalAdmin');
      const policy = await admin.permissions.policy();
      const busy = (await contacts(t, admin, {})).items.find(
        (c) => c.openTickets > 0 && c.role !== policy.adminRole,
      );
      if (!busy) throw new CheckSkipped('no contact of the test company has tickets in progress');
      await t.refusal(
        admin.contacts.remove(busy.id, { version: busy.version }),
        'forbidden',
        'tickets-in-progress',
      );
      t.expect(
        (await admin.contacts.get(busy.id)).version === busy.version,
        'the contact was changed',
      );
    },
  },
  {
    title: 'a lifecycle act from a status it does not apply to is 409 invalid-transition',
    proves: ['MUST 12'],
    scope: 'write',
    async run(t) {
      const admin = t.as('generalAdmin');
      const created = await scratchContact(t);
      const action = (Object.keys(lifecycleTransitions) as LifecycleAction[]).find(
        (candidate) => !lifecycleTransitions[candidate].from.includes(created.status),
      )!;
      await t.refusal(
        admin.contacts.transition(created.id, action, { version: created.version }),
        'conflict',
        'invalid-transition',
      );
      t.expect(
        (await admin.contacts.get(created.id)).version === created.version,
        'the contact was changed',
      );
    },
  },
  {
    title:
      'nobody deletes, suspends or inactivates their own contact, nor hands administration to themselves',
    proves: ['MUST 13'],
    scope: 'write',
    async run(t) {
      const admin = t.as('generalAdmin');
      const people = ['registrationAdmin', 'generalAdmin'] as const;
      const selves = new Map<Person, Contact>();
      for (const person of people) {
        const { actor } = await t.as(person).session.current();
        selves.set(person, await admin.contacts.get(actor.id));
      }
      // A self-act that went through anyway is undone by the other admin (a deletion cannot be).
      await keepApprovers(t);
      t.cleanup(async () => {
        for (const [person, before] of selves) {
          const undoer = t.as(person === 'generalAdmin' ? 'registrationAdmin' : 'generalAdmin');
          const now = await undoer.contacts.get(before.id);
          if (now.status === before.status) continue;
          const back = now.status === 'suspended' ? 'reactivate' : 'activate';
          await undoer.contacts.transition(now.id, back, { version: now.version });
        }
      });
      for (const [person, self] of selves) {
        const acting = t.as(person);
        for (const action of ['suspend', 'inactivate'] as const) {
          if (!lifecycleTransitions[action].from.includes(self.status)) continue;
          await t.refusal(
            acting.contacts.transition(self.id, action, { version: self.version }),
            'forbidden',
            'self',
          );
        }
      }
      const generalAdmin = selves.get('generalAdmin')!;
      await t.refusal(
        admin.contacts.transferAdministration(generalAdmin.id, {}),
        'forbidden',
        'self',
      );
      for (const [person, self] of selves) {
        await t.refusal(
          t.as(person).contacts.remove(self.id, { version: self.version }),
          'forbidden',
          'self',
        );
      }
      for (const [person, before] of selves) {
        t.expect(
          (await admin.contacts.get(before.id)).version === before.version,
          `a refused act changed the ${person}'s contact`,
        );
      }
    },
  },
  {
    title: 'on their own contact alone, a system user changes only the self-editable fields',
    proves: ['MUST 14', 'MUST 3'],
    scope: 'write',
    async run(t) {
      const admin = t.as('generalAdmin');
      const user = t.as('systemUser');
      const editable = new Set(selfEditableFields(await admin.permissions.policy()));
      const { actor } = await user.session.current();
      const before = await admin.contacts.get(actor.id);
      // A changed value of each field the check knows how to change without breaking another rule.
      const another = (text: string | undefined, word: string) =>
        text === word ? `${word} 2` : word;
      const changes: Partial<Record<ContactProfileField, unknown>> = {
        jobTitle: another(before.jobTitle, 'Conformance check'),
        company: another(before.company, 'Conformance Ltda'),
        address: another(before.address, 'Rua da Conformidade, 1'),
        notes: another(before.notes, 'Conformance note'),
        consultingAuthorized: !before.consultingAuthorized,
      };
      const fields = Object.keys(changes) as ContactProfileField[];
      const open = fields.find((field) => editable.has(field));
      const locked = fields.filter((field) => !editable.has(field));
      if (!open || !locked.length) {
        throw new CheckSkipped('the policy makes all or none of these fields self-editable');
      }
      const pick = (from: Partial<Record<ContactProfileField, unknown>>, keys: string[]) =>
        Object.fromEntries(keys.map((key) => [key, from[key as ContactProfileField]]));
      t.cleanup(async () => {
        const now = await admin.contacts.get(before.id);
        const back = Object.fromEntries(
          fields
            .filter((field) => now[field] !== before[field])
            .map((field) => [field, before[field] ?? '']),
        );
        if (Object.keys(back).length) {
          await admin.contacts.update(before.id, back, { version: now.version });
        }
      });

      const error = await t.refusal(
        user.contacts.update(before.id, pick(changes, [open, ...locked]), {
          version: before.version,
        }),
        'forbidden',
        'not-self-editable',
      );
      for (const field of locked) {
        t.expect(
          error.fields.some((f) => f.field === field && f.code === 'not-self-editable'),
          `the refusal has no not-self-editable entry for ${field}`,
        );
      }
      t.expect(
        !error.fields.some((f) => f.field === open),
        `the refusal names ${open}, which is self-editable`,
      );
      t.expect(
        (await admin.contacts.get(before.id)).version === before.version,
        'a refused edit changed the contact',
      );
      // The locked fields sent as they are, beside a self-editable change: no change of theirs.
      const unchanged = Object.fromEntries(
        [...locked, 'country', 'document']
          .filter((field) => before[field as keyof Contact] !== undefined)
          .map((field) => [field, before[field as keyof Contact]]),
      );
      const saved = await user.contacts.update(
        before.id,
        { ...unchanged, ...pick(changes, [open]) },
        { version: before.version },
      );
      t.expect(saved[open] === changes[open], `${open} was not saved`);
      t.expect(
        locked.every((field) => saved[field] === before[field]),
        'a field sent unchanged changed',
      );
    },
  },
  {
    title: 'a contact with bad fields is refused naming each one, and nothing is written',
    proves: ['MUST 17-20'],
    scope: 'write',
    async run(t) {
      const admin = t.as('generalAdmin');
      const { total } = await admin.contacts.list({ limit: 1 });
      const error = await t.refusal(
        admin.contacts.create(
          newContact({
            email: 'not-an-email',
            document: { type: 'cpf', number: '123.456.789-00' },
            phone: { countryCode: '55', area: '20', number: '987654321' },
          }),
        ),
        'validation',
      );
      const fields = error.fields.map((f) => f.field);
      t.expect(
        ['email', 'document.number', 'phone.area'].every((f) => fields.includes(f)),
        `the refusal named ${fields.join(', ')}`,
      );
      t.expect(
        (await admin.contacts.list({ limit: 1 })).total === total,
        'a refused create was written',
      );
    },
  },
  {
    title: 'a password that breaks the policy is refused naming each unmet rule',
    proves: ['MUST 17-20'],
    scope: 'write',
    async run(t) {
      const admin = t.as('generalAdmin');
      const created = await scratchContact(t);
      const error: AdapterError = await t.refusal(
        admin.invitations.setPassword(created.id, 'abc', { version: created.version }),
        'validation',
      );
      t.expect(
        error.fields.length > 1 && error.fields.every((f) => f.field === 'password'),
        'one password entry per unmet rule',
      );
    },
  },

  // ── writes: seats, policy, approvers, transfers ────────────────────────────────────────────
  {
    title: 'a SaaS user is created or reactivated only while a seat is free; deactivating frees it',
    proves: ['MUST 21'],
    scope: 'write',
    async run(t) {
      const admin = t.as('generalAdmin');
      const before = await admin.seats.summary();
      const free = before.licensed - before.used;
      if (free > 20) throw new CheckSkipped(`${free} free seats; this check fills at most 20`);
      const made: { id: string; version: number }[] = [];
      t.cleanup(async () => {
        for (const user of made) await admin.seats.deactivate(user.id, { version: user.version });
      });
      for (let i = 0; i < free; i++) {
        const stamp = `${Date.now().toString(36)}${i}`;
        made.push(
          await admin.seats.create({
            name: `Assento ${stamp}`,
            email: `seat.${stamp}@example.com`,
            password: 'Conformance#2026',
          }),
        );
      }
      await t.refusal(
        admin.seats.create({
          name: 'Assento Extra',
          email: `seat.extra.${Date.now()}@example.com`,
          password: 'Conformance#2026',
        }),
        'conflict',
        'no-seats',
      );
      const full = await admin.seats.summary();
      t.expect(full.used === full.licensed, `used ${full.used} of ${full.licensed} after filling`);
      if (made[0]) {
        const freed = await admin.seats.deactivate(made[0].id, { version: made[0].version });
        made.shift();
        t.expect(freed.status === 'inactive', 'deactivated');
        t.expect(
          (await admin.seats.summary()).used === full.used - 1,
          'deactivating did not free a seat',
        );
        // The freed seat taken again by someone else: the deactivated user cannot come back.
        const stamp = `${Date.now().toString(36)}r`;
        made.push(
          await admin.seats.create({
            name: `Assento ${stamp}`,
            email: `seat.${stamp}@example.com`,
            password: 'Conformance#2026',
          }),
        );
        await t.refusal(
          admin.seats.reactivate(freed.id, { version: freed.version }),
          'conflict',
          'no-seats',
        );
      }
    },
  },
  {
    title: 'a policy that removes a role still held is refused (role-in-use)',
    proves: ['MUST 22'],
    scope: 'write',
    async run(t) {
      const admin = t.as('generalAdmin');
      const policy = await admin.permissions.policy();
      const held = policy.roles.find(
        (role) => role.id !== policy.adminRole && role.id !== policy.defaultRole,
      );
      if (!held) throw new CheckSkipped('the policy has no third role to remove');
      const inUse = await admin.contacts.list({ filter: { role: [held.id] }, limit: 1 });
      if (inUse.total === 0) throw new CheckSkipped(`no contact holds ${held.id}`);
      const error = await t.refusal(
        admin.permissions.updatePolicy(
          { ...policy, roles: policy.roles.filter((role) => role.id !== held.id) },
          { version: policy.version },
        ),
        'validation',
      );
      t.expect(
        error.fields.some((f) => f.code === 'role-in-use'),
        'code role-in-use',
      );
      t.expect((await admin.permissions.policy()).version === policy.version, 'the policy changed');
    },
  },
  {
    title: 'an approver must hold the capability of what they approve',
    proves: ['MUST 23'],
    scope: 'write',
    async run(t) {
      const admin = t.as('generalAdmin');
      const before = await admin.permissions.approvers();
      const { actor } = await t.as('systemUser').session.current();
      if (actor.grants.includes('approve-budgets'))
        throw new CheckSkipped('the system user may approve budgets');
      const error = await t.refusal(
        admin.permissions.setApprovers(
          { budgets: [actor.id], tickets: before.tickets },
          { version: before.version },
        ),
        'validation',
      );
      t.expect(
        error.fields.some((f) => f.code === 'approver-lacks-capability'),
        'code approver-lacks-capability',
      );
    },
  },
  {
    title: 'administration goes only to another, active contact; tickets never to the same contact',
    proves: ['MUST 24'],
    scope: 'write',
    async run(t) {
      const admin = t.as('generalAdmin');
      const { actor } = await admin.session.current();
      await t.refusal(admin.contacts.transferAdministration(actor.id, {}), 'forbidden');
      const created = await scratchContact(t);
      await t.refusal(
        admin.contacts.transferAdministration(created.id, {}),
        'forbidden',
        'target-not-active',
      );
      // A contact with tickets in progress (a scratch contact has none, and is refused `no-tickets`
      // before anything else): moving them to the same contact is `same-contact`; nothing moves.
      const busy = (await admin.contacts.list({ limit: 500 })).items.find((c) => c.openTickets > 0);
      const source = busy ?? created;
      let caught: unknown;
      try {
        await admin.contacts.transferTickets(source.id, source.id);
      } catch (error) {
        caught = error;
      }
      const expected = busy ? 'same-contact' : 'no-tickets';
      t.expect(
        (caught as AdapterError | undefined)?.code === expected,
        `tickets to the same contact: ${expected}`,
      );
    },
  },

  // ── imports ─────────────────────────────────────────────────────────────────────────────────
  {
    title: 'an import batch answers each row on its own and writes the good ones',
    proves: ['MUST 26'],
    scope: 'write',
    async run(t) {
      const admin = t.as('generalAdmin');
      const { total } = await admin.contacts.list({ limit: 1 });
      const existing = await scratchContact(t);
      const fresh = newContact();
      const result = await admin.contacts.import(
        [
          { contact: fresh },
          { contact: newContact({ document: { type: 'cpf', number: '111.111.111-11' } }) },
          {
            contact: {
              ...newContact(),
              email: existing.email.toUpperCase(),
              jobTitle: 'Importado',
            },
            version: existing.version,
          },
          { contact: { ...fresh, name: 'Outra Pessoa' } },
        ],
        { existing: 'update' },
      );
      const [created, refused, updated, repeated] = result.results;
      if (created?.status === 'created') {
        const id = created.contact.id;
        t.cleanup(async () => {
          const now = await admin.contacts.get(id);
          await admin.contacts.remove(id, { version: now.version });
        });
      }
      t.expect(created?.status === 'created', `a new row answered ${created?.status}`);
      t.expect(
        refused?.status === 'error' &&
          refused.error.kind === 'validation' &&
          refused.error.fields.some((f) => f.field === 'document.number'),
        'a row with a bad CPF is refused with its field',
      );
      t.expect(
        updated?.status === 'updated' &&
          updated.contact.id === existing.id &&
          updated.contact.email === existing.email &&
          updated.contact.jobTitle === 'Importado',
        'an existing contact’s row updates its profile and keeps its e-mail',
      );
      t.expect(
        repeated?.status === 'skipped' && repeated.code === 'duplicate-in-batch',
        'a repeated e-mail in the batch is skipped',
      );
      t.expect(
        (await admin.contacts.list({ limit: 1 })).total === total + 2,
        'the batch wrote the new row and nothing else',
      );
      const found = await admin.contacts.lookup({ emails: [fresh.email.toUpperCase()] });
      t.expect(
        found.length === 1 && found[0]!.email === fresh.email,
        'the lookup finds the imported contact by its e-mail',
      );
    },
  },
  {
    title: 'an import batch repeated with its Idempotency-Key writes nothing twice',
    proves: ['MUST 27'],
    scope: 'write',
    async run(t) {
      const admin = t.as('generalAdmin');
      const { total } = await admin.contacts.list({ limit: 1 });
      const key = `conformance-import-${Date.now()}-${serial}`;
      const body = { rows: [{ contact: newContact() }], existing: 'skip', dryRun: false };
      const first = await t.http('generalAdmin', 'POST', '/contacts/import', {
        body,
        headers: { 'Idempotency-Key': key },
      });
      t.expect(first.status === 200, `the import answered ${first.status}`);
      const answer = first.body as { results?: { status?: string; contact?: Contact }[] };
      const created = answer.results?.[0]?.contact;
      if (created) {
        t.cleanup(async () => {
          const now = await admin.contacts.get(created.id);
          await admin.contacts.remove(created.id, { version: now.version });
        });
      }
      t.expect(answer.results?.[0]?.status === 'created', 'the row was created');
      const again = await t.http('generalAdmin', 'POST', '/contacts/import', {
        body,
        headers: { 'Idempotency-Key': key },
      });
      const replayed = again.body as { results?: { contact?: Contact }[] };
      t.expect(
        again.status === 200 && replayed.results?.[0]?.contact?.id === created?.id,
        'the repeat answered the first answer',
      );
      t.expect(
        (await admin.contacts.list({ limit: 1 })).total === total + 1,
        'the repeat wrote the row again',
      );
      const reused = await t.http('generalAdmin', 'POST', '/contacts/import', {
        body: { ...body, rows: [{ contact: newContact() }] },
        headers: { 'Idempotency-Key': key },
      });
      t.expect(
        reused.status === 409 && codeOf(reused.body) === 'idempotency-key-reused',
        `a reused key answered ${reused.status}`,
      );
    },
  },
  {
    title: 'a system user’s import batch is 403, and more than 500 rows is 422 too-long',
    proves: ['MUST 25', 'MUST 3'],
    scope: 'write',
    async run(t) {
      const admin = t.as('generalAdmin');
      const { total } = await admin.contacts.list({ limit: 1 });
      await t.refusal(t.as('systemUser').contacts.import([{ contact: newContact() }]), 'forbidden');
      t.expect(
        (await admin.contacts.list({ limit: 1 })).total === total,
        'the refused batch wrote something',
      );
      const rows = Array.from({ length: 501 }, () => ({ contact: newContact() }));
      const error = await t.refusal(admin.contacts.import(rows), 'validation');
      t.expect(
        error.fields.some((f) => f.field === 'rows' && f.code === 'too-long'),
        'field rows, code too-long',
      );
      t.expect(
        (await admin.contacts.list({ limit: 1 })).total === total,
        'the refused batch wrote something',
      );
    },
  },
  {
    title: 'opening an invitation link changes nothing; once revoked, the link is refused',
    proves: ['MUST 28', 'MUST 29'],
    scope: 'write',
    async run(t) {
      const { admin, contact, invitation, link } = await invitedContact(t);
      const token = link();
      const before = await invitationNow(t, invitation);
      const contactBefore = await admin.contacts.get(contact.id);
      t.expect((await linkStatusOf(t, token)) === 'valid', 'a fresh link reads status valid');
      t.expect((await linkStatusOf(t, token)) === 'valid', 'a link opened twice is still valid');
      const after = await invitationNow(t, invitation);
      t.expect(
        after?.version === before?.version &&
          after?.status === before?.status &&
          after?.sendCount === before?.sendCount,
        `opening the link changed the invitation (version ${before?.version} → ${after?.version}, ${before?.status} → ${after?.status})`,
      );
      const contactAfter = await admin.contacts.get(contact.id);
      t.expect(
        contactAfter.version === contactBefore.version &&
          contactAfter.status === contactBefore.status,
        'opening the link changed the contact',
      );
      await admin.invitations.revoke(invitation.id, { version: after?.version ?? 0 });
      const revoked = await admin.contacts.get(contact.id);
      t.expect((await linkStatusOf(t, token)) === 'revoked', 'a revoked link reads status revoked');
      await t.refusal(
        admin.invitations.accept(token, 'password', inviteePassword),
        'conflict',
        'invitation-revoked',
      );
      const contactLast = await admin.contacts.get(contact.id);
      t.expect(
        contactLast.version === revoked.version && contactLast.status === revoked.status,
        'accepting a revoked link changed the contact',
      );
    },
  },
  {
    title: 'an invitation link works once: a used link is refused',
    proves: ['MUST 29'],
    scope: 'write',
    async run(t) {
      const { admin, link } = await invitedContact(t);
      const token = link();
      await admin.invitations.accept(token, 'password', inviteePassword);
      t.expect((await linkStatusOf(t, token)) === 'used', 'an accepted link reads status used');
      await t.refusal(admin.invitations.accept(token, 'google'), 'conflict', 'invitation-used');
    },
  },
  {
    title: 'a contact has one usable invitation: sending another is 409 invitation-pending',
    proves: ['MUST 30'],
    scope: 'write',
    async run(t) {
      const { admin, contact, invitation } = await invitedContact(t);
      await t.refusal(admin.invitations.send(contact.id), 'conflict', 'invitation-pending');
      const open = await admin.invitations.list({
        filter: { contactId: contact.id, status: ['pending'] },
        limit: 10,
      });
      t.expect(
        open.total === 1 && open.items[0]?.id === invitation.id,
        `the contact holds ${open.total} pending invitations`,
      );
    },
  },
  {
    title: 'resending an invitation issues a new link and the earlier one stops working',
    proves: ['MUST 31'],
    scope: 'write',
    async run(t) {
      await noResendCooldown(t);
      const { admin, invitation, link } = await invitedContact(t);
      const first = link();
      const resent = await admin.invitations.resend(invitation.id, {
        version: (await invitationNow(t, invitation))?.version ?? invitation.version,
      });
      const second = tokenOf(resent);
      t.expect(second !== first, 'the resent invitation carries the same link');
      t.expect(
        (await linkStatusOf(t, first)) === 'superseded',
        'the earlier link reads status superseded',
      );
      await t.refusal(
        admin.invitations.accept(first, 'password', inviteePassword),
        'conflict',
        'invitation-superseded',
      );
      t.expect((await linkStatusOf(t, second)) === 'valid', 'the new link reads status valid');
    },
  },
];
