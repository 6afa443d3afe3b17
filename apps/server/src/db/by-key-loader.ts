import DataLoader from "dataloader";
import { type EntityTarget, In, type DataSource, type ObjectLiteral } from "typeorm";
import type { ColumnMetadata } from "typeorm/metadata/ColumnMetadata.js";
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
  const columns: ColumnMetadata[] = meta.columns.filter((c) => c.isSelect && !c.isVirtual);
  const q = (name: string) => ds.driver.escape(name);
  const select = `SELECT ${columns.map((c) => q(c.databaseName)).join(", ")} FROM ${q(meta.tablePath)} WHERE ${q(keyColumn.databaseName)} IN `;
  const sqlFor = new Map<number, string>();
  return new DataLoader<E[K], E | null>(async (keys) => {
    let sql = sqlFor.get(keys.length);
    if (!sql) sqlFor.set(keys.length, (sql = `${select}(${Array(keys.length).fill("?").join(",")})`));
    const rows = await readRows<Record<string, unknown>>(ds, sql, keys);
    const map = new Map<unknown, E>();
    for (const row of rows) {
      const e = meta.create(undefined, { fromDeserializer: true }) as E;
      for (const c of columns) c.setEntityValue(e, ds.driver.prepareHydratedValue(row[c.databaseName], c));
      map.set(e[key], e);
    }
    return keys.map((k) => map.get(k) ?? null);
  });
}
