import { randomBytes } from "node:crypto";
import {
  conflict,
  notFound,
  requireClientEventId,
  requireSharePlatform,
  scopeCovers,
  scopeOf,
  SHARE_TOKEN,
  type SharePlatform,
} from "@kepu/domain";
import type { DataSource, EntityManager } from "typeorm";
import type { ColumnMetadata } from "typeorm/metadata/ColumnMetadata.js";
import { readRows } from "../../db/read-rows.js";
import { isUniqueViolation } from "../../db/unique-violation.js";
import { requireVolunteer } from "../../platform/actor-guards.js";
import type { RequestContext } from "../../platform/request-context.js";
import { ShareEvent } from "./share.entity.js";
import { shareRecorded } from "./share.events.js";
import { createShareLoaders } from "./share.loaders.js";
import { publishedContent, sharerRegion } from "./share-content.js";

export interface RecordShareInput {
  contentId: number;
  platform: SharePlatform | string;
  clientEventId: string;
}

/** The token of a share link from what staff paste: a whole URL, the `/s/<token>` path, or the bare token. */
export function tokenFromLink(link: string): string | null {
  const m = /(?:^|\/s\/)([A-Za-z0-9_-]{22})(?:[/?#].*)?$/.exec(link.trim());
  return m && SHARE_TOKEN.test(m[1]) ? m[1] : null;
}

/**
 * The share row in one plain INSERT: on the hot path the query builder's statement building and
 * entity bookkeeping cost more CPU than the statement itself (npm run bench -- shares).
 */
async function insertShare(em: EntityManager, share: ShareEvent): Promise<number> {
  const created = em.dataSource.driver.preparePersistentValue(share.createdAt, createdAtColumn(em.dataSource));
  const result: unknown = await em.query(
    "INSERT INTO share_event (volunteer_id, client_event_id, content_id, platform, token, region_code, day, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
    [share.volunteerId, share.clientEventId, share.contentId, share.platform, share.token, share.regionCode, share.day, created],
  );
  // better-sqlite3 answers with the new rowid, mysql2 with a result header.
  const id = typeof result === "number" || typeof result === "bigint" ? result : (result as { insertId?: number | bigint }).insertId;
  if (id === undefined) throw new Error("share_event insert returned no id");
  return Number(id);
}

const createdAtColumns = new WeakMap<DataSource, ColumnMetadata>();
function createdAtColumn(ds: DataSource): ColumnMetadata {
  let column = createdAtColumns.get(ds);
  if (!column) createdAtColumns.set(ds, (column = ds.getMetadata(ShareEvent).findColumnWithPropertyName("createdAt")!));
  return column;
}

export class ShareService {
  constructor(private readonly rc: RequestContext) {}

  private get ds(): DataSource {
    return this.rc.ds;
  }

  /**
   * 传播: records that the signed-in volunteer shared a published content item, and returns the
   * share with its tracked link. Any signed-in volunteer may share (docs/domain.md: 传播量 counts
   * share events by volunteers *in R*, so an uncertified sharer, who has no home region yet, is
   * recorded with region null and counts in no region's KPI).
   *
   * Idempotent per (volunteer, clientEventId) by a unique key, not by reading first: the insert
   * races, one wins, the others find the winner's row and return it. The write is one transaction
   * of two inserts, the share row (with its link) and its event; the published check and the
   * sharer's region come from short-lived caches when warm (share-content.ts).
   */
  async record(input: RecordShareInput): Promise<ShareEvent> {
    const me = Number(requireVolunteer(this.rc.actor).volunteerId);
    const clientEventId = requireClientEventId(input.clientEventId);
    const platform = requireSharePlatform(input.platform);
    const content = await publishedContent(this.ds, input.contentId);
    if (!content) {
      // A retry of a share recorded before the item was withdrawn still gets its answer.
      const earlier = await this.ds.getRepository(ShareEvent).findOneBy({ volunteerId: me, clientEventId });
      if (earlier && earlier.contentId === input.contentId && earlier.platform === platform) return earlier;
      throw notFound("内容不存在或未发布");
    }
    const token = randomBytes(16).toString("base64url");
    try {
      return await this.rc.write(async (tx) => {
        const share = Object.assign(new ShareEvent(), {
          volunteerId: me,
          clientEventId,
          contentId: content.id,
          platform,
          token,
          regionCode: await sharerRegion(tx.em, me),
          day: tx.day,
          createdAt: tx.now,
          revokedAt: null,
          revokedById: null,
        });
        share.dbId = await insertShare(tx.em, share);
        await tx.emit(shareRecorded(share, content.channelCode));
        return share;
      });
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
      // Read after the failed transaction ended, so the winner's committed row is visible (MariaDB snapshots).
      const existing = await this.ds.getRepository(ShareEvent).findOneBy({ volunteerId: me, clientEventId });
      if (!existing) throw err;
      if (existing.contentId !== content.id || existing.platform !== platform) {
        throw conflict("该 clientEventId 已用于另一次分享", "clientEventId");
      }
      return existing;
    }
  }

  /** The sharer sees their own shares; staff see those made by volunteers in their region (at the time). */
  canSee(share: ShareEvent): boolean {
    const actor = this.rc.actor;
    if (actor.kind === "volunteer" && actor.volunteerId === String(share.volunteerId)) return true;
    return actor.kind !== "anonymous" && scopeCovers(scopeOf(actor), share.regionCode);
  }

  async findVisible(dbId: number): Promise<ShareEvent | null> {
    const share = await this.rc.loaders(createShareLoaders).byId.load(dbId);
    return share && this.canSee(share) ? share : null;
  }

  /**
   * Staff switch a share link off: the province, or a manager whose region holds the sharer's home
   * region now. Opening it then shows "链接已失效" and counts nothing; the share itself still counts.
   * Revoking twice is no error (the first time stays recorded).
   */
  async revoke(link: string): Promise<ShareEvent> {
    const token = tokenFromLink(link);
    if (!token) throw notFound("分享链接不存在");
    const [row] = await readRows<{ id: number; home: string | null }>(
      this.ds,
      "SELECT s.id AS id, v.region_code AS home FROM share_event s LEFT JOIN volunteer v ON v.id = s.volunteer_id WHERE s.token = ?",
      [token],
    );
    if (!row) throw notFound("分享链接不存在");
    const actor = requireVolunteer(this.rc.actor);
    // Outside the caller's region the link is as good as unknown (deny by default, no existence leak).
    if (!scopeCovers(scopeOf(actor), row.home)) throw notFound("分享链接不存在");
    const id = Number(row.id);
    await this.rc.write(async (tx) => {
      await tx.em
        .createQueryBuilder()
        .update(ShareEvent)
        .set({ revokedAt: tx.now, revokedById: Number(actor.volunteerId) })
        .where("id = :id AND revoked_at IS NULL", { id })
        .execute();
    });
    this.rc.logger.info({ shareId: id }, "share link revoked");
    return this.ds.getRepository(ShareEvent).findOneByOrFail({ dbId: id });
  }
}
