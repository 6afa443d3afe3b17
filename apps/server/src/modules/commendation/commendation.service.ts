import {
  badInput,
  cleanMultilineText,
  cleanText,
  conflict,
  DomainError,
  isProvince,
  isWithin,
  notFound,
  personOf,
  scopeCovers,
  scopeOf,
} from "@kepu/domain";
import { dialectOf } from "../../db/data-source.js";
import { isUniqueViolation } from "../../db/unique-violation.js";
import type { RequestContext } from "../../platform/request-context.js";
import type { Tx } from "../../platform/unit-of-work.js";
import { Region } from "../region/region.entity.js";
import { RegionService } from "../region/region.service.js";
import { createVolunteerLoaders } from "../volunteer/volunteer.loaders.js";
import {
  assertMayNominate,
  assertNomineeRegionLevel,
  assertQuota,
  assertYear,
  cityOf,
  DEFAULT_INDIVIDUAL_QUOTA,
  DEFAULT_REGION_QUOTA,
  holdsQuota,
  MAX_INDIVIDUAL_QUOTA,
  MAX_REGION_QUOTA,
  NOTE_MAX,
  REASON_MAX,
  roundPeriod,
  type NomineeKind,
} from "./commendation-rules.js";
import { CommendationCity, CommendationNomination, CommendationRound } from "./commendation.entity.js";
import {
  commendationClosed,
  commendationDecided,
  commendationNominated,
  commendationOpened,
  commendationPublished,
  commendationWithdrawn,
} from "./commendation.events.js";
import { createCommendationLoaders } from "./commendation.loaders.js";
import { EventIndividualLeaderboard } from "./individual-leaderboard.js";
import { regionSnapshot, volunteerSnapshot } from "./nominee.js";

export interface OpenRoundInput {
  year: number;
  from?: string | null;
  to?: string | null;
  regionQuota?: number | null;
  individualQuota?: number | null;
  note?: string | null;
}

export interface NominateInput {
  year: number;
  regionCode?: string | null;
  /** database id of the volunteer */
  volunteerId?: number | null;
  reason?: string | null;
}

/** Thrown inside a write to roll it back when a concurrent request (often the same one, retried) got there first. */
class ChangedMeanwhile extends Error {}

const PUBLISHED_MESSAGE = "本年度表彰已公布，名单不能再修改";
const ONLY_PROVINCE = "只有省科协可以执行此操作";

/**
 * 年度表彰 (docs/kpis.md, "Commendation"): the province opens a round per year with per-city quotas;
 * each city nominates regions and volunteers up to its quota; the province confirms or rejects each
 * nomination and publishes the honour roll, after which nothing changes.
 *
 * Concurrency: every write takes the round row first (a shared lock on MariaDB; SQLite writes queue),
 * so closing and publishing (which update the round row) wait for nominations in flight and the ones
 * after them see the new status. Quota places move only by conditional UPDATEs of the city row
 * (`used < quota`) in the nomination's transaction: the row lock orders concurrent nominations of a
 * city and a losing one changes nothing.
 */
export class CommendationService {
  constructor(private readonly rc: RequestContext) {}

  private get loaders() {
    return this.rc.loaders(createCommendationLoaders);
  }

  private get rounds() {
    return this.rc.ds.getRepository(CommendationRound);
  }

  private get nominations() {
    return this.rc.ds.getRepository(CommendationNomination);
  }

  private actorId(): number | null {
    const person = personOf(this.rc.actor);
    return person ? Number(person.volunteerId) : null;
  }

  private requireProvince(): void {
    if (!isProvince(this.rc.actor) && this.rc.actor.kind !== "system") throw new DomainError("FORBIDDEN", ONLY_PROVINCE);
  }

  async roundOfYear(year: number): Promise<CommendationRound | null> {
    return this.rounds.findOneBy({ year: assertYear(year) });
  }

  async requireRound(year: number): Promise<CommendationRound> {
    const round = await this.roundOfYear(year);
    if (!round) throw notFound(`${year} 年度表彰尚未开启`);
    return round;
  }

  listRounds(): Promise<CommendationRound[]> {
    return this.rounds.find({ order: { year: "DESC" } });
  }

