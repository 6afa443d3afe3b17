import { EventType, type NotificationKind, notificationText, type Tier, tierLabels } from "@kepu/domain";
import type { EventConsumer } from "../../platform/events/event-bus.js";
import type { EventPayload, StoredEvent } from "../../platform/events/outbox.js";
import type { Tx } from "../../platform/unit-of-work.js";
import { Notification } from "./notification.entity.js";

/** A positive integer id from an event payload or column (ids travel as numbers or strings). */
function idOf(value: EventPayload[string] | undefined): number | null {
  const n = typeof value === "number" ? value : typeof value === "string" && /^[1-9]\d{0,9}$/.test(value) ? Number(value) : NaN;
  return Number.isSafeInteger(n) && n > 0 ? n : null;
}

const text = (value: EventPayload[string] | undefined): string | null => (typeof value === "string" && value ? value : null);

interface Draft {
  recipientId: number;
  kind: NotificationKind;
  subjectType: string;
  subjectKey: string;
  contentKey: number | null;
  facts: Parameters<typeof notificationText>[1];
}

async function nicknameOf(tx: Tx, volunteerId: number | null): Promise<string | null> {
  if (volunteerId === null) return null;
  const [row] = (await tx.em.query("SELECT nickname FROM volunteer WHERE id = ?", [volunteerId])) as { nickname: string | null }[];
  return row?.nickname ?? null;
}

/** The content module's title column, read directly: notifications need one string, not the module. */
async function contentTitleOf(tx: Tx, contentId: number | null): Promise<string | null> {
  if (contentId === null) return null;
  const [row] = (await tx.em.query("SELECT title FROM content WHERE id = ?", [contentId])) as { title: string | null }[];
  return row?.title ?? null;
}

/** Who should hear about an event, and what; null when nobody (including "the actor would notify themself"). */
async function draftFor(tx: Tx, event: StoredEvent, actorId: number | null): Promise<Draft | null> {
  const p = event.payload;
  switch (event.type) {
    case EventType.COMMENT_POSTED: {
      // Only replies notify: the author of the comment replied to.
      const recipientId = idOf(p.parentAuthorId);
      const commentId = idOf(p.commentId) ?? idOf(event.subjectId);
      const authorId = idOf(p.commentAuthorId) ?? actorId;
      if (recipientId === null || commentId === null || idOf(p.parentCommentId) === null || recipientId === authorId) return null;
      const contentKey = idOf(p.contentId);
      const facts = { actorNickname: await nicknameOf(tx, authorId), contentTitle: await contentTitleOf(tx, contentKey) };
      return { recipientId, kind: "COMMENT_REPLIED", subjectType: "Comment", subjectKey: String(commentId), contentKey, facts };
    }
    case EventType.COMMENT_LIKED: {
      const recipientId = idOf(p.commentAuthorId);
      const commentId = idOf(p.commentId) ?? idOf(event.subjectId);
      if (recipientId === null || commentId === null || recipientId === actorId) return null;
      const contentKey = idOf(p.contentId);
      const facts = { actorNickname: await nicknameOf(tx, actorId), contentTitle: await contentTitleOf(tx, contentKey) };
      return { recipientId, kind: "COMMENT_LIKED", subjectType: "Comment", subjectKey: String(commentId), contentKey, facts };
    }
    case EventType.MANAGER_APPLICATION_DECIDED: {
      const applicationId = idOf(event.subjectId);
      if (applicationId === null) return null;
      const [app] = (await tx.em.query("SELECT applicant_id AS applicantId, tier FROM manager_application WHERE id = ?", [
        applicationId,
      ])) as {
        applicantId: number | string;
        tier: Tier;
      }[];
      const recipientId = idOf(app?.applicantId);
      if (!app || recipientId === null || recipientId === actorId) return null;
      const approved = p.status === "APPROVED";
      const tier = (text(p.tier) ?? app.tier) as Tier;
      return {
        recipientId,
        kind: approved ? "MANAGER_APPLICATION_APPROVED" : "MANAGER_APPLICATION_REJECTED",
        subjectType: "ManagerApplication",
        subjectKey: String(applicationId),
        contentKey: null,
        facts: { tierLabel: tierLabels[tier] ?? null, comment: approved ? null : text(p.comment) },
      };
    }
    default:
      return null;
  }
}

/**
 * 通知 from events: replies to my comments, likes on my comments, decisions on my manager
 * application. A draining consumer (docs/events.md): it runs after the action commits, in the
 * drainer's transaction, exactly once per event; the unique (event, recipient) key makes a replay
 * harmless too. Nobody is notified of their own action.
 */
export const notificationConsumer: EventConsumer = {
  name: "notifications",
  mode: "drain",
  types: [EventType.COMMENT_POSTED, EventType.COMMENT_LIKED, EventType.MANAGER_APPLICATION_DECIDED],
  async handle(tx, event) {
    const actorId = event.actorKind === "volunteer" ? idOf(event.actorId ?? undefined) : null;
    const draft = await draftFor(tx, event, actorId);
    if (!draft) return;
    const { title, text: body } = notificationText(draft.kind, draft.facts);
    await tx.em
      .createQueryBuilder()
      .insert()
      .into(Notification)
      .values({
        recipientId: draft.recipientId,
        kind: draft.kind,
        title,
        text: body.slice(0, 300),
        subjectType: draft.subjectType,
        subjectKey: draft.subjectKey,
        contentKey: draft.contentKey,
        actorId,
        eventId: event.id,
        readAt: null,
        createdAt: event.occurredAt,
      })
      .orIgnore()
      .execute();
  },
};
