import DataLoader from "dataloader";
import { type EntityTarget, In, type DataSource, type ObjectLiteral } from "typeorm";

/** A per-request DataLoader that fetches rows of `entity` by one key column in a single IN query. */
export function byKeyLoader<E extends ObjectLiteral, K extends keyof E & string>(ds: DataSource, entity: EntityTarget<E>, key: K) {
  return new DataLoader<E[K], E | null>(async (keys) => {
    const rows = await ds.getRepository(entity).findBy({ [key]: In([...keys]) } as never);
    const map = new Map(rows.map((r) => [r[key], r]));
    return keys.map((k) => map.get(k) ?? null);
  });
}