  /** The round row, locked for the rest of the transaction against status changes (see the class comment). */
  private async lockRound(tx: Tx, roundId: number): Promise<CommendationRound> {
    const qb = tx.em.getRepository(CommendationRound).createQueryBuilder("r").where("r.id = :id", { id: roundId });
    if (dialectOf(tx.em.connection) === "mariadb") qb.setLock("pessimistic_read");
    return qb.getOneOrFail();
  }

  /** Province: opens the year's round for every city-level unit. A retry with the same settings returns the round. */
  async open(input: OpenRoundInput): Promise<CommendationRound> {
    this.requireProvince();
    const year = assertYear(input.year);
    const { from, to } = roundPeriod(year, input.from, input.to);
    const regionQuota = assertQuota(input.regionQuota ?? DEFAULT_REGION_QUOTA, MAX_REGION_QUOTA, "regionQuota", "先进单位名额");
    const individualQuota = assertQuota(
      input.individualQuota ?? DEFAULT_INDIVIDUAL_QUOTA,
      MAX_INDIVIDUAL_QUOTA,
      "individualQuota",
      "先进个人名额",
    );
    const note = cleanText(input.note, "note", "说明", NOTE_MAX);
    const same = (r: CommendationRound) =>
      r.from === from && r.to === to && r.regionQuota === regionQuota && r.individualQuota === individualQuota;
    const existing = await this.rounds.findOneBy({ year });
    if (existing) {
      if (same(existing)) return existing;
      throw conflict(`${year} 年度表彰已开启（每年一轮），不能以不同设置再次开启`, "year");
    }
    const cities = await this.rc.ds
      .getRepository(Region)
      .find({ where: { level: "CITY" }, select: { code: true }, order: { code: "ASC" } });
    try {
      return await this.rc.write(async (tx) => {
        const round = Object.assign(new CommendationRound(), {
          year,
          status: "OPEN" as const,
          from,
          to,
          regionQuota,
          individualQuota,
          note,
          openedById: this.actorId(),
          openedAt: tx.now,
          closedAt: null,
          publishedAt: null,
          updatedAt: tx.now,
        });
        await tx.em.getRepository(CommendationRound).insert(round);
        if (cities.length) {
          await tx.em.getRepository(CommendationCity).insert(
            cities.map((c) => ({
              roundId: round.dbId,
              cityCode: c.code,
              regionQuota,
              individualQuota,
              regionsUsed: 0,
              individualsUsed: 0,
              updatedAt: tx.now,
            })),
          );
        }
        await tx.emit(commendationOpened(round));
        return round;
      });
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
      const winner = await this.rounds.findOneByOrFail({ year });
      if (same(winner)) return winner;
      throw conflict(`${year} 年度表彰已开启（每年一轮），不能以不同设置再次开启`, "year");
    }
  }

  /** Province: ends nominations (decisions go on). A repeat answers with the closed round. */
  async close(year: number): Promise<CommendationRound> {
    this.requireProvince();
    const round = await this.requireRound(year);
    if (round.status === "CLOSED") return round;
    if (round.status === "PUBLISHED") throw conflict(PUBLISHED_MESSAGE);
    const closed = await this.rc.write(async (tx) => {
      const res = await tx.em
        .createQueryBuilder()
        .update(CommendationRound)
        .set({ status: "CLOSED", closedAt: tx.now, updatedAt: tx.now })
        .where("id = :id AND status = 'OPEN'", { id: round.dbId })
        .execute();
      if (!res.affected) return false;
      await tx.emit(commendationClosed(round));
      return true;
    });
    const fresh = await this.rounds.findOneByOrFail({ dbId: round.dbId });
    if (!closed && fresh.status === "PUBLISHED") throw conflict(PUBLISHED_MESSAGE);
    return fresh;
  }

