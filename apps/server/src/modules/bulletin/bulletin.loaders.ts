import DataLoader from "dataloader";
import type { DataSource } from "typeorm";
import { byKeyLoader } from "../../db/by-key-loader.js";
import { readRows } from "../../db/read-rows.js";
import type { BulletinSnapshot } from "./bulletin-snapshot.js";
import { Bulletin } from "./bulletin.entity.js";

export function createBulletinLoaders(ds: DataSource) {
  const snapshotColumn = ds.getMetadata(Bulletin).findColumnWithPropertyName("snapshot")!;
  return {
    byId: byKeyLoader(ds, Bulletin, "dbId"),
    /** The frozen tables are never part of list rows: loaded in one batch only when a client selects them. */
    snapshot: new DataLoader<number, BulletinSnapshot | null>(async (ids) => {
      const rows = await readRows<{ id: number | string; snapshot: unknown }>(
        ds,
        `SELECT id, snapshot FROM bulletin WHERE id IN (${ids.map(() => "?").join(",")})`,
        ids,
      );
      const found = new Map(
        rows.map((r) => [Number(r.id), ds.driver.prepareHydratedValue(r.snapshot, snapshotColumn) as BulletinSnapshot]),
      );
      return ids.map((id) => found.get(id) ?? null);
    }),
  };
}
