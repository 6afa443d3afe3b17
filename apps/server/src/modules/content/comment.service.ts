import {
  assertRegionCode,
  badInput,
  cleanComment,
  cleanMultilineText,
  cleanText,
  CommentStatus,
  CONTENT_LIMITS,
  forbidden,
  isStaff,
  narrowScope,
  notFound,
  scopeCovers,
  scopeOf,
} from "@kepu/domain";
import { scopeCondition } from "../../db/region-scope.js";
import { isUniqueViolation } from "../../db/unique-violation.js";
import { requireVolunteer } from "../../platform/actor-guards.js";
import type { Connection } from "../../platform/pagination/connection.js";
import { paginate, type PageArgs } from "../../platform/pagination/keyset.js";
import type { RequestContext } from "../../platform/request-context.js";
import { Comment } from "./comment.entity.js";
import { actorRegion, commentHidden, commentPosted } from "./content.events.js";
import { createContentLoaders } from "./content.loaders.js";
import { ContentService } from "./content.service.js";

export interface PostCommentInput {
  contentId: number;
  body: string;
  parentId?: number | null;
  idempotencyKey?: string | null;
}

export interface ModerationFilter {
  regionCode?: string | null;
  status?: CommentStatus | null;
  contentId?: number | null;
  search?: string | null;
}

/** 评论: plain text, one level of replies, moderated by the province and by managers over the commenter's home region. */
export class CommentService {
  constructor(private readonly rc: RequestContext) {}

  private get loaders() {
    return this.rc.loaders(createContentLoaders);
  }

  /** Staff whose subtree holds the commenter's home region (the province: every comment). */
  canModerate(c: Pick<Comment, "regionCode">): boolean {
    const a = this.rc.actor;
    if (a.kind === "system") return true;
    return a.kind === "volunteer" && isStaff(a) && scopeCovers(scopeOf(a), c.regionCode);
  }

  /** Visible comments on published items are public to signed-in people; hidden ones to their moderators and author. */
  async findVisible(id: number): Promise<Comment | null> {
    const c = await this.loaders.commentById.load(id);
    if (!c || this.rc.actor.kind === "anonymous") return null;
    const mine = this.rc.actor.kind === "volunteer" && this.rc.actor.volunteerId === String(c.authorId);
    if (c.status === CommentStatus.HIDDEN && !mine && !this.canModerate(c)) return null;
    return (await new ContentService(this.rc).findVisible(c.contentId)) ? c : null;
  }

  async post(input: PostCommentInput): Promise<Comment> {
    const actor = requireVolunteer(this.rc.actor);
    const body = cleanComment(input.body, "body");
    const key = cleanText(input.idempotencyKey, "idempotencyKey", "幂等键", 64);
    const authorId = Number(actor.volunteerId);
    const repo = this.rc.ds.getRepository(Comment);
    if (key) {
      const earlier = await repo.findOneBy({ authorId, clientKey: key });
      if (earlier) return earlier;
    }
    const content = await new ContentService(this.rc).requirePublished(input.contentId);
    let parent: Comment | null = null;
    if (input.parentId) {
      parent = await this.loaders.commentById.load(input.parentId);
      if (!parent || parent.status !== CommentStatus.VISIBLE) throw notFound("回复的评论不存在或已被屏蔽");
      if (parent.contentId !== content.dbId) throw badInput("回复的评论不属于该内容", "parentId");
    }
    try {
      return await this.rc.write(async (tx) => {
        const region = await actorRegion(tx);
        const row = tx.em.getRepository(Comment).create({
          contentId: content.dbId,
          authorId,
          // One level of threading: a reply to a reply is filed under the top comment.
          parentId: parent ? (parent.parentId ?? parent.dbId) : null,
          replyToId: parent?.dbId ?? null,
          replyToAuthorId: parent?.authorId ?? null,
          body,
          regionCode: region,
          status: CommentStatus.VISIBLE,
          hiddenReason: null,
          hiddenById: null,
          hiddenAt: null,
          clientKey: key,
          createdAt: tx.now,
        });
        await tx.em.getRepository(Comment).insert(row);
        await tx.emit(commentPosted(row, region));
        return row;
      });
    } catch (err) {
      // A retry that raced the first attempt: answer with what the first one stored.
      if (key && isUniqueViolation(err)) {
        const earlier = await repo.findOneBy({ authorId, clientKey: key });
        if (earlier) return earlier;
      }
      throw err;
    }
  }

