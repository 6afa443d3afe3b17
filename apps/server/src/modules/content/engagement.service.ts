import { badInput, CommentStatus, ContentKind, ContentStatus, notFound } from "@kepu/domain";
import type { EntityTarget, ObjectLiteral } from "typeorm";
import { isUniqueViolation } from "../../db/unique-violation.js";
import { requireVolunteer } from "../../platform/actor-guards.js";
import type { EventInput } from "../../platform/events/outbox.js";
import type { Connection } from "../../platform/pagination/connection.js";
import { paginate, type PageArgs } from "../../platform/pagination/keyset.js";
import type { RequestContext } from "../../platform/request-context.js";
import type { Tx } from "../../platform/unit-of-work.js";
import type { Comment } from "./comment.entity.js";
import { Content } from "./content.entity.js";
import { actorRegion, commentLiked, contentDownloaded, contentFavourited, contentLiked } from "./content.events.js";
import { createContentLoaders } from "./content.loaders.js";
import { ContentService } from "./content.service.js";
import { CommentLike, ContentDownload, ContentFavourite, ContentLike } from "./engagement.entity.js";

export interface DownloadResult {
  content: Content;
  day: string;
  /** false when this person already downloaded the item today (not counted again) */
  counted: boolean;
}

/**
 * Inserts a fact row unless it is there already, and emits its event when it was new; the event's
 * idempotency key makes a re-like after an unlike count once. A concurrent twin lands on the
 * unique key and is treated as already there.
 */
async function insertOnce<T extends ObjectLiteral>(
  tx: Tx,
  entity: EntityTarget<T>,
  where: Partial<T>,
  row: T,
  event: (region: string | null) => EventInput,
): Promise<boolean> {
  const repo = tx.em.getRepository(entity);
  if (await repo.existsBy(where as never)) return false;
  try {
    await repo.insert(row as never);
  } catch (err) {
    if (isUniqueViolation(err)) return false;
    throw err;
  }
  await tx.emit(event(await actorRegion(tx)));
  return true;
}

/** 点赞, 收藏, 下载: one row per fact, idempotent, each with its event in the same transaction. */
export class EngagementService {
  constructor(private readonly rc: RequestContext) {}

  private get loaders() {
    return this.rc.loaders(createContentLoaders);
  }

  private me(): number {
    return Number(requireVolunteer(this.rc.actor).volunteerId);
  }

  private forget(contentId: number): void {
    const l = this.loaders;
    for (const loader of [l.likeCount, l.favouriteCount, l.downloadCount]) loader.clear(contentId);
    l.myContentLike.clear({ volunteerId: this.me(), id: contentId });
    l.myFavourite.clear({ volunteerId: this.me(), id: contentId });
  }

  private async publishedComment(commentId: number): Promise<Comment> {
    const comment = await this.loaders.commentById.load(commentId);
    if (!comment || comment.status !== CommentStatus.VISIBLE) throw notFound("评论不存在或已被屏蔽");
    await new ContentService(this.rc).requirePublished(comment.contentId);
    return comment;
  }

  async likeContent(contentId: number): Promise<Content> {
    const me = this.me();
    const content = await new ContentService(this.rc).requirePublished(contentId);
    await this.rc.write((tx) =>
      insertOnce(tx, ContentLike, { contentId, volunteerId: me }, { contentId, volunteerId: me, createdAt: tx.now }, (region) =>
        contentLiked(contentId, me, region),
      ),
    );
    this.forget(contentId);
    return content;
  }

  async unlikeContent(contentId: number): Promise<Content> {
    const me = this.me();
    const content = await new ContentService(this.rc).requirePublished(contentId);
    await this.rc.write((tx) => tx.em.getRepository(ContentLike).delete({ contentId, volunteerId: me }));
    this.forget(contentId);
    return content;
  }

  async likeComment(commentId: number): Promise<Comment> {
    const me = this.me();
    const comment = await this.publishedComment(commentId);
    await this.rc.write((tx) =>
      insertOnce(tx, CommentLike, { commentId, volunteerId: me }, { commentId, volunteerId: me, createdAt: tx.now }, (region) =>
        commentLiked(comment, me, region),
      ),
    );
    this.loaders.commentLikeCount.clear(commentId);
    this.loaders.myCommentLike.clear({ volunteerId: me, id: commentId });
    return comment;
  }

  async unlikeComment(commentId: number): Promise<Comment> {
    const me = this.me();
    const comment = await this.publishedComment(commentId);
    await this.rc.write((tx) => tx.em.getRepository(CommentLike).delete({ commentId, volunteerId: me }));
    this.loaders.commentLikeCount.clear(commentId);
    this.loaders.myCommentLike.clear({ volunteerId: me, id: commentId });
    return comment;
  }

  async favourite(contentId: number): Promise<Content> {
    const me = this.me();
    const content = await new ContentService(this.rc).requirePublished(contentId);
    await this.rc.write((tx) =>
      insertOnce(
        tx,
        ContentFavourite,
        { contentId, volunteerId: me },
        Object.assign(new ContentFavourite(), { contentId, volunteerId: me, createdAt: tx.now }),
        (region) => contentFavourited(contentId, me, region),
      ),
    );
    this.forget(contentId);
    return content;
  }

  async unfavourite(contentId: number): Promise<Content> {
    const me = this.me();
    const content = await new ContentService(this.rc).requirePublished(contentId);
    await this.rc.write((tx) => tx.em.getRepository(ContentFavourite).delete({ contentId, volunteerId: me }));
    this.forget(contentId);
    return content;
  }

  /** 我的收藏: the caller's favourites that are still published, most recently favourited first. */
  async myFavourites(page: PageArgs): Promise<Connection<Content>> {
    const me = this.me();
    const qb = this.rc.ds
      .getRepository(ContentFavourite)
      .createQueryBuilder("f")
      .where("f.volunteer_id = :me", { me })
      .andWhere("EXISTS (SELECT 1 FROM content c WHERE c.id = f.content_id AND c.status = :published)", {
        published: ContentStatus.PUBLISHED,
      });
    const favs = await paginate(qb, [{ column: "f.id", direction: "DESC", value: (f) => f.id }], page);
    const contents = await this.loaders.byId.loadMany(favs.edges.map((e) => e.node.contentId));
    const edges = favs.edges.flatMap((e, i) => {
      const node = contents[i];
      return node instanceof Content ? [{ cursor: e.cursor, node }] : [];
    });
    return { ...favs, edges };
  }

  /** A video kept for offline viewing; counted (with its event) once per person, item and day. */
  async recordDownload(contentId: number): Promise<DownloadResult> {
    const me = this.me();
    const content = await new ContentService(this.rc).requirePublished(contentId);
    if (content.kind !== ContentKind.VIDEO) throw badInput("只有视频可以下载离线观看", "contentId");
    const { counted, day } = await this.rc.write(async (tx) => ({
      day: tx.day,
      counted: await insertOnce(
        tx,
        ContentDownload,
        { contentId, volunteerId: me, day: tx.day },
        Object.assign(new ContentDownload(), { contentId, volunteerId: me, day: tx.day, createdAt: tx.now }),
        (region) => contentDownloaded(contentId, me, tx.day, region),
      ),
    }));
    this.forget(contentId);
    return { content, day, counted };
  }
}