  /**
   * Province: publishes the honour roll (the CONFIRMED nominations). Every nomination must be decided
   * first; afterwards the round and its nominations never change. A repeat answers with the round.
   */
  async publish(year: number): Promise<CommendationRound> {
    this.requireProvince();
    const round = await this.requireRound(year);
    if (round.status === "PUBLISHED") return round;
    await this.rc.write(async (tx) => {
      // The status UPDATE first: it waits for nominations and decisions holding the round row, and
      // the count below then sees all of them.
      const res = await tx.em
        .createQueryBuilder()
        .update(CommendationRound)
        .set({ status: "PUBLISHED", publishedAt: tx.now, updatedAt: tx.now })
        .where("id = :id AND status IN ('OPEN', 'CLOSED')", { id: round.dbId })
        .execute();
      if (!res.affected) return;
      const repo = tx.em.getRepository(CommendationNomination);
      const pending = await repo.countBy({ roundId: round.dbId, status: "PENDING" });
      if (pending) throw conflict(`还有 ${pending} 条提名待审核，全部确认或驳回后才能公布`);
      await tx.emit(commendationPublished(round, await repo.countBy({ roundId: round.dbId, status: "CONFIRMED" })));
    });
    return this.rounds.findOneByOrFail({ dbId: round.dbId });
  }

  /**
   * A city's nomination of one of its counties/townships or certified volunteers, with the nominee's
   * rank and figures of the round's period. Idempotent: a retry (or a second manager nominating the
   * same nominee) answers with the existing nomination; a withdrawn one is nominated again.
   */
  async nominate(input: NominateInput): Promise<CommendationNomination> {
    const year = assertYear(input.year);
    const hasRegion = Boolean(input.regionCode?.trim());
    if (hasRegion === (input.volunteerId !== null && input.volunteerId !== undefined)) {
      throw badInput("请选择一个提名对象：先进单位（regionCode）或先进个人（volunteerId）二选一", "regionCode");
    }
    const reason = cleanMultilineText(input.reason, "reason", "推荐理由", REASON_MAX);
    const regions = new RegionService(this.rc);
    let kind: NomineeKind;
    let nomineeKey: string;
    let regionCode: string;
    let volunteerId: number | null = null;
    let field: string;
    let parentCode: string | null = null;
    if (hasRegion) {
      const region = await regions.requireInput(input.regionCode!, "regionCode");
      assertNomineeRegionLevel(region.level);
      kind = "REGION";
      nomineeKey = `R:${region.code}`;
      regionCode = region.code;
      parentCode = region.parentCode;
      field = "regionCode";
    } else {
      const v = await this.rc.loaders(createVolunteerLoaders).byId.load(input.volunteerId!);
      if (!v) throw notFound("科普员不存在");
      if (!v.certifiedAt || !v.regionCode) throw badInput("只能提名已完成实名认证的科普员", "volunteerId");
      kind = "VOLUNTEER";
      nomineeKey = `V:${v.dbId}`;
      regionCode = v.regionCode;
      volunteerId = v.dbId;
      field = "volunteerId";
    }
    const cityCode = cityOf(regionCode);
    if (!cityCode) throw badInput("提名对象须属于某个市", field);
    assertMayNominate(this.rc.actor, cityCode);
    if (volunteerId !== null && volunteerId === this.actorId()) throw badInput("不能提名本人", "volunteerId");

    const round = await this.requireRound(year);
    this.assertOpen(round);
    const existing = await this.nominations.findOneBy({ roundId: round.dbId, nomineeKey });
    if (existing && holdsQuota(existing.status)) return existing;
    if (existing?.status === "REJECTED") throw conflict("该提名已被省科协驳回，本年度不能再次提名", field);

    // Scored before the transaction (KPI and event reads), so the write stays short.
    const { rank, snapshot } =
      kind === "REGION"
        ? await regionSnapshot(this.rc, regionCode, parentCode ?? cityCode, round.from, round.to)
        : await volunteerSnapshot(new EventIndividualLeaderboard(this.rc.ds), volunteerId!, cityCode, round.from, round.to);
    const city = await regions.require(cityCode);
    const used = kind === "REGION" ? "regions_used" : "individuals_used";
    const quota = kind === "REGION" ? "region_quota" : "individual_quota";
    try {
      return await this.rc.write(async (tx) => {
        this.assertOpen(await this.lockRound(tx, round.dbId));
        const repo = tx.em.getRepository(CommendationNomination);
        const current = await repo.findOneBy({ roundId: round.dbId, nomineeKey });
        if (current && holdsQuota(current.status)) throw new ChangedMeanwhile();
        const taken = await tx.em
          .createQueryBuilder()
          .update(CommendationCity)
          .set({ [kind === "REGION" ? "regionsUsed" : "individualsUsed"]: () => `${used} + 1`, updatedAt: tx.now })
          .where(`round_id = :round AND city_code = :city AND ${used} < ${quota}`, { round: round.dbId, city: cityCode })
          .execute();
        if (!taken.affected) {
          // A locking read: the latest committed count, not this transaction's snapshot (MariaDB).
          const qb = tx.em
            .getRepository(CommendationCity)
            .createQueryBuilder("c")
            .where("c.round_id = :round AND c.city_code = :city", { round: round.dbId, city: cityCode });
          if (dialectOf(tx.em.connection) === "mariadb") qb.setLock("pessimistic_read");
          const row = await qb.getOne();
          const [n, of] = row
            ? kind === "REGION"
              ? [row.regionsUsed, row.regionQuota]
              : [row.individualsUsed, row.individualQuota]
            : [0, 0];
          throw badInput(
            `${city.name}本年度${kind === "REGION" ? "先进单位" : "先进个人"}提名名额已用完（已用 ${n} / ${of}）；可先撤回一条待审核的提名，或等待省科协驳回后再提名`,
            field,
          );
        }
        const activation = {
          status: "PENDING" as const,
          reason,
          rank,
          snapshot: JSON.stringify(snapshot),
          nominatedById: this.actorId(),
          nominatedAt: tx.now,
          decidedById: null,
          decidedAt: null,
          decisionComment: null,
          withdrawnAt: null,
          regionCode,
          updatedAt: tx.now,
        };
        let row: CommendationNomination;
        if (current) {
          // Only a withdrawn row gets here (rejected ones were refused above, active ones returned).
          const res = await tx.em
            .createQueryBuilder()
            .update(CommendationNomination)
            .set({ ...activation, revision: () => "revision + 1" })
            .where("id = :id AND status = 'WITHDRAWN'", { id: current.dbId })
            .execute();
          if (!res.affected) throw new ChangedMeanwhile();
          row = Object.assign(current, activation, { revision: current.revision + 1 });
        } else {
          row = Object.assign(new CommendationNomination(), activation, {
            roundId: round.dbId,
            cityCode,
            kind,
            nomineeKey,
            volunteerId,
            revision: 1,
            createdAt: tx.now,
          });
          // A concurrent first nomination of the same nominee fails here on the unique key and rolls back whole.
          await repo.insert(row);
        }
        await tx.emit(commendationNominated(row, year, rank));
        return row;
      });
    } catch (err) {
      if (err instanceof ChangedMeanwhile || isUniqueViolation(err)) {
        const winner = await this.nominations.findOneBy({ roundId: round.dbId, nomineeKey });
        if (winner && holdsQuota(winner.status)) return winner;
      }
      throw err;
    }
  }

