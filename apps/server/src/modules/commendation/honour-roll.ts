import type { RequestContext } from "../../platform/request-context.js";
import { createRegionLoaders } from "../region/region.loaders.js";
import { createVolunteerLoaders } from "../volunteer/volunteer.loaders.js";
import type { CommendationNomination, CommendationRound } from "./commendation.entity.js";
import type { HonourRoll, HonourRollEntry, NominationFigures } from "./dto/commendation.types.js";
import { parseSnapshot, volunteerName } from "./nominee.js";

/** A nomination's snapshot as the GraphQL figures (absent figures are null). */
export function figuresOf(n: Pick<CommendationNomination, "snapshot">): NominationFigures {
  const s = parseSnapshot(n.snapshot);
  return {
    score: s.score ?? null,
    peers: s.peers ?? null,
    registrations: s.registrations ?? null,
    totalVolunteers: s.totalVolunteers ?? null,
    population: s.population ?? null,
    populationSource: s.populationSource ?? null,
    registrationRatio: s.registrationRatio ?? null,
    activeVolunteers: s.activeVolunteers ?? null,
    shares: s.shares ?? null,
    activityPosts: s.activityPosts ?? null,
    points: s.points ?? null,
  };
}

/** The name a nominee is shown under: the region's name, or the volunteer's (masked outside the viewer's region). */
export async function nomineeNames(rc: RequestContext, rows: readonly CommendationNomination[]): Promise<string[]> {
  const regions = rc.loaders(createRegionLoaders).byCode;
  const volunteers = rc.loaders(createVolunteerLoaders).byId;
  return Promise.all(
    rows.map(async (n) =>
      n.kind === "REGION" || n.volunteerId === null
        ? ((await regions.load(n.regionCode))?.name ?? n.regionCode)
        : volunteerName(rc.actor, await volunteers.load(n.volunteerId)),
    ),
  );
}

/** The published roll's entries: name and region only, no contact or ID data (one batched load each for regions and volunteers). */
export async function honourRollEntries(rc: RequestContext, rows: readonly CommendationNomination[]): Promise<HonourRollEntry[]> {
  const names = await nomineeNames(rc, rows);
  return rows.map((n, i) => ({
    id: n.id,
    kind: n.kind,
    cityCode: n.cityCode,
    regionCode: n.regionCode,
    name: names[i],
    rank: n.rank,
    figures: figuresOf(n),
    reason: n.reason,
    confirmedAt: n.decidedAt,
  }));
}

export async function honourRollOf(
  rc: RequestContext,
  { round, entries }: { round: CommendationRound; entries: CommendationNomination[] },
): Promise<HonourRoll> {
  return { year: round.year, publishedAt: round.publishedAt ?? round.updatedAt, round, entries: await honourRollEntries(rc, entries) };
}
