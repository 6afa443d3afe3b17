import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import {
  SocietyJoinPolicy,
  societyJoinPolicyLabels,
  SocietyMemberStatus,
  societyMemberStatusLabels,
  SocietyRole,
  societyRoleLabels,
  SocietyStatus,
  societyStatusLabels,
} from "@kepu/domain";
import { DATETIME } from "../../db/columns.js";
import { Node } from "../../graphql/relay/node.type.js";
import { toGlobalId } from "../../graphql/relay/global-id.js";

const labelled = (labels: Record<string, string>) => Object.fromEntries(Object.entries(labels).map(([k, v]) => [k, { description: v }]));
registerEnumType(SocietyStatus, { name: "SocietyStatus", description: "社团状态", valuesConfig: labelled(societyStatusLabels) });
registerEnumType(SocietyJoinPolicy, {
  name: "SocietyJoinPolicy",
  description: "入团方式",
  valuesConfig: labelled(societyJoinPolicyLabels),
});
registerEnumType(SocietyRole, { name: "SocietyRole", description: "社团内角色", valuesConfig: labelled(societyRoleLabels) });
registerEnumType(SocietyMemberStatus, {
  name: "SocietyMemberStatus",
  description: "成员状态",
  valuesConfig: labelled(societyMemberStatusLabels),
});

export const SOCIETY_TYPE = "Society";
export const SOCIETY_MEMBER_TYPE = "SocietyMember";
export const SOCIETY_POST_TYPE = "SocietyPost";

/**
 * 社团. `nameKey` is `<county>:<name>` while the society is pending or active and NULL afterwards: a
 * unique index keeps names distinct within a county without blocking the names of rejected or
 * dissolved societies (the manager-application `pendingKey` pattern).
 */
@ObjectType(SOCIETY_TYPE, { implements: Node, description: "社团" })
@Entity("society")
@Index("uq_society_name_key", ["nameKey"], { unique: true })
@Index("idx_society_region", ["regionCode", "dbId"])
@Index("idx_society_status", ["status", "regionCode", "dbId"])
@Index("idx_society_requester", ["requesterId", "dbId"])
export class Society implements Node {
  @PrimaryGeneratedColumn("increment", { name: "id" })
  dbId: number;

  @Field(() => ID)
  get id(): string {
    return toGlobalId(SOCIETY_TYPE, this.dbId);
  }

  @Field({ description: "社团名称" })
  @Column({ type: "varchar", length: 30 })
  name: string;

  @Column({ name: "name_key", type: "varchar", length: 40, nullable: true })
  nameKey: string | null;

  @Field(() => String, { nullable: true, description: "简介" })
  @Column({ type: "varchar", length: 500, nullable: true })
  description: string | null;

  @Column({ name: "region_code", type: "varchar", length: 12 })
  regionCode: string;

  @Field(() => SocietyJoinPolicy, { description: "入团方式" })
  @Column({ name: "join_policy", type: "varchar", length: 10 })
  joinPolicy: SocietyJoinPolicy;

  @Field(() => String, { nullable: true, description: "头像图片地址" })
  @Column({ name: "avatar_url", type: "varchar", length: 500, nullable: true })
  avatarUrl: string | null;

  @Field(() => SocietyStatus)
  @Column({ type: "varchar", length: 10 })
  status: SocietyStatus;

  @Column({ name: "requester_id", type: "integer" })
  requesterId: number;

  /** The current owner (社长); the requester until ownership is transferred. Mirrors the OWNER member row. */
  @Column({ name: "owner_id", type: "integer" })
  ownerId: number;

  @Column({ name: "decided_by_id", type: "integer", nullable: true })
  decidedById: number | null;

  @Field(() => String, { nullable: true, description: "审批意见（驳回时为理由）" })
  @Column({ name: "decision_comment", type: "varchar", length: 500, nullable: true })
  decisionComment: string | null;

  @Field(() => Date, { nullable: true, description: "审批时间" })
  @Column({ name: "decided_at", ...DATETIME, nullable: true })
  decidedAt: Date | null;

  @Field(() => Date, { nullable: true, description: "解散时间" })
  @Column({ name: "dissolved_at", ...DATETIME, nullable: true })
  dissolvedAt: Date | null;

