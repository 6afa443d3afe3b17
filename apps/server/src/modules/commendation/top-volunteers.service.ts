import { competitionRanks, DomainError, scopeCovers, scopeOf, type RegionScope } from "@kepu/domain";
import type { RequestContext } from "../../platform/request-context.js";
import { RegionService } from "../region/region.service.js";
import { assertLeaderboardSize, assertOneYearPeriod, type VolunteerMeasure } from "./commendation-rules.js";
import { EventIndividualLeaderboard, type IndividualFigures, type IndividualLeaderboard } from "./individual-leaderboard.js";

const VOLUNTEER_MEASURES: readonly VolunteerMeasure[] = ["POINTS", "SHARES", "ACTIVITY_POSTS"];
const MEASURE_FIELD: Record<VolunteerMeasure, keyof IndividualFigures> = {
  POINTS: "points",
  SHARES: "shares",
  ACTIVITY_POSTS: "activityPosts",
};

export interface TopVolunteerRow extends IndividualFigures {
  rank: number;
  volunteerId: number;
  /** the value of the measure ranked by */
  value: number;
}

/**
 * 先进个人排行: the volunteers of a region subtree with the most shares, activity posts or points in a
 * period of at most one year, at most 100 rows. Input and scope are checked before any SQL
 * (BAD_USER_INPUT / NOT_FOUND / FORBIDDEN as the KPI reads do).
 */
export class TopVolunteersService {
  constructor(
    private readonly rc: RequestContext,
    private readonly board: IndividualLeaderboard = new EventIndividualLeaderboard(rc.ds),
  ) {}

  private scope(): RegionScope {
    const scope = scopeOf(this.rc.actor);
    if (scope.kind === "none") throw new DomainError("FORBIDDEN", "仅管理员和省科协可以查看排行");
    return scope;
  }

  async top(
    regionCode: string,
    from: string,
    to: string,
    measure: VolunteerMeasure,
    first: number | null | undefined,
  ): Promise<TopVolunteerRow[]> {
    assertOneYearPeriod(from, to);
    const limit = assertLeaderboardSize(first);
    const scope = this.scope();
    const region = await new RegionService(this.rc).require(regionCode, "regionCode");
    if (!scopeCovers(scope, region.code)) throw new DomainError("FORBIDDEN", "无权查看该地区的数据（只能查看本人管辖地区及其下级）");
    // The province root needs no range: every region lies in it.
    const period = { regionCode: region.parentCode === null ? null : region.code, from, to };
    const top = await this.board.top(period, measure, limit);
    // The ranked measure is known already: only the other two are read.
    const others = VOLUNTEER_MEASURES.filter((m) => m !== measure);
    const figures = await this.board.figures(
      period,
      top.map((t) => t.volunteerId),
      others,
    );
    const ranks = competitionRanks(top.map((t) => t.value));
    return top.map((t, i) => ({
      ...figures.get(t.volunteerId)!,
      [MEASURE_FIELD[measure]]: t.value,
      rank: ranks[i],
      volunteerId: t.volunteerId,
      value: t.value,
    }));
  }
}
