import DataLoader from "dataloader";
import type { DataSource } from "typeorm";
import { byKeyLoader } from "../../db/by-key-loader.js";
import { readRows } from "../../db/read-rows.js";
import { Content } from "../content/content.entity.js";
import { ShareEvent } from "./share.entity.js";

/**
 * Counts of many keys in one GROUP BY: a page of 20 or 100 items costs one statement per count.
 * `table` and `column` are fixed by the code below, never input.
 */
function countLoader(ds: DataSource, table: string, column: string): DataLoader<number, number> {
  return new DataLoader<number, number>(async (keys) => {
    const rows = await readRows<{ k: number | string; n: number | string }>(
      ds,
      `SELECT ${column} AS k, COUNT(*) AS n FROM ${table} WHERE ${column} IN (${keys.map(() => "?").join(",")}) GROUP BY ${column}`,
      keys,
    );
    const counts = new Map(rows.map((r) => [Number(r.k), Number(r.n)]));
    return keys.map((k) => counts.get(k) ?? 0);
  });
}

export function createShareLoaders(ds: DataSource) {
  return {
    byId: byKeyLoader(ds, ShareEvent, "dbId"),
    /** A share's content whatever its status now (the sharer's own history). */
    contentById: byKeyLoader(ds, Content, "dbId"),
    sharesOfContent: countLoader(ds, "share_event", "content_id"),
    opensOfContent: countLoader(ds, "share_open", "content_id"),
    opensOfShare: countLoader(ds, "share_open", "share_id"),
  };
}
