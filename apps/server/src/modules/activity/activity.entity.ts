import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { ActivityKind, activityKindLabels, ActivityStatus, activityStatusLabels, type ActivityKey, type Tier } from "@kepu/domain";
import { DATETIME } from "../../db/columns.js";
import { Node } from "../../graphql/relay/node.type.js";
import { toGlobalId } from "../../graphql/relay/global-id.js";

registerEnumType(ActivityKind, {
  name: "ActivityKind",
  description: "活动类型",
  valuesConfig: Object.fromEntries(Object.entries(activityKindLabels).map(([k, v]) => [k, { description: v }])),
});
registerEnumType(ActivityStatus, {
  name: "ActivityStatus",
  description: "活动状态",
  valuesConfig: Object.fromEntries(Object.entries(activityStatusLabels).map(([k, v]) => [k, { description: v }])),
});

export const ACTIVITY_TYPE = "Activity";

/** Image lists are small (≤ 9 URLs): one JSON text column, read back as an array. */
const jsonList = {
  to: (v: string[] | undefined) => (v === undefined ? undefined : JSON.stringify(v)),
  from: (v: string | null) => (v ? (JSON.parse(v) as string[]) : []),
};

/**
 * 活动. `signedUp` counts active sign-ups and is only ever changed by a conditional UPDATE in
 * the sign-up transaction (never read-then-write), so it never passes `capacity`. `authorTier` is
 * the author's tier at the last submission: deciders must rank above it (docs/domain.md, Activities).
 */
@ObjectType(ACTIVITY_TYPE, { implements: Node, description: "活动" })
@Entity("activity")
@Index("idx_activity_status_region", ["status", "regionCode", "dbId"])
@Index("idx_activity_region_starts", ["regionCode", "startsAt"])
@Index("idx_activity_starts", ["startsAt", "dbId"])
@Index("idx_activity_author", ["authorId", "dbId"])
@Index("idx_activity_society", ["societyId", "dbId"])
export class Activity implements Node {
  @PrimaryGeneratedColumn("increment", { name: "id" })
  dbId: number;

  @Field(() => ID)
  get id(): string {
    return toGlobalId(ACTIVITY_TYPE, this.dbId);
  }

  @Field(() => ActivityKind, { description: "活动类型" })
  @Column({ type: "varchar", length: 10 })
  kind: ActivityKind;

  @Field(() => ActivityStatus, { description: "状态" })
  @Column({ type: "varchar", length: 10 })
  status: ActivityStatus;

  @Field({ description: "标题（最多 100 字）" })
  @Column({ type: "varchar", length: 100 })
  title: string;

  @Field({ description: "活动介绍（最多 5000 字）" })
  @Column({ type: "text" })
  description: string;

  @Column({ name: "region_code", type: "varchar", length: 12 })
  regionCode: string;

  @Field(() => Date, { description: "开始时间" })
  @Column({ name: "starts_at", ...DATETIME })
  startsAt: Date;

  @Field(() => Date, { description: "结束时间" })
  @Column({ name: "ends_at", ...DATETIME })
  endsAt: Date;

  @Field({ description: "活动地点" })
  @Column({ type: "varchar", length: 200 })
  place: string;

  @Field(() => String, { nullable: true, description: "封面图片地址" })
  @Column({ name: "cover_url", type: "varchar", length: 500, nullable: true })
  coverUrl: string | null;

  @Field(() => [String], { description: "活动图片地址（最多 9 张）" })
  @Column({ name: "image_urls", type: "text", transformer: jsonList })
  imageUrls: string[];

  @Field(() => String, { nullable: true, description: "主办方（代发时填写实际主办单位）" })
  @Column({ type: "varchar", length: 100, nullable: true })
  organiser: string | null;

  @Column({ name: "author_id", type: "integer" })
  authorId: number;

  @Column({ name: "author_tier", type: "varchar", length: 20 })
  authorTier: Tier;

  @Column({ name: "society_id", type: "integer", nullable: true })
  societyId: number | null;

  @Field(() => Int, { nullable: true, description: "名额；为空表示不限" })
  @Column({ type: "integer", nullable: true })
  capacity: number | null;

  @Field(() => Date, { nullable: true, description: "报名截止时间；为空表示开始前均可报名" })
  @Column({ name: "sign_up_deadline", ...DATETIME, nullable: true })
  signUpDeadline: Date | null;

  @Field(() => Int, { name: "signUpCount", description: "当前有效报名人数" })
  @Column({ name: "signed_up", type: "integer", default: 0 })
  signedUp: number;

  /** How many times it was submitted: keys the SUBMITTED and REJECTED events of each round. */
  @Column({ name: "submission_count", type: "integer", default: 0 })
  submissionCount: number;

  @Column({ name: "decided_by_id", type: "integer", nullable: true })
  decidedById: number | null;

  @Field(() => String, { nullable: true, description: "审核意见（驳回理由）" })
  @Column({ name: "decision_comment", type: "varchar", length: 500, nullable: true })
  decisionComment: string | null;

  @Field(() => Date, { nullable: true, description: "最近一次提交审核的时间" })
  @Column({ name: "submitted_at", ...DATETIME, nullable: true })
  submittedAt: Date | null;

  @Field(() => Date, { nullable: true, description: "审核时间" })
  @Column({ name: "decided_at", ...DATETIME, nullable: true })
  decidedAt: Date | null;

  @Field(() => Date, { nullable: true, description: "发布时间（活动信息发布量按此日计）" })
  @Column({ name: "published_at", ...DATETIME, nullable: true })
  publishedAt: Date | null;

  @Field(() => Date, { nullable: true, description: "取消时间" })
  @Column({ name: "cancelled_at", ...DATETIME, nullable: true })
  cancelledAt: Date | null;

  @Column({ name: "cancelled_by_id", type: "integer", nullable: true })
  cancelledById: number | null;

  @Field(() => String, { nullable: true, description: "取消原因" })
  @Column({ name: "cancel_reason", type: "varchar", length: 500, nullable: true })
  cancelReason: string | null;

  @Field(() => Date)
  @Column({ name: "created_at", ...DATETIME })
  createdAt: Date;

  @Field(() => Date)
  @Column({ name: "updated_at", ...DATETIME })
  updatedAt: Date;
}

/** The activity as the authority rules in @kepu/domain read it. */
export const activityKey = (a: Activity): ActivityKey => ({
  authorId: String(a.authorId),
  authorTier: a.authorTier,
  regionCode: a.regionCode,
  status: a.status,
  published: a.publishedAt !== null,
});
