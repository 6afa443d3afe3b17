import {
  type Actor,
  assertIdempotencyKey,
  assertRegionCode,
  badInput,
  conflict,
  DomainError,
  isLocalDate,
  levelOfCode,
  notFound,
  scopeCovers,
  scopeOf,
  subtreeRange,
  toLocalDate,
} from "@kepu/domain";
import { applyScope } from "../../db/region-scope.js";
import { isUniqueViolation } from "../../db/unique-violation.js";
import type { Connection } from "../../platform/pagination/connection.js";
import { paginate, type PageArgs, type SortKey } from "../../platform/pagination/keyset.js";
import type { RequestContext } from "../../platform/request-context.js";
import { KpiService } from "../kpi/kpi.service.js";
import { createRegionLoaders } from "../region/region.loaders.js";
import { assertBulletinPeriod, type BulletinPeriodKind, type BulletinSource, bulletinTitle } from "./bulletin-period.js";
import { type BulletinSnapshot, buildSnapshot, summaryOf } from "./bulletin-snapshot.js";
import { Bulletin } from "./bulletin.entity.js";
import { createBulletinLoaders } from "./bulletin.loaders.js";

export interface GenerateBulletinData {
  regionCode: string;
  periodKind: BulletinPeriodKind;
  from: string;
  to: string;
  /** the client's idempotency key: a retry answers the bulletin the first attempt made */
  clientRequestId: string;
}

export interface BulletinFilter {
  regionCode?: string | null;
  /** with `regionCode`: its subregions' bulletins too */
  withSubregions?: boolean | null;
  periodKind?: BulletinPeriodKind | null;
  source?: BulletinSource | null;
  /** periods starting in [from, to) */
  from?: string | null;
  to?: string | null;
}

interface Creation {
  code: string;
  kind: BulletinPeriodKind;
  from: string;
  to: string;
  source: BulletinSource;
  dedupeKey: string;
}

/** Latest period first; among bulletins of one period, the newest first. */
const NEWEST_PERIOD: SortKey<Bulletin>[] = [
  { column: "b.period_from", direction: "DESC", value: (b) => b.periodFrom },
  { column: "b.id", direction: "DESC", value: (b) => b.dbId },
];

/** Who asked, as part of an on-demand bulletin's dedupe key: one client key space per person (or key, or the system). */
function actorKey(actor: Actor): string {
  switch (actor.kind) {
    case "volunteer":
      return `v${actor.volunteerId}`;
    case "apiKey":
      return `k${actor.apiKeyId}`;
    case "system":
      return "s";
    default:
      throw new DomainError("UNAUTHENTICATED", "请先登录");
  }
}

/** The monthly job's key: at most one scheduled bulletin per region and period. */
export const scheduledKey = (code: string, from: string, to: string): string => `S:${code}:${from}:${to}`;

/**
 * 通报 (docs/kpis.md, Bulletins): made from the KPI engine's public reads (ranking, targets, the
 * region's own figures), frozen as a snapshot, visible to whoever's scope holds the region.
 */
export class BulletinService {
  constructor(private readonly rc: RequestContext) {}

  private get loaders() {
    return this.rc.loaders(createBulletinLoaders);
  }

  private today(): string {
    return toLocalDate(this.rc.app.clock?.() ?? new Date());
  }

  /** A manager sees the bulletins of regions in their subtree, the province (and the system) all. */
  canSee(b: Bulletin): boolean {
    return this.rc.actor.kind !== "anonymous" && scopeCovers(scopeOf(this.rc.actor), b.regionCode);
  }

  async findVisible(dbId: number): Promise<Bulletin | null> {
    const b = await this.loaders.byId.load(dbId);
    return b && this.canSee(b) ? b : null;
  }

  /** For a download: NOT_FOUND when there is none, FORBIDDEN when it is outside the caller's scope. */
  async requireVisible(dbId: number): Promise<Bulletin> {
    const b = await this.loaders.byId.load(dbId);
    if (!b) throw notFound("通报不存在");
    if (!this.canSee(b)) throw new DomainError("FORBIDDEN", "无权查看该地区的通报（只能查看本人管辖地区及其下级）");
    return b;
  }

