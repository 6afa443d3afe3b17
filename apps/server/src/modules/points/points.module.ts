import type { FeatureModule } from "../../app/feature-module.js";
import { parseIntKey } from "../../graphql/relay/global-id.js";
import { CreatePoints1764660000000 } from "./1764660000000-create-points.js";
import { checkInPointsConsumer, pointsEarningConsumer } from "./points-earning.js";
import { POINTS_ENTRY_TYPE, PointsAccount, PointsEntry } from "./points-entry.entity.js";
import { CheckIn, CheckInStreak, PointsDaily, PointsRuleVersion } from "./points-state.entity.js";
import { PointsVolunteerResolver } from "./points-volunteer.resolver.js";
import { PointsLeaderboardResolver, PointsResolver, PointsRulesVersionResolver } from "./points.resolver.js";
import { pointsAdjustmentConsumer, PointsService } from "./points.service.js";

/** Points (issue 11): check-in, the ledger, earning rules and their versions, the leaderboard. The mall spends through points-ledger.ts. */
export const pointsModule: FeatureModule = {
  name: "points",
  resolvers: [PointsResolver, PointsVolunteerResolver, PointsLeaderboardResolver, PointsRulesVersionResolver],
  entities: [PointsEntry, PointsAccount, PointsDaily, CheckIn, CheckInStreak, PointsRuleVersion],
  migrations: [CreatePoints1764660000000],
  consumers: [checkInPointsConsumer, pointsAdjustmentConsumer, pointsEarningConsumer],
  nodes: {
    [POINTS_ENTRY_TYPE]: async (rc, key) => {
      const id = parseIntKey(key);
      return id === null ? null : new PointsService(rc).findVisibleEntry(id);
    },
  },
};
