import DataLoader from "dataloader";
import type { DataSource } from "typeorm";
import { byKeyLoader } from "../../db/by-key-loader.js";
import { readRows } from "../../db/read-rows.js";
import { Channel } from "./channel.entity.js";
import { Comment } from "./comment.entity.js";
import { Content } from "./content.entity.js";

const marks = (n: number) => Array(n).fill("?").join(",");

/**
 * Counts for a whole page in one statement: `SELECT key, COUNT(*) … WHERE key IN (page ids) GROUP BY key`.
 * A page of 20 and a page of 100 cost the same number of statements; no counter row is written by likers.
 */
function countLoader(ds: DataSource, table: string, key: string, where = "") {
  return new DataLoader<number, number>(async (ids) => {
    const rows = await readRows<{ k: number | string; n: number | string }>(
      ds,
      `SELECT ${key} AS k, COUNT(*) AS n FROM ${table} WHERE ${key} IN (${marks(ids.length)})${where} GROUP BY ${key}`,
      ids,
    );
    const counts = new Map(rows.map((r) => [Number(r.k), Number(r.n)]));
    return ids.map((id) => counts.get(id) ?? 0);
  });
}

/** Whether one person has a row for each item of a page (my like, my favourite), in one statement per person. */
function flagLoader(ds: DataSource, table: string, key: string) {
  return new DataLoader<{ volunteerId: number; id: number }, boolean, string>(
    async (keys) => {
      const byPerson = new Map<number, number[]>();
      for (const k of keys) byPerson.set(k.volunteerId, [...(byPerson.get(k.volunteerId) ?? []), k.id]);
      const found = new Set<string>();
      for (const [volunteerId, ids] of byPerson) {
        const rows = await readRows<{ k: number | string }>(
          ds,
          `SELECT ${key} AS k FROM ${table} WHERE volunteer_id = ? AND ${key} IN (${marks(ids.length)})`,
          [volunteerId, ...ids],
        );
        for (const r of rows) found.add(`${volunteerId}:${Number(r.k)}`);
      }
      return keys.map((k) => found.has(`${k.volunteerId}:${k.id}`));
    },
    { cacheKeyFn: (k) => `${k.volunteerId}:${k.id}` },
  );
}

export function createContentLoaders(ds: DataSource) {
  const bodyColumn = ds.getMetadata(Content).findColumnWithPropertyName("body")!;
  return {
    byId: byKeyLoader(ds, Content, "dbId"),
    channelByCode: byKeyLoader(ds, Channel, "code"),
    commentById: byKeyLoader(ds, Comment, "dbId"),
    /** Bodies are never part of list rows: loaded only when a client selects them. */
    body: new DataLoader<number, string | null>(async (ids) => {
      const rows = await readRows<{ id: number | string; body: unknown }>(
        ds,
        `SELECT id, body FROM content WHERE id IN (${marks(ids.length)})`,
        ids,
      );
      const bodies = new Map(rows.map((r) => [Number(r.id), ds.driver.prepareHydratedValue(r.body, bodyColumn) as string | null]));
      return ids.map((id) => bodies.get(id) ?? null);
    }),
    likeCount: countLoader(ds, "content_like", "content_id"),
    favouriteCount: countLoader(ds, "content_favourite", "content_id"),
    downloadCount: countLoader(ds, "content_download", "content_id"),
    commentCount: countLoader(ds, "comment", "content_id", " AND status = 'VISIBLE'"),
    commentLikeCount: countLoader(ds, "comment_like", "comment_id"),
    replyCount: countLoader(ds, "comment", "parent_id", " AND status = 'VISIBLE'"),
    myContentLike: flagLoader(ds, "content_like", "content_id"),
    myFavourite: flagLoader(ds, "content_favourite", "content_id"),
    myCommentLike: flagLoader(ds, "comment_like", "comment_id"),
  };
}

export type ContentLoaders = ReturnType<typeof createContentLoaders>;
