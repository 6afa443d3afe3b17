import { excerpt } from "./errors.js";

/** What a notification (通知) is about. Each is made from one event (docs/events.md, notifications consumer). */
export const NotificationKind = {
  COMMENT_REPLIED: "COMMENT_REPLIED",
  COMMENT_LIKED: "COMMENT_LIKED",
  MANAGER_APPLICATION_APPROVED: "MANAGER_APPLICATION_APPROVED",
  MANAGER_APPLICATION_REJECTED: "MANAGER_APPLICATION_REJECTED",
} as const;
export type NotificationKind = (typeof NotificationKind)[keyof typeof NotificationKind];

export const notificationKindLabels: Record<NotificationKind, string> = {
  COMMENT_REPLIED: "评论回复",
  COMMENT_LIKED: "评论点赞",
  MANAGER_APPLICATION_APPROVED: "管理员申请已通过",
  MANAGER_APPLICATION_REJECTED: "管理员申请未通过",
};

export interface NotificationText {
  title: string;
  text: string;
}

const quoteTitle = (title: string | null | undefined) => (title ? `《${excerpt(title, 30)}》` : "");
const who = (nickname: string | null | undefined) => (nickname ? `「${excerpt(nickname, 16)}」` : "有人");

/** Chinese title and text of a notification; facts that are missing (a deleted title, no nickname) read naturally without them. */
export function notificationText(
  kind: NotificationKind,
  facts: { actorNickname?: string | null; contentTitle?: string | null; tierLabel?: string | null; comment?: string | null },
): NotificationText {
  switch (kind) {
    case "COMMENT_REPLIED":
      return { title: "收到新回复", text: `${who(facts.actorNickname)}回复了你在${quoteTitle(facts.contentTitle) || "资讯"}下的评论` };
    case "COMMENT_LIKED":
      return { title: "评论被点赞", text: `${who(facts.actorNickname)}赞了你在${quoteTitle(facts.contentTitle) || "资讯"}下的评论` };
    case "MANAGER_APPLICATION_APPROVED":
      return { title: "管理员申请已通过", text: `你的${facts.tierLabel ?? "管理员"}认证申请已通过审批` };
    case "MANAGER_APPLICATION_REJECTED":
      return {
        title: "管理员申请未通过",
        text: `你的${facts.tierLabel ?? "管理员"}认证申请未通过审批${facts.comment ? `，理由：${excerpt(facts.comment, 80)}` : ""}`,
      };
  }
}