  @Column({ name: "dissolved_by_id", type: "integer", nullable: true })
  dissolvedById: number | null;

  @Field(() => String, { nullable: true, description: "解散理由" })
  @Column({ name: "dissolve_reason", type: "varchar", length: 500, nullable: true })
  dissolveReason: string | null;

  @Field(() => Date, { description: "申请时间" })
  @Column({ name: "created_at", ...DATETIME })
  createdAt: Date;

  @Column({ name: "updated_at", ...DATETIME })
  updatedAt: Date;
}

/** One row per (society, volunteer), reused across leave and re-join. */
@ObjectType(SOCIETY_MEMBER_TYPE, { implements: Node, description: "社团成员（含入团申请）" })
@Entity("society_member")
@Index("uq_society_member", ["societyId", "volunteerId"], { unique: true })
@Index("idx_society_member_list", ["societyId", "status", "dbId"])
@Index("idx_society_member_volunteer", ["volunteerId", "status"])
export class SocietyMember implements Node {
  @PrimaryGeneratedColumn("increment", { name: "id" })
  dbId: number;

  @Field(() => ID)
  get id(): string {
    return toGlobalId(SOCIETY_MEMBER_TYPE, this.dbId);
  }

  @Column({ name: "society_id", type: "integer" })
  societyId: number;

  @Column({ name: "volunteer_id", type: "integer" })
  volunteerId: number;

  @Field(() => SocietyRole)
  @Column({ type: "varchar", length: 10 })
  role: SocietyRole;

  @Field(() => SocietyMemberStatus)
  @Column({ type: "varchar", length: 10 })
  status: SocietyMemberStatus;

  @Field(() => Date, { nullable: true, description: "加入时间（最近一次）" })
  @Column({ name: "joined_at", ...DATETIME, nullable: true })
  joinedAt: Date | null;

  @Column({ name: "decided_by_id", type: "integer", nullable: true })
  decidedById: number | null;

  @Field(() => Date, { description: "首次申请或加入时间" })
  @Column({ name: "created_at", ...DATETIME })
  createdAt: Date;

  @Field(() => Date)
  @Column({ name: "updated_at", ...DATETIME })
  updatedAt: Date;
}

/** 社团动态. `clientPostId` makes a retried post land once (unique per author; NULLs never collide). */
@ObjectType(SOCIETY_POST_TYPE, { implements: Node, description: "社团动态" })
@Entity("society_post")
@Index("idx_society_post_feed", ["societyId", "dbId"])
@Index("uq_society_post_client", ["authorId", "clientPostId"], { unique: true })
export class SocietyPost implements Node {
  @PrimaryGeneratedColumn("increment", { name: "id" })
  dbId: number;

  @Field(() => ID)
  get id(): string {
    return toGlobalId(SOCIETY_POST_TYPE, this.dbId);
  }

  @Column({ name: "society_id", type: "integer" })
  societyId: number;

  @Column({ name: "author_id", type: "integer" })
  authorId: number;

  @Field(() => String, { nullable: true, description: "正文（最多 2000 字）" })
  @Column({ type: "text", nullable: true })
  text: string | null;

  @Field(() => [String], { description: "图片地址（最多 9 张）" })
  @Column({ name: "image_urls", type: "simple-json" })
  imageUrls: string[];

  @Column({ name: "client_post_id", type: "varchar", length: 64, nullable: true })
  clientPostId: string | null;

  @Field(() => Date, { nullable: true, description: "屏蔽时间（仅管理者可见被屏蔽的动态）" })
  @Column({ name: "hidden_at", ...DATETIME, nullable: true })
  hiddenAt: Date | null;

  @Column({ name: "hidden_by_id", type: "integer", nullable: true })
  hiddenById: number | null;

  @Field(() => String, { nullable: true, description: "屏蔽理由" })
  @Column({ name: "hide_reason", type: "varchar", length: 200, nullable: true })
  hideReason: string | null;

  @Field(() => Date)
  @Column({ name: "created_at", ...DATETIME })
  createdAt: Date;

  @Field({ description: "是否已被屏蔽" })
  get hidden(): boolean {
    return this.hiddenAt !== null;
  }
}
