import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { MallItemKind, mallItemKindLabels } from "@kepu/domain";
import { DATETIME } from "../../db/columns.js";
import { Node } from "../../graphql/relay/node.type.js";
import { toGlobalId } from "../../graphql/relay/global-id.js";

registerEnumType(MallItemKind, {
  name: "MallItemKind",
  description: "商品类型",
  valuesConfig: Object.fromEntries(Object.entries(mallItemKindLabels).map(([k, v]) => [k, { description: v }])),
});

export const MALL_ITEM_TYPE = "MallItem";

/**
 * 积分商城商品. `stock` and `sold` move only together, by conditional UPDATEs (a redemption, a
 * cancellation, a restock), never by writing a value read earlier: nothing can oversell.
 */
@ObjectType(MALL_ITEM_TYPE, { implements: Node, description: "积分商城商品" })
@Entity("mall_item")
@Index("idx_mall_item_enabled", ["enabled", "dbId"])
export class MallItem implements Node {
  @PrimaryGeneratedColumn("increment", { name: "id" })
  dbId: number;

  @Field(() => ID)
  get id(): string {
    return toGlobalId(MALL_ITEM_TYPE, this.dbId);
  }

  @Field({ description: "商品名称" })
  @Column({ type: "varchar", length: 60 })
  name: string;

  @Field(() => String, { nullable: true, description: "商品描述" })
  @Column({ type: "text", nullable: true })
  description: string | null;

  @Field(() => String, { nullable: true, description: "图片地址（http/https）" })
  @Column({ name: "image_url", type: "varchar", length: 500, nullable: true })
  imageUrl: string | null;

  @Field(() => MallItemKind, { description: "商品类型" })
  @Column({ type: "varchar", length: 16 })
  kind: MallItemKind;

  @Field(() => Int, { description: "兑换单价（积分）" })
  @Column({ name: "price_points", type: "integer" })
  pricePoints: number;

  @Field(() => Int, { description: "剩余库存" })
  @Column({ type: "integer" })
  stock: number;

  @Field(() => Int, { description: "已兑换数量（不含已取消的订单）" })
  @Column({ type: "integer" })
  sold: number;

  @Field(() => Int, { nullable: true, description: "每人限兑数量；null 为不限" })
  @Column({ name: "per_person_limit", type: "integer", nullable: true })
  perPersonLimit: number | null;

  @Field(() => Date, { nullable: true, description: "上架时间（含）；null 为立即" })
  @Column({ name: "sale_from", ...DATETIME, nullable: true })
  saleFrom: Date | null;

  @Field(() => Date, { nullable: true, description: "下架时间（不含）；null 为长期" })
  @Column({ name: "sale_until", ...DATETIME, nullable: true })
  saleUntil: Date | null;

  @Field({ description: "是否启用（上架）" })
  @Column({ type: "boolean" })
  enabled: boolean;

  @Column({ name: "created_by_id", type: "integer", nullable: true })
  createdById: number | null;

  @Field(() => Date)
  @Column({ name: "created_at", ...DATETIME })
  createdAt: Date;

  @Field(() => Date)
  @Column({ name: "updated_at", ...DATETIME })
  updatedAt: Date;
}

/**
 * How many units of an item a volunteer holds in live (not cancelled) orders: the per-person
 * limit is a conditional UPDATE of this one row, so two redemptions at once cannot both pass it.
 */
@Entity("mall_item_holding")
export class MallItemHolding {
  @Column({ name: "item_id", type: "integer", primary: true })
  itemId: number;

  @Column({ name: "volunteer_id", type: "integer", primary: true })
  volunteerId: number;

  @Column({ type: "integer" })
  quantity: number;
}

/** One stock change by the province; its (item, key) is unique, so a retried restock applies once. */
@Entity("mall_restock")
@Index("uq_mall_restock_key", ["itemId", "idempotencyKey"], { unique: true })
export class MallRestock {
  @PrimaryGeneratedColumn("increment", { name: "id" })
  dbId: number;

  @Column({ name: "item_id", type: "integer" })
  itemId: number;

  @Column({ type: "integer" })
  delta: number;

  @Column({ name: "stock_after", type: "integer" })
  stockAfter: number;

  @Column({ name: "idempotency_key", type: "varchar", length: 64 })
  idempotencyKey: string;

  @Column({ name: "actor_id", type: "integer", nullable: true })
  actorId: number | null;

  @Column({ name: "created_at", ...DATETIME })
  createdAt: Date;
}
