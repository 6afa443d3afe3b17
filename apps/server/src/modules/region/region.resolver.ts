import { Arg, Args, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { pageSize } from "@kepu/domain";
import { Public, Role } from "../../graphql/authorization.js";
import type { RequestContext } from "../../platform/request-context.js";
import { decodeCursor } from "../../platform/pagination/cursor.js";
import { RegionConnection } from "./dto/region.connection.js";
import { RegionsArgs } from "./dto/regions.args.js";
import { PageArgs } from "../../graphql/relay/page.args.js";
import { Region } from "./region.entity.js";
import { createRegionLoaders } from "./region.loaders.js";
import { RegionService } from "./region.service.js";

const service = (rc: RequestContext) => new RegionService(rc);
const loaders = (rc: RequestContext) => rc.loaders(createRegionLoaders);

@Resolver(() => Region)
export class RegionResolver {
  @Public()
  @Query(() => Region, { nullable: true, description: "按区划代码查询地区；代码不存在时返回 NOT_FOUND 错误" })
  region(@Arg("code") code: string, @Ctx() rc: RequestContext): Promise<Region> {
    return service(rc).require(code);
  }

  @Public()
  @Query(() => RegionConnection, { description: "地区列表：按上级、级别、所在辖区（within）过滤或按名称搜索" })
  regions(@Args() { parentCode, level, search, within, first, after }: RegionsArgs, @Ctx() rc: RequestContext) {
    return service(rc).list({ parentCode, level, search, within }, { first, after });
  }

  @Authorized(Role.PROVINCE)
  @Mutation(() => Region, { description: "设置地区常住人口（省科协）；上级合计随之更新" })
  setRegionPopulation(
    @Arg("code") code: string,
    @Arg("population", () => Int) population: number,
    @Ctx() rc: RequestContext,
  ): Promise<Region> {
    return service(rc).setPopulation(code, population);
  }

  @FieldResolver(() => Region, { nullable: true, description: "上级地区" })
  parent(@Root() region: Region, @Ctx() rc: RequestContext): Promise<Region | null> | null {
    return region.parentCode ? loaders(rc).byCode.load(region.parentCode) : null;
  }

  @FieldResolver(() => [Region], { description: "全部上级，从省开始，不含自身" })
  ancestors(@Root() region: Region, @Ctx() rc: RequestContext): Promise<Region[]> {
    return service(rc).ancestors(region);
  }

  @FieldResolver(() => String, { description: "完整名称路径，如“河南省 / 郑州市 / 金水区”" })
  path(@Root() region: Region, @Ctx() rc: RequestContext): Promise<string> {
    return service(rc).path(region);
  }

  @FieldResolver(() => RegionConnection, { description: "直接下级，按代码排序" })
  children(@Root() region: Region, @Args() { first, after }: PageArgs, @Ctx() rc: RequestContext) {
    // Validate here so a bad argument fails this field alone, not the whole loader batch.
    pageSize(first);
    if (after) decodeCursor(after, 1);
    return loaders(rc).children.load({ parent: region, first, after });
  }
}
