import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { SharePlatform, shareLinkPath, sharePlatformLabels } from "@kepu/domain";
import { DATETIME } from "../../db/columns.js";
import { Node } from "../../graphql/relay/node.type.js";
import { toGlobalId } from "../../graphql/relay/global-id.js";

registerEnumType(SharePlatform, {
  name: "SharePlatform",
  description: "分享平台",
  valuesConfig: Object.fromEntries(Object.entries(sharePlatformLabels).map(([k, v]) => [k, { description: v }])),
});

export const SHARE_TYPE = "ShareEvent";

/**
 * 传播 / 分享: one row per share a volunteer made, with its tracked link in the same row (one
 * insert on the write path). `(volunteer_id, client_event_id)` is unique: a retried recordShare
 * finds the row instead of writing a second (no read-then-write).
 *
 * The link token is stored as is, not hashed: the API must hand back the same link on every retry
 * and in later reads, and what a token grants is small (reading a published article and counting
 * one open per visitor and day); staff can revoke a link. Hashing would need the link to be derived
 * from a secret that could then never rotate.
 */
@ObjectType(SHARE_TYPE, { implements: Node, description: "分享记录（传播）" })
@Entity("share_event")
@Index("uq_share_client_event", ["volunteerId", "clientEventId"], { unique: true })
@Index("uq_share_token", ["token"], { unique: true })
@Index("idx_share_content_day", ["contentId", "day"])
@Index("idx_share_region_day", ["regionCode", "day"])
export class ShareEvent implements Node {
  @PrimaryGeneratedColumn("increment", { name: "id" })
  dbId: number;

  @Field(() => ID)
  get id(): string {
    return toGlobalId(SHARE_TYPE, this.dbId);
  }

  @Column({ name: "volunteer_id", type: "integer" })
  volunteerId: number;

  @Column({ name: "client_event_id", type: "varchar", length: 64 })
  clientEventId: string;

  @Column({ name: "content_id", type: "integer" })
  contentId: number;

  @Field(() => SharePlatform)
  @Column({ type: "varchar", length: 16 })
  platform: SharePlatform;

  /** 16 random bytes, base64url. */
  @Column({ type: "varchar", length: 22 })
  token: string;

  /** The sharer's home region when they shared (what 传播量 counts by); null for someone not yet certified. */
  @Column({ name: "region_code", type: "varchar", length: 12, nullable: true })
  regionCode: string | null;

  /** Asia/Shanghai day of `createdAt`. */
  @Column({ type: "varchar", length: 10 })
  day: string;

  @Field(() => Date)
  @Column({ name: "created_at", ...DATETIME })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: "链接被撤销的时间（撤销后打开链接显示“链接已失效”）" })
  @Column({ name: "revoked_at", ...DATETIME, nullable: true })
  revokedAt: Date | null;

  @Column({ name: "revoked_by_id", type: "integer", nullable: true })
  revokedById: number | null;

  @Field({ description: "可追踪的分享链接（路径形式 /s/<token>）；打开即阅读并计一次打开" })
  get link(): string {
    return shareLinkPath(this.token);
  }
}

/**
 * 打开: someone opened a share link, at most one row per link, visitor and day. The visitor is a
 * keyed hash of address and user agent under a salt that changes every day (share-visitor.ts); no
 * address or user agent is stored, and the hash itself is cleared once its day is over.
 */
@Entity("share_open")
@Index("uq_share_open_visitor", ["shareId", "day", "visitorHash"], { unique: true })
@Index("idx_share_open_content_day", ["contentId", "day"])
@Index("idx_share_open_region_day", ["regionCode", "day"])
@Index("idx_share_open_day", ["day"])
export class ShareOpen {
  @PrimaryGeneratedColumn("increment", { name: "id" })
  dbId: number;

  @Column({ name: "share_id", type: "integer" })
  shareId: number;

  @Column({ name: "content_id", type: "integer" })
  contentId: number;

  @Column({ type: "varchar", length: 16 })
  platform: SharePlatform;

  /** The sharer's home region at the moment of the open (reach is credited where the sharer lives). */
  @Column({ name: "region_code", type: "varchar", length: 12, nullable: true })
  regionCode: string | null;

  @Column({ type: "varchar", length: 10 })
  day: string;

  /** Null once the day is over (purge job): only needed to count a visitor once that day. */
  @Column({ name: "visitor_hash", type: "varchar", length: 22, nullable: true })
  visitorHash: string | null;

  @Column({ name: "opened_at", ...DATETIME })
  openedAt: Date;
}
