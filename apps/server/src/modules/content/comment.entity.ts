import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { CommentStatus, commentStatusLabels } from "@kepu/domain";
import { DATETIME } from "../../db/columns.js";
import { Node } from "../../graphql/relay/node.type.js";
import { toGlobalId } from "../../graphql/relay/global-id.js";

registerEnumType(CommentStatus, {
  name: "CommentStatus",
  description: "评论状态",
  valuesConfig: Object.fromEntries(Object.entries(commentStatusLabels).map(([k, v]) => [k, { description: v }])),
});

export const COMMENT_TYPE = "Comment";

/**
 * 评论, threaded one level: `parentId` is always a top-level comment (a reply to a reply attaches
 * to its top comment; `replyToId` keeps whom it answered). `regionCode` is the author's home
 * region when posting (set at certification, never changed): the moderation scope.
 */
@ObjectType(COMMENT_TYPE, { implements: Node, description: "评论" })
@Entity("comment")
@Index("idx_comment_content", ["contentId", "status", "parentId", "dbId"])
@Index("idx_comment_parent", ["parentId", "status", "dbId"])
@Index("idx_comment_moderation", ["regionCode", "status", "dbId"])
@Index("uq_comment_client_key", ["authorId", "clientKey"], { unique: true })
export class Comment implements Node {
  @PrimaryGeneratedColumn("increment", { name: "id" })
  dbId: number;

  @Field(() => ID)
  get id(): string {
    return toGlobalId(COMMENT_TYPE, this.dbId);
  }

  @Column({ name: "content_id", type: "integer" })
  contentId: number;

  @Column({ name: "author_id", type: "integer" })
  authorId: number;

  @Column({ name: "parent_id", type: "integer", nullable: true })
  parentId: number | null;

  @Column({ name: "reply_to_id", type: "integer", nullable: true })
  replyToId: number | null;

  @Column({ name: "reply_to_author_id", type: "integer", nullable: true })
  replyToAuthorId: number | null;

  @Field({ description: "评论内容（纯文本）" })
  @Column({ type: "varchar", length: 500 })
  body: string;

  @Column({ name: "region_code", type: "varchar", length: 12, nullable: true })
  regionCode: string | null;

  @Field(() => CommentStatus)
  @Column({ type: "varchar", length: 10 })
  status: CommentStatus;

  @Column({ name: "hidden_reason", type: "varchar", length: 200, nullable: true })
  hiddenReason: string | null;

  @Column({ name: "hidden_by_id", type: "integer", nullable: true })
  hiddenById: number | null;

  @Field(() => Date, { nullable: true, description: "屏蔽时间" })
  @Column({ name: "hidden_at", ...DATETIME, nullable: true })
  hiddenAt: Date | null;

  /** The client's idempotency key: a retried post returns the comment the first attempt made. */
  @Column({ name: "client_key", type: "varchar", length: 64, nullable: true })
  clientKey: string | null;

  @Field(() => Date)
  @Column({ name: "created_at", ...DATETIME })
  createdAt: Date;
}
