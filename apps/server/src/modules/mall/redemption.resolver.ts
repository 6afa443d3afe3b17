import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { badInput, canSeeRedemptionPhone, MALL_LIMITS, RedemptionStatus } from "@kepu/domain";
import { Role } from "../../graphql/authorization.js";
import { intKeyOfGlobalId } from "../../graphql/relay/global-id.js";
import { PageArgs } from "../../graphql/relay/page.args.js";
import type { RequestContext } from "../../platform/request-context.js";
import { Volunteer } from "../volunteer/volunteer.entity.js";
import { VolunteerService } from "../volunteer/volunteer.service.js";
import { FulfilRedemptionsResult, RedemptionConnection, RedemptionFilter } from "./dto/mall.inputs.js";
import { MALL_ITEM_TYPE, MallItem } from "./mall-item.entity.js";
import { createMallLoaders } from "./mall.loaders.js";
import { Redemption, REDEMPTION_TYPE } from "./redemption.entity.js";
import { RedemptionService } from "./redemption.service.js";

const service = (rc: RequestContext) => new RedemptionService(rc);
const redemptionKey = (id: string, field = "id") => intKeyOfGlobalId(id, REDEMPTION_TYPE, field);

@Resolver(() => Redemption)
export class RedemptionResolver {
  @Authorized()
  @Mutation(() => Redemption, {
    description:
      "兑换商品：在一个事务中扣积分、减库存（库存不足 OUT_OF_STOCK，积分不足 INSUFFICIENT_POINTS）；同一 idempotencyKey 重试返回同一订单",
  })
  redeem(
    @Arg("itemId", () => ID) itemId: string,
    @Arg("quantity", () => Int, { nullable: true, defaultValue: 1, description: "数量，1–100（null 同默认值 1）" }) quantity: number | null,
    @Arg("idempotencyKey", { description: "客户端生成的幂等键（如 UUID），1–64 位字母、数字或 . _ : -" }) idempotencyKey: string,
    @Ctx() rc: RequestContext,
  ): Promise<Redemption> {
    return service(rc).redeem(intKeyOfGlobalId(itemId, MALL_ITEM_TYPE, "itemId"), quantity ?? 1, idempotencyKey);
  }

  @Authorized()
  @Mutation(() => Redemption, { description: "取消待发放的订单并退还积分、恢复库存：省科协（须填写原因）或下单本人" })
  cancelRedemption(
    @Arg("id", () => ID) id: string,
    @Arg("reason", () => String, { nullable: true, description: `取消原因，最多 ${MALL_LIMITS.cancelReasonMax} 字` }) reason: string | null,
    @Ctx() rc: RequestContext,
  ): Promise<Redemption> {
    return service(rc).cancel(redemptionKey(id), reason);
  }

  @Authorized(Role.PROVINCE)
  @Mutation(() => FulfilRedemptionsResult, { description: `批量标记订单已发放（省科协；幂等，最多 ${MALL_LIMITS.bulkMax} 个）` })
  fulfilRedemptions(@Arg("ids", () => [ID]) ids: string[], @Ctx() rc: RequestContext): Promise<FulfilRedemptionsResult> {
    if (ids.length > MALL_LIMITS.bulkMax) throw badInput(`一次最多标记 ${MALL_LIMITS.bulkMax} 个订单`, "ids");
    return service(rc).fulfil(ids.map((id) => redemptionKey(id, "ids")));
  }

  @Authorized(Role.PROVINCE)
  @Query(() => RedemptionConnection, { description: "兑换订单（省科协），最新在前" })
  redemptions(
    @Arg("filter", () => RedemptionFilter, { nullable: true }) filter: RedemptionFilter | null,
    @Args() page: PageArgs,
    @Ctx() rc: RequestContext,
  ) {
    const f = filter ?? {};
    return service(rc).list({ ...f, itemId: f.itemId ? intKeyOfGlobalId(f.itemId, MALL_ITEM_TYPE, "itemId") : null }, page);
  }

  @Authorized()
  @Query(() => RedemptionConnection, { description: "我的兑换订单，最新在前" })
  myRedemptions(
    @Arg("status", () => RedemptionStatus, { nullable: true }) status: RedemptionStatus | null,
    @Args() page: PageArgs,
    @Ctx() rc: RequestContext,
  ) {
    return service(rc).mine(status, page);
  }

  @FieldResolver(() => MallItem, { nullable: true, description: "商品（当前信息；下单时的名称与单价见 itemName、unitPoints）" })
  item(@Root() r: Redemption, @Ctx() rc: RequestContext) {
    return rc.loaders(createMallLoaders).itemById.load(r.itemId);
  }

  @FieldResolver(() => Volunteer, { nullable: true, description: "下单的科普员" })
  volunteer(@Root() r: Redemption, @Ctx() rc: RequestContext) {
    return new VolunteerService(rc).findVisible(r.volunteerId);
  }

  @FieldResolver(() => String, { nullable: true, description: "充值手机号（完整）：仅省科协可见，其他人为 null；仅话费订单" })
  phone(@Root() r: Redemption, @Ctx() rc: RequestContext): string | null {
    return r.phoneSealed && canSeeRedemptionPhone(rc.actor) ? rc.app.pii.decrypt(r.phoneSealed) : null;
  }
}