  private assertOpen(round: CommendationRound): void {
    if (round.status === "CLOSED") throw conflict("本年度表彰提名已截止");
    if (round.status === "PUBLISHED") throw conflict(PUBLISHED_MESSAGE);
  }

  /** A nomination the caller may see (the province; managers whose region holds the nominee), else null. */
  async findVisible(dbId: number): Promise<CommendationNomination | null> {
    const n = await this.loaders.nominationById.load(dbId);
    return n && this.canSee(n) ? n : null;
  }

  canSee(n: CommendationNomination): boolean {
    const scope = scopeOf(this.rc.actor);
    return scopeCovers(scope, n.regionCode) || (scope.kind === "subtree" && isWithin(n.cityCode, scope.code));
  }

  private async requireVisible(dbId: number): Promise<CommendationNomination> {
    const n = await this.findVisible(dbId);
    if (!n) throw notFound("提名不存在");
    return n;
  }

  /** The nominating city (or the province) takes back a pending nomination while the round is open; its place is freed. */
  async withdraw(dbId: number): Promise<CommendationNomination> {
    const n = await this.requireVisible(dbId);
    assertMayNominate(this.rc.actor, n.cityCode);
    const round = (await this.loaders.roundById.load(n.roundId))!;
    if (n.status === "WITHDRAWN") return n;
    this.assertOpen(round);
    if (n.status !== "PENDING") throw conflict("只能撤回待审核的提名");
    try {
      await this.rc.write(async (tx) => {
        this.assertOpen(await this.lockRound(tx, round.dbId));
        const res = await tx.em
          .createQueryBuilder()
          .update(CommendationNomination)
          .set({ status: "WITHDRAWN", withdrawnAt: tx.now, updatedAt: tx.now })
          .where("id = :id AND status = 'PENDING' AND revision = :revision", { id: n.dbId, revision: n.revision })
          .execute();
        if (!res.affected) throw new ChangedMeanwhile();
        await this.freePlace(tx, n);
        await tx.emit(commendationWithdrawn(n, round.year));
      });
    } catch (err) {
      if (!(err instanceof ChangedMeanwhile)) throw err;
      const fresh = await this.nominations.findOneByOrFail({ dbId: n.dbId });
      if (fresh.status === "WITHDRAWN") return fresh;
      throw conflict("提名状态已变化，请刷新后重试");
    }
    this.loaders.nominationById.clear(n.dbId);
    return this.nominations.findOneByOrFail({ dbId: n.dbId });
  }

