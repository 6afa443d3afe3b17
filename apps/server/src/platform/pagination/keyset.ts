import type { ObjectLiteral, SelectQueryBuilder } from "typeorm";
import { pageSize } from "@kepu/domain";
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
