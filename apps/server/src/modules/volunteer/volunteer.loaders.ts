import DataLoader from "dataloader";
import { In, type DataSource } from "typeorm";
import { Volunteer } from "./volunteer.entity.js";

export function createVolunteerLoaders(ds: DataSource) {
  const byId = new DataLoader<number, Volunteer | null>(async (ids) => {
    const rows = await ds.getRepository(Volunteer).findBy({ dbId: In([...ids]) });
    const map = new Map(rows.map((r) => [r.dbId, r]));
    return ids.map((id) => map.get(id) ?? null);
  });
  return { byId };
}
