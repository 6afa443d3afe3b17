import { Args, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { PageArgs } from "../../graphql/relay/page.args.js";
import type { RequestContext } from "../../platform/request-context.js";
import { ActivityQueries } from "../activity/activity-queries.js";
import { ActivityConnection } from "../activity/dto/activity.inputs.js";
import { Society } from "./society.entity.js";

/**
 * `Society.activities`, served by the activity module's list (its visibility rules, filtered to the
 * society). One list statement per society: select it on one society (the detail), not across a list.
 */
@Resolver(() => Society)
export class SocietyActivitiesResolver {
  @FieldResolver(() => ActivityConnection, {
    description: "社团活动（调用者可见的），按开始时间由晚到早；每个社团一次查询，宜在单个社团上选取",
  })
  activities(@Root() s: Society, @Args() page: PageArgs, @Ctx() rc: RequestContext) {
    return new ActivityQueries(rc).list({ societyId: s.dbId }, "STARTS_AT_DESC", page);
  }
}