  /**
   * The newest bulletin of exactly this region and period (a download by region and period rather
   * than by id): FORBIDDEN outside the caller's scope, NOT_FOUND when none was made.
   */
  async requireLatest(regionCode: string, from: string, to: string): Promise<Bulletin> {
    const code = assertRegionCode(regionCode, "regionCode");
    if (!scopeCovers(scopeOf(this.rc.actor), code)) {
      throw new DomainError("FORBIDDEN", "无权查看该地区的通报（只能查看本人管辖地区及其下级）");
    }
    for (const [field, day] of [
      ["from", from],
      ["to", to],
    ] as const) {
      if (!isLocalDate(day)) throw badInput("日期格式应为 YYYY-MM-DD 且为真实日期", field);
    }
    const b = await this.rc.ds
      .getRepository(Bulletin)
      .findOne({ where: { regionCode: code, periodFrom: from, periodTo: to }, order: { dbId: "DESC" } });
    if (!b) throw notFound("该地区该期间还没有通报");
    return b;
  }

  async snapshot(b: Bulletin): Promise<BulletinSnapshot> {
    const s = await this.loaders.snapshot.load(b.dbId);
    if (!s) throw notFound("通报不存在");
    return s;
  }

  /**
   * `generateBulletin`: every check that needs no data comes first (the region's form, the caller's
   * scope, the region's level, the period, the key), so bad input costs no statement. Idempotent per
   * (caller, clientRequestId): a retry, or one racing the first, answers the same bulletin.
   */
  async generate(input: GenerateBulletinData): Promise<Bulletin> {
    const code = assertRegionCode(input.regionCode, "regionCode");
    if (!scopeCovers(scopeOf(this.rc.actor), code)) {
      throw new DomainError("FORBIDDEN", "只能为本人管辖地区及其下级生成通报");
    }
    if (levelOfCode(code) === "VILLAGE") throw badInput("村（社区）没有下级地区，无法生成排名通报", "regionCode");
    assertBulletinPeriod(input.periodKind, input.from, input.to, this.today());
    const key = assertIdempotencyKey(input.clientRequestId, "clientRequestId");
    const creation: Creation = {
      code,
      kind: input.periodKind,
      from: input.from,
      to: input.to,
      source: "ON_DEMAND",
      dedupeKey: `R:${actorKey(this.rc.actor)}:${key}`,
    };
    const prior = await this.byKey(creation.dedupeKey);
    if (prior) return sameRequest(prior, creation);
    const made = await this.create(creation);
    return made.created ? made.bulletin : sameRequest(made.bulletin, creation);
  }

  /**
   * The monthly job's bulletin of one region for [from, to): made once per (region, period) by the
   * unique key, however many processes try; null when one already exists (made now by another).
   */
  async generateScheduled(code: string, from: string, to: string): Promise<Bulletin | null> {
    const made = await this.create({ code, kind: "MONTH", from, to, source: "SCHEDULED", dedupeKey: scheduledKey(code, from, to) });
    return made.created ? made.bulletin : null;
  }

  /** Keys of the scheduled bulletins of [from, to) that exist, among those of `codes`. */
  async scheduledExisting(codes: readonly string[], from: string, to: string): Promise<Set<string>> {
    if (!codes.length) return new Set();
    const rows = await this.rc.ds
      .getRepository(Bulletin)
      .createQueryBuilder("b")
      .select("b.region_code", "code")
      .where("b.source = 'SCHEDULED' AND b.period_from = :from AND b.period_to = :to AND b.region_code IN (:...codes)", { from, to, codes })
      .getRawMany<{ code: string }>();
    return new Set(rows.map((r) => r.code));
  }

  private byKey(dedupeKey: string): Promise<Bulletin | null> {
    return this.rc.ds.getRepository(Bulletin).findOneBy({ dedupeKey });
  }

