import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from "typeorm";
import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { PointsReason, pointsReasonLabels } from "@kepu/domain";
import { DATETIME } from "../../db/columns.js";
import { toGlobalId } from "../../graphql/relay/global-id.js";
import { Node } from "../../graphql/relay/node.type.js";
import { LocalDateScalar } from "../../graphql/scalars.js";

registerEnumType(PointsReason, {
  name: "PointsReason",
  description: "积分变动原因",
  valuesConfig: Object.fromEntries(Object.entries(pointsReasonLabels).map(([k, v]) => [k, { description: v }])),
});

export const POINTS_ENTRY_TYPE = "PointsEntry";

/**
 * 积分流水: one append-only row per change of a volunteer's points. Never updated or deleted; a
 * balance is the sum of its entries. `idempotencyKey` is unique: a replayed write finds its entry.
 */
@ObjectType(POINTS_ENTRY_TYPE, { implements: Node, description: "积分流水" })
@Entity("points_entry")
@Index("uq_points_entry_key", ["idempotencyKey"], { unique: true })
@Index("idx_points_entry_volunteer", ["volunteerId", "dbId"])
@Index("idx_points_entry_region_day", ["regionCode", "day"])
export class PointsEntry implements Node {
  @PrimaryGeneratedColumn("increment", { name: "id" })
  dbId: number;

  @Field(() => ID)
  get id(): string {
    return toGlobalId(POINTS_ENTRY_TYPE, this.dbId);
  }

  @Column({ name: "volunteer_id", type: "integer" })
  volunteerId: number;

  /** signed; never 0 */
  @Field(() => Int, { description: "积分变动：正数为获得，负数为扣减" })
  @Column({ type: "integer" })
  delta: number;

  @Field(() => PointsReason, { description: "原因" })
  @Column({ type: "varchar", length: 32 })
  reason: PointsReason;

  @Column({ name: "idempotency_key", type: "varchar", length: 128 })
  idempotencyKey: string;

  /** the outbox event that caused it (earning, adjustment), if any */
  @Column({ name: "source_event_id", type: "integer", nullable: true })
  sourceEventId: number | null;

  /** free reference: a redemption id, the adjustment's stated reason, … */
  @Field(() => String, { nullable: true, description: "备注：人工调整的理由、兑换单号等" })
  @Column({ type: "varchar", length: 200, nullable: true })
  reference: string | null;

  /** the points rules version in force at the source event's time (earning entries) */
  @Field(() => Int, { nullable: true, description: "计分所依据的积分规则版本" })
  @Column({ name: "rule_version", type: "integer", nullable: true })
  ruleVersion: number | null;

  /** experience this entry added (0 or delta): what `points verify` and the leaderboard sum */
  @Column({ type: "integer" })
  earned: number;

  /** the volunteer's home region when it was written: what the leaderboard attributes it to */
  @Column({ name: "region_code", type: "varchar", length: 12, nullable: true })
  regionCode: string | null;

  /** Asia/Shanghai day of `createdAt` (of the source event for earning entries) */
  @Field(() => LocalDateScalar, { description: "计入日期（北京时间）" })
  @Column({ type: "varchar", length: 10 })
  day: string;

  @Field(() => Date, { description: "记账时间" })
  @Column({ name: "created_at", ...DATETIME })
  createdAt: Date;
}

/** The cached balance and experience of one volunteer; changed only together with a new entry. */
@Entity("points_account")
export class PointsAccount {
  @PrimaryColumn({ name: "volunteer_id", type: "integer" })
  volunteerId: number;

  @Column({ type: "integer" })
  balance: number;

  /** 经验值: lifetime points earned (see `experienceDelta` in @kepu/domain) */
  @Column({ type: "integer" })
  experience: number;

  @Column({ name: "updated_at", ...DATETIME })
  updatedAt: Date;
}
