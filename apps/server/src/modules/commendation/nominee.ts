import { canSeeVolunteer, maskPhone, type Actor, type PopulationSource } from "@kepu/domain";
import type { RequestContext } from "../../platform/request-context.js";
import { KpiService } from "../kpi/kpi.service.js";
import type { Volunteer } from "../volunteer/volunteer.entity.js";
import { maskPersonName } from "./commendation-rules.js";
import type { IndividualLeaderboard } from "./individual-leaderboard.js";

/** The figures a nomination keeps from the moment it was made (JSON in `commendation_nomination.snapshot`). */
export interface NominationSnapshot {
  /** regions: the composite score (0–100) among its siblings; volunteers: points earned in the period */
  score: number | null;
  /** regions: how many siblings were ranked; volunteers: null */
  peers: number | null;
  registrations?: number;
  totalVolunteers?: number;
  population?: number | null;
  populationSource?: PopulationSource | null;
  registrationRatio?: number | null;
  activeVolunteers?: number;
  shares?: number;
  activityPosts?: number;
  points?: number;
}

export const parseSnapshot = (json: string): NominationSnapshot => {
  try {
    return JSON.parse(json) as NominationSnapshot;
  } catch {
    return { score: null, peers: null };
  }
};

/**
 * A region's place in its parent's COMPOSITE league table for the round's period (KpiService, under
 * the nominating caller's scope): rank, score, and the figures behind them.
 */
export async function regionSnapshot(
  rc: RequestContext,
  regionCode: string,
  parentCode: string,
  from: string,
  to: string,
): Promise<{ rank: number | null; snapshot: NominationSnapshot }> {
  const table = await new KpiService(rc).kpiRanking(parentCode, from, to, "COMPOSITE");
  const row = table.find((r) => r.regionCode === regionCode);
  if (!row) return { rank: null, snapshot: { score: null, peers: table.length } };
  const k = row.kpis;
  return {
    rank: row.rank,
    snapshot: {
      score: row.value,
      peers: table.length,
      registrations: k.registrations,
      totalVolunteers: k.totalVolunteers,
      population: k.population,
      populationSource: k.populationSource,
      registrationRatio: k.registrationRatio,
      activeVolunteers: k.activeVolunteers,
      shares: k.shares,
      activityPosts: k.activityPosts,
    },
  };
}

/** A volunteer's figures in their city for the period, and their rank there by points (null without points). */
export async function volunteerSnapshot(
  board: IndividualLeaderboard,
  volunteerId: number,
  cityCode: string,
  from: string,
  to: string,
): Promise<{ rank: number | null; snapshot: NominationSnapshot }> {
  const period = { regionCode: cityCode, from, to };
  const figures = (await board.figures(period, [volunteerId])).get(volunteerId) ?? { shares: 0, activityPosts: 0, points: 0 };
  const rank = figures.points > 0 ? 1 + (await board.countAbove(period, "POINTS", figures.points)) : null;
  return { rank, snapshot: { score: figures.points, peers: null, ...figures } };
}

/**
 * How a volunteer is named outside their own record (rankings, nominations, the honour roll): the
 * console's rule (real name, else nickname, else the masked phone) for viewers who may see the
 * volunteer (canSeeVolunteer); for everyone else only a masked name (`张*`) — never a phone or ID.
 */
export function volunteerName(actor: Actor, v: Volunteer | null): string {
  if (!v) return "（已注销）";
  const visible = canSeeVolunteer(actor, { volunteerId: String(v.dbId), regionCode: v.regionCode });
  if (visible) return v.realName?.trim() || v.nickname?.trim() || maskPhone(v.phone);
  return maskPersonName(v.realName?.trim() || v.nickname?.trim() || "科普员");
}
