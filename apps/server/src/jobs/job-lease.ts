import type { DataSource } from "typeorm";
import { exclusive } from "../db/transaction.js";
import { JobLease } from "./job-lease.entity.js";

/**
 * Takes the lease of `name` for `ms` when it is free or expired (or already ours): one
 * conditional UPDATE, atomic on both dialects, so across processes exactly one wins a round.
 * Queued on SQLite, where a bare statement would otherwise run inside whatever transaction is open.
 */
export function takeLease(ds: DataSource, name: string, holder: string, ms: number, now = new Date()): Promise<boolean> {
  return exclusive(ds, async () => {
    const repo = ds.getRepository(JobLease);
    await repo
      .createQueryBuilder()
      .insert()
      .values({ name, holder: "", expiresAt: new Date(0), lastRunAt: null })
      .orIgnore()
      .execute();
    const res = await repo
      .createQueryBuilder()
      .update()
      .set({ holder, expiresAt: new Date(now.getTime() + ms), lastRunAt: now })
      .where("name = :name AND (expires_at <= :now OR holder = :holder)", { name, now, holder })
      .execute();
    return (res.affected ?? 0) > 0;
  });
}
