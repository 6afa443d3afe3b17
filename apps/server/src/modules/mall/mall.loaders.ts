import DataLoader from "dataloader";
import { type DataSource, In } from "typeorm";
import { byKeyLoader } from "../../db/by-key-loader.js";
import { MallItem, MallItemHolding } from "./mall-item.entity.js";
import { Redemption } from "./redemption.entity.js";

export function createMallLoaders(ds: DataSource) {
  return {
    itemById: byKeyLoader(ds, MallItem, "dbId"),
    redemptionById: byKeyLoader(ds, Redemption, "dbId"),
    /** Units one volunteer holds per item (live orders), keyed `${volunteerId}:${itemId}`: one query per page. */
    holding: new DataLoader<string, number>(async (keys) => {
      const byVolunteer = new Map<number, number[]>();
      for (const key of keys) {
        const [v, i] = key.split(":").map(Number);
        byVolunteer.set(v, [...(byVolunteer.get(v) ?? []), i]);
      }
      const found = new Map<string, number>();
      for (const [volunteerId, itemIds] of byVolunteer) {
        const rows = await ds.getRepository(MallItemHolding).findBy({ volunteerId, itemId: In(itemIds) });
        for (const r of rows) found.set(`${r.volunteerId}:${r.itemId}`, Number(r.quantity));
      }
      return keys.map((k) => found.get(k) ?? 0);
    }),
  };
}