  private async freePlace(tx: Tx, n: CommendationNomination): Promise<void> {
    const used = n.kind === "REGION" ? "regions_used" : "individuals_used";
    await tx.em
      .createQueryBuilder()
      .update(CommendationCity)
      .set({ [n.kind === "REGION" ? "regionsUsed" : "individualsUsed"]: () => `${used} - 1`, updatedAt: tx.now })
      .where(`round_id = :round AND city_code = :city AND ${used} > 0`, { round: n.roundId, city: n.cityCode })
      .execute();
  }

  /**
   * Province: confirms or rejects (with a reason the city reads) a pending nomination, until the round
   * is published. A decision is final; repeating it answers with the decided nomination. Rejecting
   * frees the city's place.
   */
  async decide(dbId: number, approve: boolean, rawComment: string | null | undefined): Promise<CommendationNomination> {
    this.requireProvince();
    const comment = cleanMultilineText(rawComment, "comment", approve ? "审核意见" : "驳回理由", REASON_MAX);
    if (!approve && !comment) throw badInput("驳回须填写理由，提名的市将看到它", "comment");
    const n = await this.requireVisible(dbId);
    const round = (await this.loaders.roundById.load(n.roundId))!;
    const target = approve ? "CONFIRMED" : "REJECTED";
    if (n.status === target) return n;
    if (round.status === "PUBLISHED") throw conflict(PUBLISHED_MESSAGE);
    if (n.status !== "PENDING") throw conflict(n.status === "WITHDRAWN" ? "该提名已被撤回" : "该提名已审核，审核结果不能更改");
    try {
      await this.rc.write(async (tx) => {
        if ((await this.lockRound(tx, round.dbId)).status === "PUBLISHED") throw conflict(PUBLISHED_MESSAGE);
        const res = await tx.em
          .createQueryBuilder()
          .update(CommendationNomination)
          .set({ status: target, decidedById: this.actorId(), decidedAt: tx.now, decisionComment: comment, updatedAt: tx.now })
          .where("id = :id AND status = 'PENDING' AND revision = :revision", { id: n.dbId, revision: n.revision })
          .execute();
        if (!res.affected) throw new ChangedMeanwhile();
        if (!approve) await this.freePlace(tx, n);
        await tx.emit(commendationDecided(n, round.year, approve, comment));
      });
    } catch (err) {
      if (!(err instanceof ChangedMeanwhile)) throw err;
      const fresh = await this.nominations.findOneByOrFail({ dbId: n.dbId });
      if (fresh.status === target) return fresh;
      throw conflict("提名状态已变化，请刷新后重试");
    }
    this.loaders.nominationById.clear(n.dbId);
    return this.nominations.findOneByOrFail({ dbId: n.dbId });
  }
}
