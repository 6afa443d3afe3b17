import {
  activityAuthorTiersBelow,
  type ActivityKind,
  type ActivityStatus,
  assertRegionCode,
  badInput,
  cleanText,
  isManagerTier,
  narrowScope,
  scopeOf,
  startOfLocalDate,
  subtreeRange,
} from "@kepu/domain";
import type { SelectQueryBuilder } from "typeorm";
import { scopeCondition } from "../../db/region-scope.js";
import { requireVolunteer } from "../../platform/actor-guards.js";
import type { Connection } from "../../platform/pagination/connection.js";
import { paginate, type PageArgs, type SortKey } from "../../platform/pagination/keyset.js";
import type { RequestContext } from "../../platform/request-context.js";
import { Activity } from "./activity.entity.js";

/** List orders; each has its own keyset. */
export const ActivitySort = { STARTS_AT_DESC: "STARTS_AT_DESC", STARTS_AT_ASC: "STARTS_AT_ASC", NEWEST: "NEWEST" } as const;
export type ActivitySort = (typeof ActivitySort)[keyof typeof ActivitySort];

/** `myActivities`: the ones I wrote, or the ones I have signed up for. */
export const MyActivityRelation = { AUTHORED: "AUTHORED", SIGNED_UP: "SIGNED_UP" } as const;
export type MyActivityRelation = (typeof MyActivityRelation)[keyof typeof MyActivityRelation];

export interface ActivityFilter {
  regionCode?: string | null;
  kind?: ActivityKind | null;
  status?: ActivityStatus | null;
  /** first Asia/Shanghai day of the period (activities still running on it or later) */
  from?: string | null;
  /** the day after the period (activities starting before it) */
  to?: string | null;
  search?: string | null;
  societyId?: number | null;
}

/** DATETIME(3) as both dialects store it in UTC: cursor and filter values compare as the column does. */
const utc = (d: Date) => d.toISOString().replace("T", " ").replace("Z", "");

const sortKeys: Record<ActivitySort, SortKey<Activity>[]> = {
  STARTS_AT_DESC: [
    { column: "a.starts_at", direction: "DESC", value: (a) => utc(a.startsAt) },
    { column: "a.id", direction: "DESC", value: (a) => a.dbId },
  ],
  STARTS_AT_ASC: [
    { column: "a.starts_at", direction: "ASC", value: (a) => utc(a.startsAt) },
    { column: "a.id", direction: "ASC", value: (a) => a.dbId },
  ],
  NEWEST: [{ column: "a.id", direction: "DESC", value: (a) => a.dbId }],
};

const PUBLIC_SQL = "(a.status = 'PUBLISHED' OR (a.status = 'CANCELLED' AND a.published_at IS NOT NULL))";
const SEARCH_MAX = 32;

/**
 * The read side: the SQL halves of the visibility and decision rules in @kepu/domain
 * (canSeeActivity, canDecideActivity), applied to every list so that a page never holds a row
 * `node(id)` would refuse.
 */
export class ActivityQueries {
  constructor(private readonly rc: RequestContext) {}

  private base(): SelectQueryBuilder<Activity> {
    return this.rc.ds.getRepository(Activity).createQueryBuilder("a");
  }

  /** Rows the caller may decide, given their statuses: the province any but its own; a manager those of lower-tier authors in the region. */
  private decidableSql(statuses: readonly ActivityStatus[]): { sql: string; params: Record<string, unknown> } | null {
    const actor = this.rc.actor;
    if (actor.kind !== "volunteer") return null;
    const params: Record<string, unknown> = { decStatuses: statuses, decMe: Number(actor.volunteerId) };
    const base = "a.status IN (:...decStatuses) AND a.author_id <> :decMe";
    if (actor.tier === "PROVINCE_ADMIN") return { sql: `(${base})`, params };
    const below = activityAuthorTiersBelow(actor.tier);
    if (!isManagerTier(actor.tier) || !actor.managedRegionCode || !below.length) return null;
    const scope = scopeCondition("a.region_code", { kind: "subtree", code: actor.managedRegionCode }, "dec");
    return {
      sql: `(${base} AND a.author_tier IN (:...decTiers) AND ${scope.sql})`,
      params: { ...params, ...scope.params, decTiers: below },
    };
  }

