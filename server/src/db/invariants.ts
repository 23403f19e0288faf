import { sql, type Kysely } from 'kysely';
import type { Policy } from '../../../src/core/model/index.js';
import { countsAsAdmin, createPermissionEngine } from '../../../src/core/permissions/index.js';
import { approverRefusal } from '../../../src/core/rules/index.js';
import { approversFromRow, contactColumns, contactFromRow } from './rows.js';
import { poolUsage, seatFacts } from './journey.js';
import type { ContactRow, Database } from './schema.js';

/**
 * What must hold in a company's rows whatever requests raced, judged by the rules layer's own
 * functions (`countsAsAdmin`, `approverRefusal`): the concurrency tests and the load benchmark read
 * the database after firing requests and expect no violation.
 *
 * - at least one contact counts as a general admin;
 * - no two contacts share an e-mail key or a CPF key;
 * - every contact's role is a role of the policy;
 * - every approver is a contact of the company who may be on that list;
 * - no seat pool holds more seats than it is licensed (`seatUsage`; the contract's writes never lower
 *   a licence, so in a test or a benchmark a pool over its licence is a broken limit);
 * - no contact has more than one usable invitation (pending, before its expiry) at `now`.
 */
export async function invariantViolations(
  db: Kysely<Database>,
  companyId: string,
  now: Date = new Date(),
): Promise<string[]> {
  const violations: string[] = [];
  const policyRow = await db
    .selectFrom('policies')
    .select(['document', 'version'])
    .where('company_id', '=', companyId)
    .executeTakeFirstOrThrow();
  const policy = { ...(policyRow.document as Policy), version: policyRow.version };
  const engine = createPermissionEngine(policy);
  const rows = await db
    .selectFrom('contacts')
    .select([...contactColumns, 'document_key'])
    .where('company_id', '=', companyId)
    .execute();
  const contacts = new Map(rows.map((row) => [row.id, contactFromRow(row as ContactRow)]));

  const admins = [...contacts.values()].filter((c) => countsAsAdmin(policy, c)).length;
  if (admins === 0) violations.push(`${companyId}: no contact counts as a general admin`);

  for (const [column, what] of [
    ['email_key', 'e-mail'],
    ['document_key', 'CPF'],
  ] as const) {
    const repeated = await sql<{ key: string; n: number }>`
      select ${sql.ref(column)} as key, count(*)::integer as n from contacts
      where company_id = ${companyId} and ${sql.ref(column)} is not null
      group by 1 having count(*) > 1`.execute(db);
    for (const { key, n } of repeated.rows) {
      violations.push(`${companyId}: ${n} contacts share the ${what} key ${key}`);
    }
  }

  const roles = new Set(policy.roles.map((role) => role.id));
  for (const contact of contacts.values()) {
    if (!roles.has(contact.role)) {
      violations.push(`${companyId}: ${contact.id} holds role ${contact.role}, not in the policy`);
    }
  }

  const approvers = approversFromRow(
    await db
      .selectFrom('approvers')
      .selectAll()
      .where('company_id', '=', companyId)
      .executeTakeFirstOrThrow(),
  );
  for (const list of ['budgets', 'tickets'] as const) {
    for (const id of approvers[list]) {
      const person = contacts.get(id);
      const refusal = person ? approverRefusal(engine, list, person)?.code : 'not a contact';
      if (refusal) violations.push(`${companyId}: ${id} approves ${list} (${refusal})`);
    }
  }
  const seats = await seatFacts(db, companyId);
  const pools = new Set<string | undefined>([undefined]);
  for (const user of seats.users) pools.add(user.product);
  for (const invitation of seats.invitations) pools.add(invitation.seat?.product);
  for (const product of pools) {
    const usage = poolUsage(seats, now, product);
    if (usage.used > usage.licensed) {
      violations.push(
        `${companyId}: pool ${product ?? '(one pool)'} uses ${usage.used} of ${usage.licensed} seats`,
      );
    }
  }

  const usable = await sql<{ contact_id: string; n: number }>`
    select contact_id, count(*)::integer as n from invitations
    where company_id = ${companyId} and status = 'pending' and expires_at > ${now.toISOString()}::timestamptz
    group by 1 having count(*) > 1`.execute(db);
  for (const { contact_id, n } of usable.rows) {
    violations.push(`${companyId}: ${contact_id} has ${n} usable invitations`);
  }
  return violations;
}
