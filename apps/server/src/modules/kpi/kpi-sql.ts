import type { DataSource, EntityManager } from "typeorm";
import { dialectOf, type Dialect } from "../../db/data-source.js";

export type Runner = Pick<EntityManager, "query"> & { readonly connection: DataSource };

export const dialectOfRunner = (r: Runner): Dialect => dialectOf(r.connection);

/** Rows per multi-row statement: well under SQLite's 32,766 bound parameters and MariaDB's packet size. */
const ROWS_PER_STATEMENT = 500;

type Value = string | number | null;

/**
 * `INSERT … ON DUPLICATE KEY UPDATE c = c + VALUES(c)` (MariaDB) / `ON CONFLICT … DO UPDATE SET
 * c = c + excluded.c` (SQLite): adds the rows' counters to what is stored, many rows per statement.
 */
export async function upsertAdd(
  r: Runner,
  table: string,
  keys: readonly string[],
  adds: readonly string[],
  rows: readonly (readonly Value[])[],
): Promise<void> {
  const dialect = dialectOfRunner(r);
  const cols = [...keys, ...adds];
  const tail =
    dialect === "mariadb"
      ? `ON DUPLICATE KEY UPDATE ${adds.map((c) => `${c} = ${c} + VALUES(${c})`).join(", ")}`
      : `ON CONFLICT (${keys.join(", ")}) DO UPDATE SET ${adds.map((c) => `${c} = ${c} + excluded.${c}`).join(", ")}`;
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    const chunk = rows.slice(i, i + ROWS_PER_STATEMENT);
    const tuple = `(${cols.map(() => "?").join(", ")})`;
    await r.query(`INSERT INTO ${table} (${cols.join(", ")}) VALUES ${chunk.map(() => tuple).join(", ")} ${tail}`, chunk.flat());
  }
}

/** Inserts rows, skipping those whose key is already stored. */
export async function insertIgnore(r: Runner, table: string, cols: readonly string[], rows: readonly (readonly Value[])[]): Promise<void> {
  const verb = dialectOfRunner(r) === "mariadb" ? "INSERT IGNORE" : "INSERT OR IGNORE";
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    const chunk = rows.slice(i, i + ROWS_PER_STATEMENT);
    const tuple = `(${cols.map(() => "?").join(", ")})`;
    await r.query(`${verb} INTO ${table} (${cols.join(", ")}) VALUES ${chunk.map(() => tuple).join(", ")}`, chunk.flat());
  }
}

/** `?, ?, ?` for an IN list. */
export const marks = (n: number): string => Array(n).fill("?").join(", ");

/** Splits a list for IN clauses. */
export function chunks<T>(items: readonly T[], size = ROWS_PER_STATEMENT): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Numbers from either driver (MariaDB may return SUMs as strings or bigints). */
export const num = (v: unknown): number => (v === null || v === undefined ? 0 : Number(v));
