import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { MallItemKind, RedemptionStatus } from "@kepu/domain";
import { ConnectionType } from "../../../graphql/relay/connection.type.js";
import { LocalDateScalar } from "../../../graphql/scalars.js";
import { Redemption } from "../redemption.entity.js";

export const RedemptionConnection = ConnectionType(Redemption, "Redemption");

@InputType({ description: "新建积分商城商品" })
export class MallItemInput {
  @Field({ description: "商品名称，最多 60 字" }) name: string;
  @Field(() => MallItemKind, { description: "商品类型" }) kind: MallItemKind;
  @Field(() => Int, { description: "兑换单价（积分），1–1000000" }) pricePoints: number;
  @Field(() => Int, { description: "初始库存，0–1000000" }) stock: number;
  @Field(() => Int, { nullable: true, description: "每人限兑数量，1–1000；不填为不限" }) perPersonLimit?: number | null;
  @Field(() => String, { nullable: true, description: "商品描述，最多 2000 字" }) description?: string | null;
  @Field(() => String, { nullable: true, description: "图片地址（http/https）" }) imageUrl?: string | null;
  @Field(() => Date, { nullable: true, description: "上架时间（含）；不填为立即" }) saleFrom?: Date | null;
  @Field(() => Date, { nullable: true, description: "下架时间（不含）；不填为长期" }) saleUntil?: Date | null;
  @Field(() => Boolean, { nullable: true, description: "是否启用，默认 true" }) enabled?: boolean | null;
}

@InputType({ description: "修改积分商城商品：只改给出的字段（可选字段传 null 为清除）；库存请用 restockMallItem" })
export class MallItemUpdateInput {
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => MallItemKind, { nullable: true }) kind?: MallItemKind | null;
  @Field(() => Int, { nullable: true }) pricePoints?: number | null;
  @Field(() => Int, { nullable: true }) perPersonLimit?: number | null;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => String, { nullable: true }) imageUrl?: string | null;
  @Field(() => Date, { nullable: true }) saleFrom?: Date | null;
  @Field(() => Date, { nullable: true }) saleUntil?: Date | null;
  @Field(() => Boolean, { nullable: true }) enabled?: boolean | null;
}

@InputType({ description: "兑换订单筛选条件" })
export class RedemptionFilter {
  @Field(() => RedemptionStatus, { nullable: true }) status?: RedemptionStatus | null;
  @Field(() => MallItemKind, { nullable: true }) kind?: MallItemKind | null;
  @Field(() => ID, { nullable: true, description: "商品 ID" }) itemId?: string | null;
  @Field(() => LocalDateScalar, { nullable: true, description: "下单日期起（含）" }) from?: string | null;
  @Field(() => LocalDateScalar, { nullable: true, description: "下单日期止（不含）" }) to?: string | null;
  @Field(() => String, { nullable: true, description: "科普员昵称、姓名、手机号后 4 位或商品名称" }) search?: string | null;
}

@ObjectType({ description: "批量标记发放的结果" })
export class FulfilRedemptionsResult {
  @Field(() => Int, { description: "本次由待发放变为已发放的订单数（已发放或已取消的不计）" }) changed: number;
  @Field(() => [Redemption], { description: "所给订单的当前状态" }) redemptions: Redemption[];
}
