import type { DataSource, EntityTarget, ObjectLiteral } from "typeorm";
import type { ColumnMetadata } from "typeorm/metadata/ColumnMetadata.js";

export interface EntityRows<E> {
  /** `alias.col1, alias.col2, …` (or unaliased): every selectable column, in a fixed order */
  select(alias?: string): string;
  /** the quoted table name */
  table: string;
  /** one raw row → an entity instance, each column converted exactly as TypeORM's hydration does */
  hydrate(row: Record<string, unknown>): E;
}

const cache = new WeakMap<DataSource, Map<EntityTarget<ObjectLiteral>, EntityRows<ObjectLiteral>>>();

/**
 * Raw-row reading for flat entities (no relations or embedded objects: all of ours). Hot reads run
 * a fixed SELECT through `readRows` and hydrate here, skipping the query builder, its alias
 * rewriting and its generic hydration, which cost more than the statement itself.
 */
export function entityRows<E extends ObjectLiteral>(ds: DataSource, entity: EntityTarget<E>): EntityRows<E> {
  let byEntity = cache.get(ds);
  if (!byEntity) cache.set(ds, (byEntity = new Map()));
  const known = byEntity.get(entity);
  if (known) return known as EntityRows<E>;
  const meta = ds.getMetadata(entity);
  if (meta.relations.length || meta.embeddeds.length || meta.discriminatorColumn) {
    throw new Error(`entityRows: ${meta.name} is not a flat entity`);
  }
  const columns: ColumnMetadata[] = meta.columns.filter((c) => c.isSelect && !c.isVirtual);
  const q = (name: string) => ds.driver.escape(name);
  const names = columns.map((c) => q(c.databaseName));
  const rows: EntityRows<E> = {
    table: q(meta.tablePath),
    select: (alias) => (alias ? names.map((n) => `${alias}.${n}`).join(", ") : names.join(", ")),
    hydrate(row) {
      const e = meta.create(undefined, { fromDeserializer: true }) as E;
      for (const c of columns) c.setEntityValue(e, ds.driver.prepareHydratedValue(row[c.databaseName], c));
      return e;
    },
  };
  byEntity.set(entity, rows as EntityRows<ObjectLiteral>);
  return rows;
}

/** A WHERE clause with positional parameters, built condition by condition. */
export class SqlWhere {
  private readonly parts: string[] = [];
  readonly params: unknown[] = [];

  and(sql: string, ...params: unknown[]): this {
    this.parts.push(sql);
    this.params.push(...params);
    return this;
  }

  get sql(): string {
    return this.parts.length ? ` WHERE ${this.parts.join(" AND ")}` : "";
  }
}

/** How both dialects store a DATETIME(3) in UTC: the form a raw parameter must take to compare as the column does. */
export const utcDatetime = (d: Date): string => d.toISOString().replace("T", " ").replace("Z", "");
