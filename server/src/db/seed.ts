import type { DemoData } from '../../../src/core/demo-data.js';
import type { Kysely } from 'kysely';
import { contactToRow, invitationToRow, saasUserToRow, siteToRow } from './rows.js';
import type { Database } from './schema.js';

/** Rows per INSERT: PostgreSQL takes at most 65,535 parameters per statement. */
const batch = 1_000;

async function insertAll<T extends keyof Database>(
  db: Kysely<Database>,
  table: T,
  rows: readonly object[],
): Promise<void> {
  for (let start = 0; start < rows.length; start += batch) {
    // One helper for every table: the rows were built for `table` by its row mapper.
    await db
      .insertInto(table)
      .values(rows.slice(start, start + batch) as never)
      .execute();
  }
}

/**
 * Loads demo data (`createDemoData`) into an empty database: every company with its policy, contacts,
 * sites, SaaS users, invitations, template and approvers. Runs in one transaction.
 */
export async function seed(db: Kysely<Database>, data: DemoData): Promise<void> {
  await db.transaction().execute(async (tx) => {
    const db = tx as unknown as Kysely<Database>;
    await insertAll(
      db,
      'companies',
      data.companies.map((company) => ({
        id: company.id,
        name: company.name,
        licensed_seats: data.seats[company.id]?.licensed ?? 0,
        seat_products: JSON.stringify(data.seats[company.id]?.products ?? {}),
      })),
    );
    const fallbackPolicy = Object.values(data.policies)[0];
    await insertAll(
      db,
      'policies',
      data.companies.map((company) => {
        const policy = data.policies[company.id] ?? fallbackPolicy;
        if (!policy) throw new Error(`seed: no policy for company ${company.id}`);
        return {
          company_id: company.id,
          document: JSON.stringify(policy),
          version: policy.version,
        };
      }),
    );
    await insertAll(
      db,
      'invitation_templates',
      data.companies.map((company) => {
        const template = data.templates[company.id] ?? {
          subject: '',
          body: '{setupUrl}',
          version: 1,
        };
        return { company_id: company.id, ...template };
      }),
    );
    await insertAll(
      db,
      'approvers',
      data.companies.map((company) => {
        const approvers = data.approvers[company.id] ?? { budgets: [], tickets: [], version: 1 };
        return {
          company_id: company.id,
          budgets: JSON.stringify(approvers.budgets),
          tickets: JSON.stringify(approvers.tickets),
          version: approvers.version,
        };
      }),
    );
    await insertAll(db, 'contacts', data.contacts.map(contactToRow));
    await insertAll(db, 'sites', data.sites.map(siteToRow));
    await insertAll(db, 'saas_users', data.saasUsers.map(saasUserToRow));
    await insertAll(db, 'invitations', data.invitations.map(invitationToRow));
    await insertAll(db, 'server_settings', [
      {
        key: 'demo',
        value: JSON.stringify({
          companies: data.companies.map((company) => company.id),
          actors: data.actors,
          companyActors: data.companyActors,
        }),
      },
    ]);
  });
}

/** Whether the database holds any company yet (a fresh data folder is seeded on first start). */
export async function isEmpty(db: Kysely<Database>): Promise<boolean> {
  const row = await db.selectFrom('companies').select('id').limit(1).executeTakeFirst();
  return row === undefined;
}

/** What the seed remembers of the demo data: its companies (first = the demo's) and their actors. */
export interface DemoSettings {
  companies: string[];
  actors: DemoData['actors'];
  companyActors: DemoData['companyActors'];
}

/** The demo data's actors, when the database was seeded with demo data. */
export async function demoSettings(db: Kysely<Database>): Promise<DemoSettings | undefined> {
  const row = await db
    .selectFrom('server_settings')
    .select('value')
    .where('key', '=', 'demo')
    .executeTakeFirst();
  return row?.value as DemoSettings | undefined;
}
