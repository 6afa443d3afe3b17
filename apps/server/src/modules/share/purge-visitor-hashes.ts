import { toLocalDate } from "@kepu/domain";
import type { DataSource } from "typeorm";
import { transaction } from "../../db/transaction.js";
import type { JobDefinition } from "../../jobs/job.js";

/**
 * Clears the visitor hashes of opens from past days: a hash only serves to count a visitor once on
 * its own day, so after that day nothing links two opens to one person any more. In batches by id
 * (portable: MariaDB refuses LIMIT inside IN (subquery)). Returns how many rows it cleared.
 */
export async function purgeVisitorHashes(ds: DataSource, now = new Date(), batchSize = 1000, maxBatches = 100): Promise<number> {
  const today = toLocalDate(now);
  let total = 0;
  for (let batch = 0; batch < maxBatches; batch++) {
    const ids = (
      (await ds.query(`SELECT id FROM share_open WHERE day < ? AND visitor_hash IS NOT NULL ORDER BY day LIMIT ${Number(batchSize)}`, [
        today,
      ])) as { id: number | string }[]
    ).map((r) => Number(r.id));
    if (!ids.length) break;
    await transaction(ds, (em) =>
      em.query(`UPDATE share_open SET visitor_hash = NULL WHERE id IN (${ids.map(() => "?").join(",")}) AND day < ?`, [...ids, today]),
    );
    total += ids.length;
    if (ids.length < batchSize) break;
  }
  return total;
}

export function purgeVisitorHashesJob(everyMs = 60 * 60 * 1000): JobDefinition {
  return {
    name: "purge-share-visitor-hashes",
    everyMs,
    async run(rc) {
      const n = await purgeVisitorHashes(rc.ds);
      return n ? `${n} visitor hashes cleared` : undefined;
    },
  };
}
