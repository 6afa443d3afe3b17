import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { AuditAction, auditActionLabels } from "@kepu/domain";
import { DATETIME } from "../../db/columns.js";
import { Node } from "../../graphql/relay/node.type.js";
import { toGlobalId } from "../../graphql/relay/global-id.js";

export const AUDIT_LOG_TYPE = "AuditLogEntry";

registerEnumType(AuditAction, {
  name: "AuditAction",
  description: "审计日志中的操作",
  valuesConfig: Object.fromEntries(Object.entries(auditActionLabels).map(([k, v]) => [k, { description: v }])),
});

/** Append-only record of every decision and role change: who, what, before/after, when. */
@ObjectType(AUDIT_LOG_TYPE, { implements: Node, description: "审计日志" })
@Entity("audit_log")
@Index("idx_audit_action", ["action", "dbId"])
@Index("idx_audit_target", ["targetType", "targetId"])
export class AuditLogEntry implements Node {
  @PrimaryGeneratedColumn("increment", { name: "id" })
  dbId: number;

  @Field(() => ID)
  get id(): string {
    return toGlobalId(AUDIT_LOG_TYPE, this.dbId);
  }

  /** null for the CLI / system */
  @Column({ name: "actor_id", type: "integer", nullable: true })
  actorId: number | null;

  @Field(() => AuditAction, { description: "操作" })
  @Column({ type: "varchar", length: 48 })
  action: AuditAction;

  @Field({ description: "对象类型" })
  @Column({ name: "target_type", type: "varchar", length: 32 })
  targetType: string;

  @Field({ description: "对象标识（内部 ID 或区划代码）" })
  @Column({ name: "target_id", type: "varchar", length: 32 })
  targetId: string;

  @Column({ name: "region_code", type: "varchar", length: 12, nullable: true })
  regionCode: string | null;

  @Field(() => String, { nullable: true, description: "变更前（JSON）" })
  @Column({ type: "text", nullable: true })
  before: string | null;

  @Field(() => String, { nullable: true, description: "变更后（JSON）" })
  @Column({ type: "text", nullable: true })
  after: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: "request_id", type: "varchar", length: 64, nullable: true })
  requestId: string | null;

  @Field(() => Date)
  @Column({ name: "created_at", ...DATETIME })
  createdAt: Date;
}
