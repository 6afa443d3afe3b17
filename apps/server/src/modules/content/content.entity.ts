import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from "typeorm";
import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { ContentKind, contentKindLabels, ContentSource, contentSourceLabels, ContentStatus, contentStatusLabels } from "@kepu/domain";
import { DATETIME } from "../../db/columns.js";
import { Node } from "../../graphql/relay/node.type.js";
import { toGlobalId } from "../../graphql/relay/global-id.js";

const labelled = (labels: Record<string, string>) => Object.fromEntries(Object.entries(labels).map(([k, v]) => [k, { description: v }]));
registerEnumType(ContentKind, { name: "ContentKind", description: "内容类型", valuesConfig: labelled(contentKindLabels) });
registerEnumType(ContentSource, { name: "ContentSource", description: "内容来源", valuesConfig: labelled(contentSourceLabels) });
registerEnumType(ContentStatus, { name: "ContentStatus", description: "内容状态", valuesConfig: labelled(contentStatusLabels) });

export const CONTENT_TYPE = "Content";

/**
 * 资讯 / 视频. `listedAt` orders lists (newest first): the creation time of a draft, the first
 * publication (or the source's date for imports) afterwards; never NULL, so it can be a keyset.
 * The body (up to 200,000 characters of sanitized HTML) is not selected with the row: lists never
 * carry it; `Content.body` loads it in one batch. Its column type is `json` because that is the one
 * type both drivers accept that holds more than 64 KB on MariaDB (LONGTEXT); the value is a JSON string.
 */
@ObjectType(CONTENT_TYPE, { implements: Node, description: "内容（资讯、视频）" })
@Entity("content")
@Index("uq_content_external_id", ["externalId"], { unique: true })
@Index("idx_content_listing", ["status", "listedAt", "dbId"])
@Index("idx_content_channel", ["channelCode", "status", "listedAt", "dbId"])
@Index("idx_content_region", ["regionCode", "status"])
export class Content implements Node {
  @PrimaryGeneratedColumn("increment", { name: "id" })
  dbId: number;

  @Field(() => ID)
  get id(): string {
    return toGlobalId(CONTENT_TYPE, this.dbId);
  }

  @Field(() => String, { nullable: true, description: "外部来源的唯一编号（导入时按此去重）" })
  @Column({ name: "external_id", type: "varchar", length: 64, nullable: true })
  externalId: string | null;

  @Field(() => ContentKind)
  @Column({ type: "varchar", length: 10 })
  kind: ContentKind;

  @Field(() => ContentStatus)
  @Column({ type: "varchar", length: 12 })
  status: ContentStatus;

  @Field({ description: "标题" })
  @Column({ type: "varchar", length: 120 })
  title: string;

  @Field(() => String, { nullable: true, description: "摘要" })
  @Column({ type: "varchar", length: 500, nullable: true })
  summary: string | null;

  @Column({ type: "json", nullable: true, select: false })
  body?: string | null;

  @Field(() => String, { nullable: true, description: "封面图片地址" })
  @Column({ name: "cover_url", type: "varchar", length: 1000, nullable: true })
  coverUrl: string | null;

  @Field(() => String, { nullable: true, description: "视频地址（视频类）" })
  @Column({ name: "video_url", type: "varchar", length: 1000, nullable: true })
  videoUrl: string | null;

  @Field(() => Int, { nullable: true, description: "视频时长（秒）" })
  @Column({ name: "duration_seconds", type: "integer", nullable: true })
  durationSeconds: number | null;

  @Field(() => ContentSource)
  @Column({ type: "varchar", length: 12 })
  source: ContentSource;

  @Column({ name: "channel_code", type: "varchar", length: 32 })
  channelCode: string;

  @Field(() => [String], { description: "标签" })
  @Column({ type: "simple-array" })
  tags: string[];

  /** The region whose own content this is (LOCAL); null for province-wide content. */
  @Column({ name: "region_code", type: "varchar", length: 12, nullable: true })
  regionCode: string | null;

  @Column({ name: "author_id", type: "integer", nullable: true })
  authorId: number | null;

  @Field(() => Date, { nullable: true, description: "推荐截止时间（此前为推荐内容）" })
  @Column({ name: "featured_until", ...DATETIME, nullable: true })
  featuredUntil: Date | null;

  @Field(() => Date, { nullable: true, description: "首次发布时间" })
  @Column({ name: "published_at", ...DATETIME, nullable: true })
  publishedAt: Date | null;

  @Column({ name: "listed_at", ...DATETIME })
  listedAt: Date;

  @Field(() => Date)
  @Column({ name: "created_at", ...DATETIME })
  createdAt: Date;

  @Field(() => Date)
  @Column({ name: "updated_at", ...DATETIME })
  updatedAt: Date;
}

/** One row per tag of a content item: what the `tag` filter reads through an index. */
@Entity("content_tag")
@Index("idx_content_tag", ["tag", "contentId"])
export class ContentTag {
  @PrimaryColumn({ name: "content_id", type: "integer" })
  contentId: number;

  @PrimaryColumn({ type: "varchar", length: 20 })
  tag: string;
}
