import type { GraphQLResolveInfo } from "graphql";
import { Args, Ctx, FieldResolver, Info, Resolver, Root } from "type-graphql";
import { assertSingleParent } from "../../graphql/relay/single-parent.js";
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
    description: "社团活动（调用者可见的），按开始时间由晚到早；仅在查询单个社团时可选",
  })
  activities(@Root() s: Society, @Args() page: PageArgs, @Ctx() rc: RequestContext, @Info() info: GraphQLResolveInfo) {
    // One list statement per society: on a single society only, never across a list (N+1).
    assertSingleParent(info, "activities");
    return new ActivityQueries(rc).list({ societyId: s.dbId }, "STARTS_AT_DESC", page);
  }
}
