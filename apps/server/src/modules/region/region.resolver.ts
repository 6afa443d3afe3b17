import { Arg, Args, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { Public, Role } from "../../auth/auth-checker.js";
import { pageSize } from "@kepu/domain";
import type { Context } from "../../graphql/context.js";
import { decodeCursor } from "../../graphql/relay/cursor.js";
import { RegionConnection } from "./dto/region.connection.js";
import { RegionsArgs } from "./dto/regions.args.js";
import { PageArgs } from "../../graphql/relay/page.args.js";
import { Region } from "./region.entity.js";
import { RegionService } from "./region.service.js";

const service = (ctx: Context) => new RegionService(ctx.ds, ctx.loaders.region);

@Resolver(() => Region)
export class RegionResolver {
  @Public()
  @Query(() => Region, { nullable: true, description: "按区划代码查询地区；代码不存在时返回 NOT_FOUND 错误" })
  region(@Arg("code") code: string, @Ctx() ctx: Context): Promise<Region> {
    return service(ctx).require(code);
  }

  @Public()
  @Query(() => RegionConnection, { description: "地区列表：按上级、级别过滤或按名称搜索" })
  regions(@Args() { parentCode, level, search, first, after }: RegionsArgs, @Ctx() ctx: Context) {
    return service(ctx).list({ parentCode, level, search }, { first, after });
  }

  @Authorized(Role.PROVINCE)
  @Mutation(() => Region, { description: "设置地区常住人口（省科协）；上级合计随之更新" })
  setRegionPopulation(@Arg("code") code: string, @Arg("population", () => Int) population: number, @Ctx() ctx: Context): Promise<Region> {
    return service(ctx).setPopulation(code, population, ctx);
  }

  @FieldResolver(() => Region, { nullable: true, description: "上级地区" })
  parent(@Root() region: Region, @Ctx() ctx: Context): Promise<Region | null> | null {
    return region.parentCode ? ctx.loaders.region.byCode.load(region.parentCode) : null;
  }

  @FieldResolver(() => [Region], { description: "全部上级，从省开始，不含自身" })
  ancestors(@Root() region: Region, @Ctx() ctx: Context): Promise<Region[]> {
    return service(ctx).ancestors(region);
  }

  @FieldResolver(() => String, { description: "完整名称路径，如“河南省 / 郑州市 / 金水区”" })
  path(@Root() region: Region, @Ctx() ctx: Context): Promise<string> {
    return service(ctx).path(region);
  }

  @FieldResolver(() => RegionConnection, { description: "直接下级，按代码排序" })
  children(@Root() region: Region, @Args() { first, after }: PageArgs, @Ctx() ctx: Context) {
    // Validate here so a bad argument fails this field alone, not the whole loader batch.
    pageSize(first);
    if (after) decodeCursor(after, 1);
    return ctx.loaders.region.children.load({ parent: region, first, after });
  }
}
