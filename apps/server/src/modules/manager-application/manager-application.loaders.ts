import DataLoader from "dataloader";
import { In, type DataSource } from "typeorm";
import { ManagerApplication } from "./manager-application.entity.js";

export function createManagerApplicationLoaders(ds: DataSource) {
  const byId = new DataLoader<number, ManagerApplication | null>(async (ids) => {
    const rows = await ds.getRepository(ManagerApplication).findBy({ dbId: In([...ids]) });
    const map = new Map(rows.map((r) => [r.dbId, r]));
    return ids.map((id) => map.get(id) ?? null);
  });
  return { byId };
}
