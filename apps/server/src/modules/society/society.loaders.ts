import DataLoader from "dataloader";
import { type DataSource, In, type ObjectLiteral, type EntityTarget } from "typeorm";
import { pageSize, type SocietyMemberStatus } from "@kepu/domain";
import { byKeyLoader } from "../../db/by-key-loader.js";
import { readRows } from "../../db/read-rows.js";
import { type Connection, connectionFromRows } from "../../platform/pagination/connection.js";
import { decodeCursor, encodeCursor } from "../../platform/pagination/cursor.js";
import { Society, SocietyMember, SocietyPost } from "./society.entity.js";

/** A page of one society's members (join order) or posts (newest first), as a nested connection asks for it. */
export interface MemberPageKey {
  societyId: number;
  status: SocietyMemberStatus;
  first?: number | null;
  after?: string | null;
}
export interface PostPageKey {
  societyId: number;
  /** moderators see hidden posts too */
  includeHidden: boolean;
  first?: number | null;
  after?: string | null;
}

/** Checks a nested page's arguments before it joins a batch, so one bad `first` or cursor fails only its own field. */
export function checkedPage<P extends { first?: number | null; after?: string | null }>(page: P): P {
  pageSize(page.first);
  if (page.after) decodeCursor(page.after, 1);
  return page;
}

interface PageSpec<K> {
  table: string;
  direction: "ASC" | "DESC";
  /** the filter shared by a group of keys, as SQL over the table's columns with positional parameters */
  filter(key: K): { sql: string; params: unknown[] };
  /** keys with equal group keys share one statement */
  group(key: K): string;
}

/**
 * Pages of many societies' rows in two statements whatever the number of societies: the ids by a
 * window per society (ROW_NUMBER, SQLite ≥ 3.25 and MariaDB ≥ 10.2), then the rows by id. Same
 * keyset cursor as a top-level list (the id), so the SPA pages a nested list like any other.
 */
function pageLoader<
  K extends { societyId: number; first?: number | null; after?: string | null },
  E extends ObjectLiteral & { dbId: number; societyId: number },
>(ds: DataSource, entity: EntityTarget<E>, spec: PageSpec<K>, count: DataLoader<K, number, string>) {
  const cacheKey = (k: K) => `${k.societyId}|${spec.group(k)}|${k.first ?? ""}|${k.after ?? ""}`;
  return new DataLoader<K, Connection<E>, string>(
    async (keys) => {
      const groups = new Map<string, K[]>();
      for (const key of keys) {
        const gk = `${pageSize(key.first)}|${key.after ?? ""}|${spec.group(key)}`;
        groups.set(gk, [...(groups.get(gk) ?? []), key]);
      }
      const result = new Map<string, Connection<E>>();
      for (const group of groups.values()) {
        const first = group[0];
        const limit = pageSize(first.first);
        const after = first.after ? Number(decodeCursor(first.after, 1)[0]) : null;
        const societies = [...new Set(group.map((k) => k.societyId))];
        const { sql: filterSql, params: filterParams } = spec.filter(first);
        const params: unknown[] = [...societies, ...filterParams];
        let where = `society_id IN (${societies.map(() => "?").join(",")})${filterSql ? ` AND ${filterSql}` : ""}`;
        if (after !== null) {
          where += ` AND id ${spec.direction === "DESC" ? "<" : ">"} ?`;
          params.push(after);
        }
        params.push(limit + 1);
        const idRows = await readRows<{ id: number | string }>(
          ds,
          societies.length === 1
            ? `SELECT id FROM ${spec.table} WHERE ${where} ORDER BY id ${spec.direction} LIMIT ?`
            : `SELECT id FROM (SELECT id, ROW_NUMBER() OVER (PARTITION BY society_id ORDER BY id ${spec.direction}) AS rn
               FROM ${spec.table} WHERE ${where}) t WHERE t.rn <= ?`,
          params,
        );
        const ids = idRows.map((r) => Number(r.id));
        const rows = ids.length ? await ds.getRepository(entity).findBy({ dbId: In(ids) } as never) : [];
        rows.sort((a, b) => (spec.direction === "DESC" ? b.dbId - a.dbId : a.dbId - b.dbId));
        for (const key of group) {
          const own = rows.filter((r) => r.societyId === key.societyId);
          result.set(
            cacheKey(key),
            connectionFromRows(
              own,
              limit,
              (r) => encodeCursor([r.dbId]),
              () => count.load(key),
              after !== null,
            ),
          );
        }
      }
      return keys.map((k) => result.get(cacheKey(k))!);
    },
    { cacheKeyFn: cacheKey },
  );
}

