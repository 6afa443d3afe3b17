import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { NotificationKind, notificationKindLabels } from "@kepu/domain";
import { DATETIME } from "../../db/columns.js";
import { Node } from "../../graphql/relay/node.type.js";
import { toGlobalId } from "../../graphql/relay/global-id.js";

registerEnumType(NotificationKind, {
  name: "NotificationKind",
  description: "通知类型",
  valuesConfig: Object.fromEntries(Object.entries(notificationKindLabels).map(([k, v]) => [k, { description: v }])),
});

export const NOTIFICATION_TYPE = "Notification";

/**
 * 通知: one row per recipient per event, written only by the notifications consumer
 * (notification.consumer.ts). `(event_id, recipient_id)` is unique, so replaying an event
 * never notifies twice. Title and text are fixed at creation (Chinese, no personal data beyond
 * a nickname).
 */
@ObjectType(NOTIFICATION_TYPE, { implements: Node, description: "通知" })
@Entity("notification")
@Index("uq_notification_event", ["eventId", "recipientId"], { unique: true })
@Index("idx_notification_recipient", ["recipientId", "dbId"])
@Index("idx_notification_unread", ["recipientId", "readAt", "dbId"])
export class Notification implements Node {
  @PrimaryGeneratedColumn("increment", { name: "id" })
  dbId: number;

  @Field(() => ID)
  get id(): string {
    return toGlobalId(NOTIFICATION_TYPE, this.dbId);
  }

  @Column({ name: "recipient_id", type: "integer" })
  recipientId: number;

  @Field(() => NotificationKind)
  @Column({ type: "varchar", length: 40 })
  kind: NotificationKind;

  @Field({ description: "标题" })
  @Column({ type: "varchar", length: 60 })
  title: string;

  @Field({ description: "正文" })
  @Column({ type: "varchar", length: 300 })
  text: string;

  /** What the notification links to: `Comment`, `ManagerApplication`… (its global-id type). */
  @Field({ description: "链接目标的类型，如 Comment、ManagerApplication" })
  @Column({ name: "subject_type", type: "varchar", length: 32 })
  subjectType: string;

  @Column({ name: "subject_id", type: "varchar", length: 32 })
  subjectKey: string;

  @Field(() => ID, { description: "链接目标的 ID（可用 node(id) 查询）" })
  get subjectId(): string {
    return toGlobalId(this.subjectType, this.subjectKey);
  }

  /** For comment notifications: the content the comment sits under (where the app opens). */
  @Column({ name: "content_id", type: "integer", nullable: true })
  contentKey: number | null;

  @Field(() => ID, { nullable: true, description: "评论类通知所属资讯的 ID" })
  get contentId(): string | null {
    return this.contentKey === null ? null : toGlobalId("Content", this.contentKey);
  }

  /** The volunteer whose action caused it (null for the system). */
  @Column({ name: "actor_id", type: "integer", nullable: true })
  actorId: number | null;

  @Column({ name: "event_id", type: "integer" })
  eventId: number;

  @Field(() => Date, { nullable: true, description: "已读时间" })
  @Column({ name: "read_at", ...DATETIME, nullable: true })
  readAt: Date | null;

  @Field(() => Date)
  @Column({ name: "created_at", ...DATETIME })
  createdAt: Date;

  @Field({ description: "是否已读" })
  get read(): boolean {
    return this.readAt !== null;
  }
}
