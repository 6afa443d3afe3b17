import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { ApplicationStatus, applicationStatusLabels, Tier } from "@kepu/domain";
import { DATETIME } from "../../db/columns.js";
import { Node } from "../../graphql/relay/node.type.js";
import { toGlobalId } from "../../graphql/relay/global-id.js";

registerEnumType(ApplicationStatus, {
  name: "ApplicationStatus",
  description: "申请状态",
  valuesConfig: Object.fromEntries(Object.entries(applicationStatusLabels).map(([k, v]) => [k, { description: v }])),
});

export const MANAGER_APPLICATION_TYPE = "ManagerApplication";

/** 管理员认证申请. `pendingKey` equals the applicant id while pending and is unique: one open application per person, race-free. */
@ObjectType(MANAGER_APPLICATION_TYPE, { implements: Node, description: "管理员认证申请" })
@Entity("manager_application")
@Index("uq_application_pending", ["pendingKey"], { unique: true })
@Index("idx_application_region", ["status", "regionCode", "dbId"])
@Index("idx_application_applicant", ["applicantId", "dbId"])
export class ManagerApplication implements Node {
  @PrimaryGeneratedColumn("increment", { name: "id" })
  dbId: number;

  @Field(() => ID)
  get id(): string {
    return toGlobalId(MANAGER_APPLICATION_TYPE, this.dbId);
  }

  @Column({ name: "applicant_id", type: "integer" })
  applicantId: number;

  @Column({ name: "pending_key", type: "integer", nullable: true })
  pendingKey: number | null;

  @Field(() => Tier, { description: "申请的层级" })
  @Column({ type: "varchar", length: 20 })
  tier: Tier;

  @Column({ name: "region_code", type: "varchar", length: 12 })
  regionCode: string;

  @Field(() => String, { nullable: true, description: "申请理由" })
  @Column({ type: "varchar", length: 500, nullable: true })
  reason: string | null;

  @Field(() => ApplicationStatus)
  @Column({ type: "varchar", length: 10 })
  status: ApplicationStatus;

  @Column({ name: "decided_by_id", type: "integer", nullable: true })
  decidedById: number | null;

  @Field(() => String, { nullable: true, description: "审批意见" })
  @Column({ name: "decision_comment", type: "varchar", length: 500, nullable: true })
  decisionComment: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: "decided_at", ...DATETIME, nullable: true })
  decidedAt: Date | null;

  @Field(() => Date)
  @Column({ name: "created_at", ...DATETIME })
  createdAt: Date;
}