  /** Hides a comment with a reason (COMMENT_HIDDEN); hiding a hidden comment changes nothing. */
  async hide(id: number, rawReason: string | null | undefined): Promise<Comment> {
    const reason = cleanMultilineText(rawReason, "reason", "屏蔽理由", CONTENT_LIMITS.hideReason);
    const comment = await this.rc.ds.getRepository(Comment).findOneBy({ dbId: id });
    if (!comment) throw notFound("评论不存在");
    if (!this.canModerate(comment)) throw forbidden("只能处理本辖区科普员的评论");
    if (!reason) throw badInput("请填写屏蔽理由", "reason");
    if (comment.status === CommentStatus.HIDDEN) return comment;
    const hiddenById = this.rc.actor.kind === "volunteer" ? Number(this.rc.actor.volunteerId) : null;
    const hiddenAt = await this.rc.write(async (tx) => {
      const res = await tx.em
        .createQueryBuilder()
        .update(Comment)
        .set({ status: CommentStatus.HIDDEN, hiddenReason: reason, hiddenById, hiddenAt: tx.now })
        .where("id = :id AND status = 'VISIBLE'", { id })
        .execute();
      if (res.affected) await tx.emit(commentHidden(comment, await actorRegion(tx), reason));
      return tx.now;
    });
    this.loaders.commentById.clear(id);
    return Object.assign(comment, { status: CommentStatus.HIDDEN, hiddenReason: reason, hiddenById, hiddenAt });
  }

  /** Visible comments of a published item: top-level newest first, or one thread's replies oldest first. */
  async list(contentId: number, parentId: number | null, page: PageArgs): Promise<Connection<Comment>> {
    requireVolunteer(this.rc.actor);
    const content = await new ContentService(this.rc).requireVisible(contentId);
    const qb = this.rc.ds
      .getRepository(Comment)
      .createQueryBuilder("m")
      .where("m.content_id = :content AND m.status = 'VISIBLE'", { content: content.dbId });
    if (parentId) qb.andWhere("m.parent_id = :parent", { parent: parentId });
    else qb.andWhere("m.parent_id IS NULL");
    return paginate(qb, [{ column: "m.id", direction: parentId ? "ASC" : "DESC", value: (m) => m.dbId }], page);
  }

  /** 评论管理: comments whose authors live in the caller's subtree (the province: all), newest first. */
  moderationList(filter: ModerationFilter, page: PageArgs): Promise<Connection<Comment>> {
    const regionCode = filter.regionCode ? assertRegionCode(filter.regionCode, "regionCode") : null;
    const scope = narrowScope(scopeOf(this.rc.actor), regionCode);
    const qb = this.rc.ds.getRepository(Comment).createQueryBuilder("m");
    const cond = scopeCondition("m.region_code", scope);
    qb.where(cond.sql, cond.params);
    if (filter.status) qb.andWhere("m.status = :status", { status: filter.status });
    if (filter.contentId) qb.andWhere("m.content_id = :content", { content: filter.contentId });
    const search = cleanText(filter.search, "search", "搜索词", 32);
    if (search) qb.andWhere("m.body LIKE :p ESCAPE '!'", { p: `%${search.replace(/[!%_]/g, (ch) => `!${ch}`)}%` });
    return paginate(qb, [{ column: "m.id", direction: "DESC", value: (m) => m.dbId }], page);
  }
}
