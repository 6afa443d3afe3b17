import DataLoader from "dataloader";
import { type EntityTarget, In, type DataSource, type ObjectLiteral } from "typeorm";
import { entityRows } from "./entity-rows.js";
import { readRows } from "./read-rows.js";

/**
 * A per-request DataLoader that fetches rows of `entity` by one key column in a single IN query.
 * Flat entities (no relations or embedded objects: all of ours) skip the query builder: one fixed
 * SELECT per batch size, each column converted by the driver exactly as TypeORM's hydration does
 * (dates, integers, transformers), into an instance of the entity class.
 */
export function byKeyLoader<E extends ObjectLiteral, K extends keyof E & string>(ds: DataSource, entity: EntityTarget<E>, key: K) {
  const meta = ds.getMetadata(entity);
  const keyColumn = meta.findColumnWithPropertyName(key);
  if (meta.relations.length || meta.embeddeds.length || meta.discriminatorColumn || !keyColumn) {
    return new DataLoader<E[K], E | null>(async (keys) => {
      const rows = await ds.getRepository(entity).findBy({ [key]: In([...keys]) } as never);
      const map = new Map(rows.map((r) => [r[key], r]));
      return keys.map((k) => map.get(k) ?? null);
    });
  }
  const rows = entityRows(ds, entity);
  const select = `SELECT ${rows.select()} FROM ${rows.table} WHERE ${ds.driver.escape(keyColumn.databaseName)} IN `;
  const sqlFor = new Map<number, string>();
  return new DataLoader<E[K], E | null>(async (keys) => {
    let sql = sqlFor.get(keys.length);
    if (!sql) sqlFor.set(keys.length, (sql = `${select}(${Array(keys.length).fill("?").join(",")})`));
    const raw = await readRows<Record<string, unknown>>(ds, sql, keys);
    const map = new Map<unknown, E>();
    for (const row of raw) {
      const e = rows.hydrate(row);
      map.set(e[key], e);
    }
    return keys.map((k) => map.get(k) ?? null);
  });
}
