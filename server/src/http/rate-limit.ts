import { sql } from 'kysely';
import type { Tx } from '../db/store.js';

/** One hit of an actor on a bucket. */
export interface Hit {
  companyId: string;
  contactId: string;
  bucket: string;
  limit: number;
  windowSeconds: number;
  now: Date;
}

/**
 * Counts one hit in the actor's fixed window (a row of `rate_limits`, so every server process shares
 * it) and answers the seconds to wait when the limit is exceeded, else undefined. The window starts
 * at the first hit and lasts `windowSeconds`; a hit after it starts a new one.
 */
export async function hit(tx: Tx, request: Hit): Promise<number | undefined> {
  const { companyId, contactId, bucket, limit, windowSeconds, now } = request;
  const stamp = now.toISOString();
  const result = await sql<{ window_start: Date | string; hits: number }>`
    insert into rate_limits as r (company_id, actor_id, bucket, window_start, hits)
    values (${companyId}, ${contactId}, ${bucket}, ${stamp}::timestamptz, 1)
    on conflict (company_id, actor_id, bucket) do update set
      window_start = case when r.window_start <= ${stamp}::timestamptz - make_interval(secs => ${windowSeconds})
        then ${stamp}::timestamptz else r.window_start end,
      hits = case when r.window_start <= ${stamp}::timestamptz - make_interval(secs => ${windowSeconds})
        then 1 else r.hits + 1 end
    returning window_start, hits`.execute(tx);
  const row = result.rows[0];
  if (!row || row.hits <= limit) return undefined;
  const ends = new Date(row.window_start).getTime() + windowSeconds * 1000;
  return Math.max(1, Math.ceil((ends - now.getTime()) / 1000));
}
