import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from "typeorm";
import { DATETIME } from "../../db/columns.js";

// One row per fact, never a counter: concurrent likers insert distinct rows and nobody contends on
// a shared count; counts are GROUP BY over a page's ids (content.loaders.ts).

/** 点赞 on a content item: one per person (liking twice is one like). */
@Entity("content_like")
@Index("idx_content_like_volunteer", ["volunteerId", "contentId"])
export class ContentLike {
  @PrimaryColumn({ name: "content_id", type: "integer" })
  contentId: number;

  @PrimaryColumn({ name: "volunteer_id", type: "integer" })
  volunteerId: number;

  @Column({ name: "created_at", ...DATETIME })
  createdAt: Date;
}

@Entity("comment_like")
@Index("idx_comment_like_volunteer", ["volunteerId", "commentId"])
export class CommentLike {
  @PrimaryColumn({ name: "comment_id", type: "integer" })
  commentId: number;

  @PrimaryColumn({ name: "volunteer_id", type: "integer" })
  volunteerId: number;

  @Column({ name: "created_at", ...DATETIME })
  createdAt: Date;
}

/** 收藏: the id orders 我的收藏 (newest first). */
@Entity("content_favourite")
@Index("uq_content_favourite", ["volunteerId", "contentId"], { unique: true })
@Index("idx_content_favourite_content", ["contentId"])
export class ContentFavourite {
  @PrimaryGeneratedColumn("increment", { name: "id" })
  id: number;

  @Column({ name: "content_id", type: "integer" })
  contentId: number;

  @Column({ name: "volunteer_id", type: "integer" })
  volunteerId: number;

  @Column({ name: "created_at", ...DATETIME })
  createdAt: Date;
}

/** A video kept for offline viewing: one counted per person, content and Asia/Shanghai day. */
@Entity("content_download")
@Index("uq_content_download_day", ["contentId", "volunteerId", "day"], { unique: true })
@Index("idx_content_download_volunteer", ["volunteerId"])
export class ContentDownload {
  @PrimaryGeneratedColumn("increment", { name: "id" })
  id: number;

  @Column({ name: "content_id", type: "integer" })
  contentId: number;

  @Column({ name: "volunteer_id", type: "integer" })
  volunteerId: number;

  @Column({ type: "varchar", length: 10 })
  day: string;

  @Column({ name: "created_at", ...DATETIME })
  createdAt: Date;
}