  private async create(c: Creation): Promise<{ bulletin: Bulletin; created: boolean }> {
    const region = await this.rc.loaders(createRegionLoaders).byCode.load(c.code);
    if (!region) throw notFound(`地区不存在：${c.code}`);
    const kpi = new KpiService(this.rc);
    // The engine's own reads (each checking the period and the caller's scope again), side by side.
    const [ranking, targets, [self]] = await Promise.all([
      kpi.kpiRanking(c.code, c.from, c.to, "COMPOSITE"),
      kpi.kpiTargets(c.code),
      kpi.regionKpis(c.code, c.from, c.to, "SELF"),
    ]);
    const children = await this.rc.loaders(createRegionLoaders).byCode.loadMany(ranking.map((r) => r.regionCode));
    const names = new Map<string, string>([[region.code, region.name]]);
    for (const child of children) if (child && !(child instanceof Error)) names.set(child.code, child.name);
    const snapshot = buildSnapshot(ranking, targets, self, names, this.today());
    try {
      const bulletin = await this.rc.write(async (tx) => {
        const b = tx.em.getRepository(Bulletin).create({
          regionCode: c.code,
          periodKind: c.kind,
          periodFrom: c.from,
          periodTo: c.to,
          title: bulletinTitle(region.name, c.kind, c.from, c.to),
          source: c.source,
          dedupeKey: c.dedupeKey,
          createdById: tx.actor.kind === "volunteer" ? Number(tx.actor.volunteerId) : null,
          createdAt: tx.now,
          asOf: snapshot.asOf,
          ...summaryOf(snapshot),
          snapshot,
        });
        await tx.em.getRepository(Bulletin).insert(b);
        return b;
      });
      this.loaders.snapshot.prime(bulletin.dbId, snapshot);
      return { bulletin, created: true };
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
      // Read after the failed transaction ended, so the winner's committed row is visible (MariaDB snapshots).
      const winner = await this.byKey(c.dedupeKey);
      if (!winner) throw err;
      return { bulletin: winner, created: false };
    }
  }

  /** `bulletins`: those the caller may see, filtered; latest period first. */
  list(filter: BulletinFilter, page: PageArgs): Promise<Connection<Bulletin>> {
    const scope = scopeOf(this.rc.actor);
    if (scope.kind === "none") throw new DomainError("FORBIDDEN", "仅管理员和省科协可以查看通报");
    const qb = applyScope(this.rc.ds.getRepository(Bulletin).createQueryBuilder("b"), "b.region_code", scope);
    if (filter.regionCode) {
      const code = assertRegionCode(filter.regionCode, "regionCode");
      if (!scopeCovers(scope, code)) throw new DomainError("FORBIDDEN", "无权查看该地区的通报（只能查看本人管辖地区及其下级）");
      if (filter.withSubregions) {
        const { low, high } = subtreeRange(code);
        qb.andWhere("b.region_code >= :fLow AND b.region_code < :fHigh", { fLow: low, fHigh: high });
      } else qb.andWhere("b.region_code = :code", { code });
    }
    if (filter.periodKind) qb.andWhere("b.period_kind = :kind", { kind: filter.periodKind });
    if (filter.source) qb.andWhere("b.source = :source", { source: filter.source });
    for (const field of ["from", "to"] as const) {
      const day = filter[field];
      if (day && !isLocalDate(day)) throw badInput("日期格式应为 YYYY-MM-DD 且为真实日期", field);
    }
    if (filter.from && filter.to && filter.to <= filter.from) throw badInput("结束日期（to，不含当天）必须晚于开始日期（from）", "to");
    if (filter.from) qb.andWhere("b.period_from >= :from", { from: filter.from });
    if (filter.to) qb.andWhere("b.period_from < :to", { to: filter.to });
    return paginate(qb, NEWEST_PERIOD, page);
  }
}

/** A repeated client key must name the same request; another one under it is a client bug (CONFLICT). */
function sameRequest(b: Bulletin, c: Creation): Bulletin {
  if (b.regionCode !== c.code || b.periodKind !== c.kind || b.periodFrom !== c.from || b.periodTo !== c.to) {
    throw conflict("该 clientRequestId 已用于另一份通报", "clientRequestId");
  }
  return b;
}
