import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../platform/request-context.js";
import { Region } from "../region/region.entity.js";
import { createRegionLoaders } from "../region/region.loaders.js";
import { Volunteer } from "../volunteer/volunteer.entity.js";
import { createVolunteerLoaders } from "../volunteer/volunteer.loaders.js";
import { VolunteerService } from "../volunteer/volunteer.service.js";
import { DemonstrationEligibility, DemonstrationRow, TopVolunteer } from "./dto/commendation.types.js";
import { volunteerName } from "./nominee.js";

const regionOf = (rc: RequestContext, code: string) => rc.loaders(createRegionLoaders).byCode.load(code);

@Resolver(() => TopVolunteer)
export class TopVolunteerFieldsResolver {
  @FieldResolver(() => String, { description: "姓名（无权查看该科普员时脱敏）" })
  async name(@Root() t: TopVolunteer, @Ctx() rc: RequestContext): Promise<string> {
    return volunteerName(rc.actor, await rc.loaders(createVolunteerLoaders).byId.load(t.volunteerId));
  }

  @FieldResolver(() => Volunteer, { nullable: true, description: "科普员（有权查看时；用于提名）" })
  volunteer(@Root() t: TopVolunteer, @Ctx() rc: RequestContext) {
    return new VolunteerService(rc).findVisible(t.volunteerId);
  }

  @FieldResolver(() => Region, { nullable: true, description: "所在地区（现在）" })
  async region(@Root() t: TopVolunteer, @Ctx() rc: RequestContext) {
    const v = await rc.loaders(createVolunteerLoaders).byId.load(t.volunteerId);
    return v?.regionCode ? regionOf(rc, v.regionCode) : null;
  }
}

@Resolver(() => DemonstrationRow)
export class DemonstrationRowFieldsResolver {
  @FieldResolver(() => Region, { description: "地区" })
  region(@Root() r: DemonstrationRow, @Ctx() rc: RequestContext) {
    return regionOf(rc, r.regionCode);
  }
}

@Resolver(() => DemonstrationEligibility)
export class DemonstrationEligibilityFieldsResolver {
  @FieldResolver(() => Region, { description: "查询的地区" })
  region(@Root() d: DemonstrationEligibility, @Ctx() rc: RequestContext) {
    return regionOf(rc, d.regionCode);
  }
}