  /** canSeeActivity in SQL: public ones, one's own, and the unpublished ones one may decide. */
  private visible(qb: SelectQueryBuilder<Activity>): SelectQueryBuilder<Activity> {
    const actor = this.rc.actor;
    if (actor.kind === "system") return qb;
    if (actor.kind === "apiKey") {
      const scope = scopeCondition("a.region_code", scopeOf(actor), "vis");
      return qb.andWhere(`(${PUBLIC_SQL} AND ${scope.sql})`, scope.params);
    }
    if (actor.kind !== "volunteer") return qb.andWhere("1 = 0");
    const decide = this.decidableSql(["PENDING", "REJECTED", "CANCELLED"]);
    return qb.andWhere(`(${PUBLIC_SQL} OR a.author_id = :visMe${decide ? ` OR ${decide.sql}` : ""})`, {
      visMe: Number(actor.volunteerId),
      ...decide?.params,
    });
  }

  private filtered(qb: SelectQueryBuilder<Activity>, filter: ActivityFilter): SelectQueryBuilder<Activity> {
    if (filter.regionCode) {
      const { low, high } = subtreeRange(assertRegionCode(filter.regionCode, "regionCode"));
      qb.andWhere("a.region_code >= :fLow AND a.region_code < :fHigh", { fLow: low, fHigh: high });
    }
    if (filter.kind) qb.andWhere("a.kind = :kind", { kind: filter.kind });
    if (filter.status) qb.andWhere("a.status = :status", { status: filter.status });
    if (filter.societyId) qb.andWhere("a.society_id = :society", { society: filter.societyId });
    if (filter.from && filter.to && filter.from >= filter.to) throw badInput("to 必须晚于 from（不含 to 当天）", "to");
    // Activities taking place within [from, to): still running on `from`, starting before `to`.
    if (filter.from) qb.andWhere("a.ends_at >= :from", { from: utc(startOfLocalDate(filter.from)) });
    if (filter.to) qb.andWhere("a.starts_at < :to", { to: utc(startOfLocalDate(filter.to)) });
    const search = cleanText(filter.search, "search", "搜索词", SEARCH_MAX);
    if (search) {
      const pattern = `%${search.replace(/[!%_]/g, (c) => `!${c}`)}%`;
      qb.andWhere("(a.title LIKE :q ESCAPE '!' OR a.place LIKE :q ESCAPE '!' OR a.organiser LIKE :q ESCAPE '!')", { q: pattern });
    }
    return qb;
  }

  /** `activities`: what the caller may see, filtered; by start time, latest first, unless told otherwise. */
  list(filter: ActivityFilter, sort: ActivitySort, page: PageArgs): Promise<Connection<Activity>> {
    return paginate(this.filtered(this.visible(this.base()), filter), sortKeys[sort], page);
  }

  /** `activitiesToDecide`: pending activities the caller may decide, oldest submission first. */
  toDecide(filter: Pick<ActivityFilter, "regionCode" | "kind" | "search">, page: PageArgs): Promise<Connection<Activity>> {
    const qb = this.base();
    const decide = this.decidableSql(["PENDING"]);
    if (!decide) qb.andWhere("1 = 0");
    else qb.andWhere(decide.sql, decide.params);
    // A region outside the caller's scope is refused, not silently empty.
    if (filter.regionCode) narrowScope(scopeOf(this.rc.actor), assertRegionCode(filter.regionCode, "regionCode"));
    return paginate(
      this.filtered(qb, filter),
      [
        { column: "a.submitted_at", direction: "ASC", value: (a) => (a.submittedAt ? utc(a.submittedAt) : null) },
        { column: "a.id", direction: "ASC", value: (a) => a.dbId },
      ],
      page,
    );
  }

  /** `myActivities`: authored (every status, newest first) or signed up for (active sign-ups, by start time). */
  mine(relation: MyActivityRelation, status: ActivityStatus | null | undefined, page: PageArgs): Promise<Connection<Activity>> {
    const me = Number(requireVolunteer(this.rc.actor).volunteerId);
    const qb = this.base();
    if (relation === "AUTHORED") {
      qb.andWhere("a.author_id = :me", { me });
      if (status) qb.andWhere("a.status = :status", { status });
      return paginate(qb, sortKeys.NEWEST, page);
    }
    qb.andWhere("a.id IN (SELECT s.activity_id FROM activity_sign_up s WHERE s.volunteer_id = :me AND s.status = 'ACTIVE')", { me });
    this.visible(qb);
    if (status) qb.andWhere("a.status = :status", { status });
    return paginate(qb, sortKeys.STARTS_AT_DESC, page);
  }
}
