import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { Role } from "../../graphql/authorization.js";
import { intKeyOfGlobalId } from "../../graphql/relay/global-id.js";
import type { RequestContext } from "../../platform/request-context.js";
import { Region } from "../region/region.entity.js";
import { createRegionLoaders } from "../region/region.loaders.js";
import { Volunteer } from "../volunteer/volunteer.entity.js";
import { createVolunteerLoaders } from "../volunteer/volunteer.loaders.js";
import { VolunteerService } from "../volunteer/volunteer.service.js";
import { BULLETIN_TYPE, Bulletin } from "./bulletin.entity.js";
import { BulletinService } from "./bulletin.service.js";
import { BulletinConnection, BulletinRow, BulletinsArgs, GenerateBulletinInput } from "./dto/bulletin.types.js";

const service = (rc: RequestContext) => new BulletinService(rc);
const regionOf = (rc: RequestContext, code: string) => rc.loaders(createRegionLoaders).byCode.load(code);

@Resolver(() => Bulletin)
export class BulletinResolver {
  @Authorized(Role.MANAGER)
  @Query(() => BulletinConnection, { description: "通报列表：管辖地区及其下级的通报，期间晚的在前" })
  bulletins(@Args() { first, after, ...filter }: BulletinsArgs, @Ctx() rc: RequestContext) {
    return service(rc).list(filter, { first, after });
  }

  @Authorized(Role.MANAGER)
  @Query(() => Bulletin, { nullable: true, description: "按 ID 取通报；不存在或不在管辖范围内时为 null" })
  bulletin(@Arg("id", () => ID) id: string, @Ctx() rc: RequestContext): Promise<Bulletin | null> {
    return service(rc).findVisible(intKeyOfGlobalId(id, BULLETIN_TYPE));
  }

  @Authorized(Role.MANAGER)
  @Mutation(() => Bulletin, {
    description:
      "生成通报：某地区某期间（已结束）各直接下级的排名表，生成时固定；下载 /exports/bulletin.xlsx?id= 或 .csv。同一 clientRequestId 重试返回同一份",
  })
  generateBulletin(@Arg("input") input: GenerateBulletinInput, @Ctx() rc: RequestContext): Promise<Bulletin> {
    return service(rc).generate(input);
  }

  @FieldResolver(() => Region, { description: "地区" })
  region(@Root() b: Bulletin, @Ctx() rc: RequestContext) {
    return regionOf(rc, b.regionCode);
  }

  @FieldResolver(() => [BulletinRow], { description: "排名表：各直接下级，按名次" })
  async rows(@Root() b: Bulletin, @Ctx() rc: RequestContext): Promise<BulletinRow[]> {
    return (await service(rc).snapshot(b)).rows;
  }

  @FieldResolver(() => BulletinRow, { description: "合计：该地区本身（含全部下级）的指标" })
  async total(@Root() b: Bulletin, @Ctx() rc: RequestContext): Promise<BulletinRow> {
    return (await service(rc).snapshot(b)).total;
  }

  @FieldResolver(() => Volunteer, { nullable: true, description: "生成人（自动生成或调用者无权查看该人员时为 null）" })
  createdBy(@Root() b: Bulletin, @Ctx() rc: RequestContext) {
    return b.createdById === null ? null : new VolunteerService(rc).findVisible(b.createdById);
  }

  @FieldResolver(() => String, { nullable: true, description: "生成人昵称；每月自动生成的为 null" })
  async createdByName(@Root() b: Bulletin, @Ctx() rc: RequestContext): Promise<string | null> {
    if (b.createdById === null) return null;
    const v = await rc.loaders(createVolunteerLoaders).byId.load(b.createdById);
    return v?.nickname ?? "管理员";
  }
}

@Resolver(() => BulletinRow)
export class BulletinRowResolver {
  @FieldResolver(() => Region, { nullable: true, description: "地区" })
  region(@Root() r: BulletinRow, @Ctx() rc: RequestContext) {
    return regionOf(rc, r.regionCode);
  }
}
