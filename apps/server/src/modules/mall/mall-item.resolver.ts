import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { isOnSale } from "@kepu/domain";
import { Role } from "../../graphql/authorization.js";
import { intKeyOfGlobalId } from "../../graphql/relay/global-id.js";
import type { RequestContext } from "../../platform/request-context.js";
import { MallItemInput, MallItemUpdateInput } from "./dto/mall.inputs.js";
import { MALL_ITEM_TYPE, MallItem } from "./mall-item.entity.js";
import { MallItemService } from "./mall-item.service.js";
import { createMallLoaders } from "./mall.loaders.js";

const service = (rc: RequestContext) => new MallItemService(rc);
const itemKey = (id: string) => intKeyOfGlobalId(id, MALL_ITEM_TYPE);

@Resolver(() => MallItem)
export class MallItemResolver {
  @Authorized()
  @Query(() => [MallItem], { description: "积分商城商品：科普员看到正在兑换期内的已上架商品；管理员传 all: true 看到全部，最新在前" })
  mallItems(
    @Arg("all", () => Boolean, { nullable: true, defaultValue: false, description: "全部商品（含未上架、不在兑换期内的）：仅管理员" })
    all: boolean | null,
    @Ctx() rc: RequestContext,
  ): Promise<MallItem[]> {
    return service(rc).list(all === true);
  }

  @Authorized(Role.PROVINCE)
  @Mutation(() => MallItem, { description: "新建积分商城商品（省科协）" })
  createMallItem(@Arg("input") input: MallItemInput, @Ctx() rc: RequestContext): Promise<MallItem> {
    return service(rc).create(input);
  }

  @Authorized(Role.PROVINCE)
  @Mutation(() => MallItem, { description: "修改积分商城商品，含上架/下架（省科协）；库存请用 restockMallItem" })
  updateMallItem(@Arg("id", () => ID) id: string, @Arg("input") input: MallItemUpdateInput, @Ctx() rc: RequestContext): Promise<MallItem> {
    return service(rc).update(itemKey(id), input);
  }

  @Authorized(Role.PROVINCE)
  @Mutation(() => MallItem, { description: "增减库存（省科协）：delta 为正补货、为负扣减（不低于 0）；同一 idempotencyKey 只生效一次" })
  restockMallItem(
    @Arg("id", () => ID) id: string,
    @Arg("delta", () => Int) delta: number,
    @Arg("idempotencyKey") idempotencyKey: string,
    @Ctx() rc: RequestContext,
  ): Promise<MallItem> {
    return service(rc).restock(itemKey(id), delta, idempotencyKey);
  }

  @FieldResolver(() => Boolean, { description: "现在是否可兑换（已上架且在兑换期内；库存另看 stock）" })
  onSale(@Root() item: MallItem, @Ctx() rc: RequestContext): boolean {
    return isOnSale(item, service(rc).now());
  }

  @FieldResolver(() => Int, { description: "当前登录者已兑换（未取消）的数量，用于每人限兑" })
  myQuantity(@Root() item: MallItem, @Ctx() rc: RequestContext): Promise<number> | number {
    const actor = rc.actor;
    if (actor.kind !== "volunteer") return 0;
    return rc.loaders(createMallLoaders).holding.load(`${actor.volunteerId}:${item.dbId}`);
  }
}
