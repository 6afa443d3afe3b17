import type { DataSource, EntityTarget, ObjectLiteral, SelectQueryBuilder } from "typeorm";
import { pageSize } from "@kepu/domain";
import { entityRows, type SqlWhere } from "../../db/entity-rows.js";
import { readRows } from "../../db/read-rows.js";
import { type Connection, connectionFromRows } from "./connection.js";
import { type CursorValue, decodeCursor, encodeCursor } from "./cursor.js";

export interface SortKey<T> {
  /** SQL expression, e.g. `r.code` */
  column: string;
  direction: "ASC" | "DESC";
  value: (row: T) => CursorValue;
}

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

/**
 * Keyset pagination over any query builder: ORDER BY the sort keys (the last one must be unique),
 * continue strictly after the cursor's key tuple. Same SQL on SQLite and MariaDB; no OFFSET, so
 * page 10,000 costs what page 1 does. Sort key columns are never NULL here (cursor rows compare by =).
 */
export async function paginate<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  keys: SortKey<T>[],
  args: PageArgs,
): Promise<Connection<T>> {
  const limit = pageSize(args.first);
  const countQb = qb.clone();
  const pageQb = qb.clone();
  if (args.after) {
    const values = decodeCursor(args.after, keys.length);
    // (k1 > v1) OR (k1 = v1 AND k2 > v2) OR … — expanded, since row-value comparison is not portable.
    const ors: string[] = [];
    const params: Record<string, CursorValue> = {};
    keys.forEach((key, i) => {
      const ands = keys.slice(0, i).map((k, j) => `${k.column} = :ck${j}`);
      ands.push(`${key.column} ${key.direction === "ASC" ? ">" : "<"} :ck${i}`);
      ors.push(`(${ands.join(" AND ")})`);
      params[`ck${i}`] = values[i];
    });
    pageQb.andWhere(`(${ors.join(" OR ")})`, params);
  }
  keys.forEach((key, i) => (i === 0 ? pageQb.orderBy(key.column, key.direction) : pageQb.addOrderBy(key.column, key.direction)));
  const rows = await pageQb.limit(limit + 1).getMany();
  const cursorOf = (row: T) => encodeCursor(keys.map((k) => k.value(row)));
  return connectionFromRows(rows, limit, cursorOf, () => countQb.getCount(), Boolean(args.after));
}

/** What `paginateRows` reads: a flat entity's table under an alias, narrowed by a positional WHERE. */
export interface RowSource<T extends ObjectLiteral> {
  ds: DataSource;
  entity: EntityTarget<T>;
  alias: string;
  where: SqlWhere;
}

/**
 * `paginate` for hot lists, without the query builder: the same keyset SQL with positional
 * parameters, run as a prepared statement (`readRows`) and hydrated straight into entities.
 * Cursor values must already be in the column's stored form (`utcDatetime` for dates).
 */
export async function paginateRows<T extends ObjectLiteral>(
  source: RowSource<T>,
  keys: SortKey<T>[],
  args: PageArgs,
): Promise<Connection<T>> {
  const { ds, alias, where } = source;
  const rows = entityRows(ds, source.entity);
  const limit = pageSize(args.first);
  const from = ` FROM ${rows.table} ${alias}${where.sql}`;
  const params = [...where.params];
  let sql = `SELECT ${rows.select(alias)}${from}`;
  if (args.after) {
    const values = decodeCursor(args.after, keys.length);
    const ors = keys.map((key, i) => {
      const ands = keys.slice(0, i).map((k) => `${k.column} = ?`);
      ands.push(`${key.column} ${key.direction === "ASC" ? ">" : "<"} ?`);
      params.push(...values.slice(0, i + 1));
      return `(${ands.join(" AND ")})`;
    });
    sql += `${where.sql ? " AND" : " WHERE"} (${ors.join(" OR ")})`;
  }
  sql += ` ORDER BY ${keys.map((k) => `${k.column} ${k.direction}`).join(", ")} LIMIT ${limit + 1}`;
  const page = (await readRows<Record<string, unknown>>(ds, sql, params)).map((r) => rows.hydrate(r));
  const cursorOf = (row: T) => encodeCursor(keys.map((k) => k.value(row)));
  const count = async () => {
    const [row] = await readRows<{ n: number | string }>(ds, `SELECT COUNT(*) AS n${from}`, where.params);
    return Number(row?.n ?? 0);
  };
  return connectionFromRows(page, limit, cursorOf, count, Boolean(args.after));
}
