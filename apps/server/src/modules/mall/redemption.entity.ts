import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { MallItemKind, RedemptionStatus, redemptionStatusLabels } from "@kepu/domain";
import { DATETIME } from "../../db/columns.js";
import { Node } from "../../graphql/relay/node.type.js";
import { toGlobalId } from "../../graphql/relay/global-id.js";

registerEnumType(RedemptionStatus, {
  name: "RedemptionStatus",
  description: "兑换订单状态",
  valuesConfig: Object.fromEntries(Object.entries(redemptionStatusLabels).map(([k, v]) => [k, { description: v }])),
});

export const REDEMPTION_TYPE = "Redemption";

/**
 * 兑换订单: one `redeem`, with what was bought at what price (snapshots, so later edits of the
 * item do not rewrite history). (volunteer, idempotency key) is unique: a retried redeem finds
 * the order its first attempt made. A 话费 order keeps the phone to top up, encrypted.
 */
@ObjectType(REDEMPTION_TYPE, { implements: Node, description: "兑换订单" })
@Entity("mall_redemption")
@Index("uq_mall_redemption_key", ["volunteerId", "idempotencyKey"], { unique: true })
@Index("idx_mall_redemption_volunteer", ["volunteerId", "dbId"])
@Index("idx_mall_redemption_status", ["status", "dbId"])
@Index("idx_mall_redemption_item", ["itemId", "dbId"])
export class Redemption implements Node {
  @PrimaryGeneratedColumn("increment", { name: "id" })
  dbId: number;

  @Field(() => ID)
  get id(): string {
    return toGlobalId(REDEMPTION_TYPE, this.dbId);
  }

  @Column({ name: "volunteer_id", type: "integer" })
  volunteerId: number;

  @Column({ name: "item_id", type: "integer" })
  itemId: number;

  @Field({ description: "商品名称（下单时）" })
  @Column({ name: "item_name", type: "varchar", length: 60 })
  itemName: string;

  @Field(() => MallItemKind, { description: "商品类型（下单时）" })
  @Column({ type: "varchar", length: 16 })
  kind: MallItemKind;

  @Field(() => Int, { description: "数量" })
  @Column({ type: "integer" })
  quantity: number;

  @Field(() => Int, { description: "单价（积分，下单时）" })
  @Column({ name: "unit_points", type: "integer" })
  unitPoints: number;

  @Field(() => Int, { description: "消耗积分" })
  @Column({ name: "total_points", type: "integer" })
  totalPoints: number;

  @Field(() => RedemptionStatus, { description: "状态" })
  @Column({ type: "varchar", length: 10 })
  status: RedemptionStatus;

  @Column({ name: "idempotency_key", type: "varchar", length: 64 })
  idempotencyKey: string;

  /** 话费 orders: the volunteer's phone when they ordered, encrypted (security/pii.ts). */
  @Column({ name: "phone_sealed", type: "varchar", length: 120, nullable: true })
  phoneSealed: string | null;

  @Field(() => String, { nullable: true, description: "充值手机号（脱敏，仅话费订单）" })
  @Column({ name: "phone_masked", type: "varchar", length: 11, nullable: true })
  phoneMasked: string | null;

  /** The volunteer's home region when they ordered (events, filters). */
  @Column({ name: "region_code", type: "varchar", length: 12, nullable: true })
  regionCode: string | null;

  @Field(() => String, { nullable: true, description: "取消原因" })
  @Column({ name: "cancel_reason", type: "varchar", length: 500, nullable: true })
  cancelReason: string | null;

  @Column({ name: "cancelled_by_id", type: "integer", nullable: true })
  cancelledById: number | null;

  @Column({ name: "fulfilled_by_id", type: "integer", nullable: true })
  fulfilledById: number | null;

  @Field(() => Date, { description: "下单时间" })
  @Column({ name: "created_at", ...DATETIME })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: "发放时间" })
  @Column({ name: "fulfilled_at", ...DATETIME, nullable: true })
  fulfilledAt: Date | null;

  @Field(() => Date, { nullable: true, description: "取消时间" })
  @Column({ name: "cancelled_at", ...DATETIME, nullable: true })
  cancelledAt: Date | null;
}
