import { EventType } from "@kepu/domain";
import type { EventInput } from "../../platform/events/outbox.js";
import type { Tx } from "../../platform/unit-of-work.js";
import { Volunteer } from "../volunteer/volunteer.entity.js";
import type { Comment } from "./comment.entity.js";
import type { Content } from "./content.entity.js";

// One builder per event (docs/events.md): subject, key and payload in one place. The region of
// every content and engagement event is the acting volunteer's home region at that moment.

/** The acting volunteer's home region, read in the write's transaction (null for the system and uncertified people). */
export async function actorRegion(tx: Tx): Promise<string | null> {
  if (tx.actor.kind !== "volunteer") return null;
  const row = await tx.em
    .getRepository(Volunteer)
    .findOne({ select: { dbId: true, regionCode: true }, where: { dbId: Number(tx.actor.volunteerId) } });
  return row?.regionCode ?? null;
}

/** One per publication: a republish after unpublishing is a new fact, told apart by its publication time. */
export const contentPublished = (c: Content, region: string | null, at: Date): EventInput => ({
  type: EventType.CONTENT_PUBLISHED,
  subjectType: "Content",
  subjectId: c.dbId,
  regionCode: region,
  idempotencyKey: `content-published:${c.dbId}:${at.getTime()}`,
  payload: { kind: c.kind, source: c.source, channel: c.channelCode, contentRegionCode: c.regionCode, externalId: c.externalId },
});

export const commentPosted = (comment: Comment, region: string | null): EventInput => ({
  type: EventType.COMMENT_POSTED,
  subjectType: "Comment",
  subjectId: comment.dbId,
  regionCode: region,
  idempotencyKey: `comment-posted:${comment.dbId}`,
  payload: {
    contentId: comment.contentId,
    commentId: comment.dbId,
    // The comment replied to (what a "reply to my comment" notification is about); null for a top-level comment.
    parentCommentId: comment.replyToId,
    parentAuthorId: comment.replyToAuthorId,
    // The top-level comment the reply is filed under (equals parentCommentId for a direct reply).
    threadCommentId: comment.parentId,
  },
});

export const commentHidden = (comment: Comment, region: string | null, reason: string): EventInput => ({
  type: EventType.COMMENT_HIDDEN,
  subjectType: "Comment",
  subjectId: comment.dbId,
  regionCode: region,
  idempotencyKey: `comment-hidden:${comment.dbId}`,
  payload: {
    contentId: comment.contentId,
    commentId: comment.dbId,
    commentAuthorId: comment.authorId,
    commentRegionCode: comment.regionCode,
    reason,
  },
});

/** First like of a person on an item: unliking and liking again is not a new countable like. */
export const contentLiked = (contentId: number, volunteerId: number, region: string | null): EventInput => ({
  type: EventType.CONTENT_LIKED,
  subjectType: "Content",
  subjectId: contentId,
  regionCode: region,
  idempotencyKey: `content-liked:${contentId}:${volunteerId}`,
  payload: { contentId },
});

export const commentLiked = (comment: Comment, volunteerId: number, region: string | null): EventInput => ({
  type: EventType.COMMENT_LIKED,
  subjectType: "Comment",
  subjectId: comment.dbId,
  regionCode: region,
  idempotencyKey: `comment-liked:${comment.dbId}:${volunteerId}`,
  payload: { contentId: comment.contentId, commentId: comment.dbId, commentAuthorId: comment.authorId },
});

export const contentFavourited = (contentId: number, volunteerId: number, region: string | null): EventInput => ({
  type: EventType.CONTENT_FAVOURITED,
  subjectType: "Content",
  subjectId: contentId,
  regionCode: region,
  idempotencyKey: `content-favourited:${contentId}:${volunteerId}`,
  payload: { contentId },
});

/** One per person, video and Asia/Shanghai day. */
export const contentDownloaded = (contentId: number, volunteerId: number, day: string, region: string | null): EventInput => ({
  type: EventType.CONTENT_DOWNLOADED,
  subjectType: "Content",
  subjectId: contentId,
  regionCode: region,
  idempotencyKey: `content-downloaded:${contentId}:${volunteerId}:${day}`,
  payload: { contentId },
});
