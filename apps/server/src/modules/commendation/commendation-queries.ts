import { assertRegionCode, isProvince, isWithin, notFound, scopeOf, type Actor, type RegionScope } from "@kepu/domain";
import { scopeCondition } from "../../db/region-scope.js";
import type { RequestContext } from "../../platform/request-context.js";
import { cityOf, assertMayNominate, type NominationStatus, type NomineeKind } from "./commendation-rules.js";
import { type CommendationCity, CommendationNomination, type CommendationRound } from "./commendation.entity.js";
import { createCommendationLoaders } from "./commendation.loaders.js";
import { CommendationService } from "./commendation.service.js";

export interface NominationFilter {
  cityCode?: string | null;
  kind?: NomineeKind | null;
  status?: NominationStatus | null;
}

/** Whether the actor may nominate for (and withdraw the nominations of) the city. */
export function mayNominate(actor: Actor, cityCode: string): boolean {
  try {
    assertMayNominate(actor, cityCode);
    return true;
  } catch {
    return false;
  }
}

/** A city row is shown to the province, and to managers inside that city (their own city's places). */
function seesCity(scope: RegionScope, cityCode: string): boolean {
  return scope.kind === "all" || (scope.kind === "subtree" && (isWithin(scope.code, cityCode) || isWithin(cityCode, scope.code)));
}

/**
 * Reads of a round for the console: its cities' places and its nominations, both cut to the caller's
 * scope (the province sees all; a manager the nominations inside their region and their city's
 * places), and the published honour roll, which every staff member may read.
 */
export class CommendationQueries {
  constructor(private readonly rc: RequestContext) {}

  private get scope(): RegionScope {
    return scopeOf(this.rc.actor);
  }

  async cities(round: CommendationRound): Promise<CommendationCity[]> {
    const rows = await this.rc.loaders(createCommendationLoaders).citiesOfRound.load(round.dbId);
    const scope = this.scope;
    return rows.filter((c) => seesCity(scope, c.cityCode));
  }

  /** The caller's own city (a city manager's; a county or township manager's containing city), else null. */
  async myCity(round: CommendationRound): Promise<CommendationCity | null> {
    const scope = this.scope;
    if (scope.kind !== "subtree") return null;
    const city = cityOf(scope.code);
    return (await this.cities(round)).find((c) => c.cityCode === city) ?? null;
  }

  /** The nominations in the caller's scope, by city, kind and rank (at most quota × cities active, plus withdrawn and rejected ones). */
  async nominations(round: CommendationRound, filter: NominationFilter): Promise<CommendationNomination[]> {
    const qb = this.rc.ds.getRepository(CommendationNomination).createQueryBuilder("n").where("n.round_id = :round", { round: round.dbId });
    if (filter.cityCode) qb.andWhere("n.city_code = :city", { city: assertRegionCode(filter.cityCode, "cityCode") });
    if (filter.kind) qb.andWhere("n.kind = :kind", { kind: filter.kind });
    if (filter.status) qb.andWhere("n.status = :status", { status: filter.status });
    const scope = this.scope;
    if (scope.kind !== "all") {
      const where = scopeCondition("n.region_code", scope);
      qb.andWhere(where.sql, where.params);
    }
    const rows = await qb
      .orderBy("n.city_code", "ASC")
      .addOrderBy("n.kind", "ASC")
      .addOrderBy("n.rank_at_nomination IS NULL", "ASC")
      .addOrderBy("n.rank_at_nomination", "ASC")
      .addOrderBy("n.id", "ASC")
      .getMany();
    const loaders = this.rc.loaders(createCommendationLoaders);
    for (const r of rows) loaders.nominationById.prime(r.dbId, r);
    return rows;
  }

  /**
   * 表彰名单: the confirmed nominations of a published round, whole province (the roll is published;
   * volunteers' names are masked for viewers outside their region, see nominee.ts), optionally one city.
   */
  async honourRoll(
    year: number,
    cityCode: string | null | undefined,
  ): Promise<{ round: CommendationRound; entries: CommendationNomination[] }> {
    const round = await new CommendationService(this.rc).requireRound(year);
    if (round.status !== "PUBLISHED") throw notFound(`${year} 年度表彰名单尚未公布`);
    const qb = this.rc.ds
      .getRepository(CommendationNomination)
      .createQueryBuilder("n")
      .where("n.round_id = :round AND n.status = 'CONFIRMED'", { round: round.dbId });
    if (cityCode) qb.andWhere("n.city_code = :city", { city: assertRegionCode(cityCode, "cityCode") });
    const entries = await qb
      .orderBy("n.city_code", "ASC")
      .addOrderBy("n.kind", "ASC")
      .addOrderBy("n.rank_at_nomination IS NULL", "ASC")
      .addOrderBy("n.rank_at_nomination", "ASC")
      .addOrderBy("n.id", "ASC")
      .getMany();
    return { round, entries };
  }

  canDecide(n: CommendationNomination, round: CommendationRound): boolean {
    return n.status === "PENDING" && round.status !== "PUBLISHED" && (isProvince(this.rc.actor) || this.rc.actor.kind === "system");
  }

  canWithdraw(n: CommendationNomination, round: CommendationRound): boolean {
    return n.status === "PENDING" && round.status === "OPEN" && mayNominate(this.rc.actor, n.cityCode);
  }
}
