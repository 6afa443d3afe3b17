import { type DataSource, In } from "typeorm";
import type { JobDefinition } from "../../jobs/job.js";
import { LoginThrottle } from "./login-throttle.entity.js";
import { THROTTLE_ROW_TTL_MS } from "./login-throttle.service.js";
import { Session } from "./session.entity.js";

export interface PurgeOptions {
  /** Rows deleted per statement (default 1000), so no statement holds locks for long. */
  batchSize?: number;
  /** How long ended sessions are kept (for "signed in from this address before", and investigations). Default 30 days. */
  sessionGraceMs?: number;
  /** Stop after this many batches per kind (default unbounded); the next run continues. */
  maxBatches?: number;
}

export interface PurgeResult {
  sessions: number;
  throttleRows: number;
}

export const SESSION_GRACE_MS = 30 * 24 * 60 * 60 * 1000;

/**
 * Deletes sessions that expired or were revoked more than `sessionGraceMs` ago, and throttle
 * counters no policy looks at any more (window over for the longest policy, no lock pending).
 * In batches: the ids are read in index order with LIMIT, then deleted by id with the condition
 * checked again (portable: MariaDB refuses LIMIT inside IN (subquery)), so a counter that came back
 * to life meanwhile is kept. Safe to run from several processes at once.
 */
export async function purgeExpiredAuthRows(ds: DataSource, now = new Date(), opts: PurgeOptions = {}): Promise<PurgeResult> {
  const batchSize = opts.batchSize ?? 1000;
  const maxBatches = opts.maxBatches ?? Number.POSITIVE_INFINITY;
  const sessionCutoff = new Date(now.getTime() - (opts.sessionGraceMs ?? SESSION_GRACE_MS));
  const throttleCutoff = new Date(now.getTime() - THROTTLE_ROW_TTL_MS);
  const sessions = ds.getRepository(Session);
  const throttle = ds.getRepository(LoginThrottle);

  const inBatches = async (pick: () => Promise<string[]>, remove: (ids: string[]) => Promise<number>) => {
    let total = 0;
    for (let batch = 0; batch < maxBatches; batch++) {
      const ids = await pick();
      if (ids.length) total += await remove(ids);
      if (ids.length < batchSize) break;
    }
    return total;
  };
  const ended = (column: "expiresAt" | "revokedAt") =>
    inBatches(
      async () =>
        (
          await sessions
            .createQueryBuilder("s")
            .select("s.id", "id")
            .where(`s.${column} < :cutoff`, { cutoff: sessionCutoff })
            .orderBy(`s.${column}`)
            .limit(batchSize)
            .getRawMany<{ id: string }>()
        ).map((r) => r.id),
      async (ids) =>
        (
          await sessions
            .createQueryBuilder()
            .delete()
            .where({ id: In(ids) })
            .andWhere(`${column === "expiresAt" ? "expires_at" : "revoked_at"} < :cutoff`, { cutoff: sessionCutoff })
            .execute()
        ).affected ?? 0,
    );
  const staleThrottle = "window_started_at < :cutoff AND (locked_until IS NULL OR locked_until < :now)";
  const staleThrottleAliased = "t.windowStartedAt < :cutoff AND (t.lockedUntil IS NULL OR t.lockedUntil < :now)";

  const sessionRows = (await ended("expiresAt")) + (await ended("revokedAt"));
  const throttleRows = await inBatches(
    async () =>
      (
        await throttle
          .createQueryBuilder("t")
          .select("t.key", "key")
          .where(staleThrottleAliased, { cutoff: throttleCutoff, now })
          .orderBy("t.windowStartedAt")
          .limit(batchSize)
          .getRawMany<{ key: string }>()
      ).map((r) => r.key),
    async (keys) =>
      (
        await throttle
          .createQueryBuilder()
          .delete()
          .where({ key: In(keys) })
          .andWhere(staleThrottle, { cutoff: throttleCutoff, now })
          .execute()
      ).affected ?? 0,
  );
  return { sessions: sessionRows, throttleRows };
}

/** The scheduled form: hourly, at most 50 batches per kind a run (the next run continues). */
export function purgeAuthRowsJob(everyMs = 60 * 60_000): JobDefinition {
  return {
    name: "purge-auth-rows",
    everyMs,
    async run(rc) {
      const r = await purgeExpiredAuthRows(rc.ds, new Date(), { maxBatches: 50 });
      return r.sessions || r.throttleRows ? `deleted ${r.sessions} ended sessions, ${r.throttleRows} stale login counters` : undefined;
    },
  };
}