/** Counts per society for a group of keys sharing a filter: one GROUP BY statement per filter. */
function countLoader<K extends { societyId: number }>(ds: DataSource, spec: Omit<PageSpec<K>, "direction">) {
  const cacheKey = (k: K) => `${k.societyId}|${spec.group(k)}`;
  return new DataLoader<K, number, string>(
    async (keys) => {
      const groups = new Map<string, K[]>();
      for (const key of keys) groups.set(spec.group(key), [...(groups.get(spec.group(key)) ?? []), key]);
      const result = new Map<string, number>();
      for (const group of groups.values()) {
        const societies = [...new Set(group.map((k) => k.societyId))];
        const { sql, params } = spec.filter(group[0]);
        const rows = await readRows<{ societyId: number | string; n: number | string }>(
          ds,
          `SELECT society_id AS societyId, COUNT(*) AS n FROM ${spec.table}
           WHERE society_id IN (${societies.map(() => "?").join(",")})${sql ? ` AND ${sql}` : ""} GROUP BY society_id`,
          [...societies, ...params],
        );
        const bySociety = new Map(rows.map((r) => [Number(r.societyId), Number(r.n)]));
        for (const key of group) result.set(cacheKey(key), bySociety.get(key.societyId) ?? 0);
      }
      return keys.map((k) => result.get(cacheKey(k)) ?? 0);
    },
    { cacheKeyFn: cacheKey },
  );
}

const memberSpec: Omit<PageSpec<MemberPageKey>, "direction"> = {
  table: "society_member",
  filter: (k) => ({ sql: "status = ?", params: [k.status] }),
  group: (k) => k.status,
};
const postSpec: Omit<PageSpec<PostPageKey>, "direction"> = {
  table: "society_post",
  filter: (k) => ({ sql: k.includeHidden ? "" : "hidden_at IS NULL", params: [] }),
  group: (k) => (k.includeHidden ? "all" : "visible"),
};

export function createSocietyLoaders(ds: DataSource) {
  const memberCount = countLoader(ds, memberSpec);
  const postCount = countLoader(ds, postSpec);

  /** A person's membership rows in many societies: one statement per person asked about (normally the caller). */
  const membership = new DataLoader<{ societyId: number; volunteerId: number }, SocietyMember | null, string>(
    async (keys) => {
      const byVolunteer = new Map<number, number[]>();
      for (const k of keys) byVolunteer.set(k.volunteerId, [...(byVolunteer.get(k.volunteerId) ?? []), k.societyId]);
      const found = new Map<string, SocietyMember>();
      for (const [volunteerId, societyIds] of byVolunteer) {
        const rows = await ds.getRepository(SocietyMember).findBy({ volunteerId, societyId: In([...new Set(societyIds)]) });
        for (const r of rows) found.set(`${r.societyId}:${r.volunteerId}`, r);
      }
      return keys.map((k) => found.get(`${k.societyId}:${k.volunteerId}`) ?? null);
    },
    { cacheKeyFn: (k) => `${k.societyId}:${k.volunteerId}` },
  );

  return {
    byId: byKeyLoader(ds, Society, "dbId"),
    memberById: byKeyLoader(ds, SocietyMember, "dbId"),
    postById: byKeyLoader(ds, SocietyPost, "dbId"),
    /** members of a society in a status (ACTIVE: the member count; PENDING: join requests waiting) */
    memberCount,
    membership,
    memberPage: pageLoader<MemberPageKey, SocietyMember>(ds, SocietyMember, { ...memberSpec, direction: "ASC" }, memberCount),
    postPage: pageLoader<PostPageKey, SocietyPost>(ds, SocietyPost, { ...postSpec, direction: "DESC" }, postCount),
  };
}

export type SocietyLoaders = ReturnType<typeof createSocietyLoaders>;
