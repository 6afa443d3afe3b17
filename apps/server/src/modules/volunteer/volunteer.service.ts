import {
  assertHomeRegionLevel,
  assertRealName,
  assertRegionCode,
  badInput,
  canRevokeManager,
  canSeePhone,
  canSeeVolunteer,
  cleanText,
  conflict,
  forbidden,
  isManagerTier,
  maskIdNumber,
  narrowScope,
  notFound,
  parseIdNumber,
  personOf,
  RoleChangeCause,
  scopeCovers,
  scopeOf,
  startOfLocalDate,
  type Tier,
} from "@kepu/domain";
import { SqlWhere, utcDatetime } from "../../db/entity-rows.js";
import { whereInScope } from "../../db/region-scope.js";
import { isUniqueViolation } from "../../db/unique-violation.js";
import type { Connection } from "../../platform/pagination/connection.js";
import { paginateRows, type PageArgs, type SortKey } from "../../platform/pagination/keyset.js";
import { requireVolunteer } from "../../platform/actor-guards.js";
import type { RequestContext } from "../../platform/request-context.js";
import { RegionService } from "../region/region.service.js";
import { changeRole } from "./change-role.js";
import { Volunteer } from "./volunteer.entity.js";
import { volunteerCertified } from "./volunteer.events.js";
import { createVolunteerLoaders } from "./volunteer.loaders.js";

export interface CertifyInput {
  realName: string;
  idNumber: string;
  regionCode: string;
  workUnit?: string | null;
}

/** List orders; each has its own keyset (the cursor of one is refused by another's arity or meaning). */
export const VolunteerSort = { NEWEST: "NEWEST", OLDEST: "OLDEST", CERTIFIED_AT_DESC: "CERTIFIED_AT_DESC" } as const;
export type VolunteerSort = (typeof VolunteerSort)[keyof typeof VolunteerSort];

const sortKeys: Record<VolunteerSort, SortKey<Volunteer>[]> = {
  NEWEST: [{ column: "v.id", direction: "DESC", value: (v) => v.dbId }],
  OLDEST: [{ column: "v.id", direction: "ASC", value: (v) => v.dbId }],
  // idx_volunteer_certified (certified_at; the id rides along in both engines' secondary indexes).
  CERTIFIED_AT_DESC: [
    { column: "v.certified_at", direction: "DESC", value: (v) => (v.certifiedAt ? utcDatetime(v.certifiedAt) : null) },
    { column: "v.id", direction: "DESC", value: (v) => v.dbId },
  ],
};

export interface VolunteerFilter {
  regionCode?: string | null;
  tier?: Tier | null;
  certified?: boolean | null;
  search?: string | null;
  certifiedFrom?: string | null;
  certifiedTo?: string | null;
}

const DUPLICATE_ID = "该身份证号已被其他账号实名认证";
const ALREADY_CERTIFIED = "您已完成实名认证";

export class VolunteerService {
  constructor(private readonly rc: RequestContext) {}

  private get repo() {
    return this.rc.ds.getRepository(Volunteer);
  }

  private get loaders() {
    return this.rc.loaders(createVolunteerLoaders);
  }

  canSee(v: Volunteer): boolean {
    return canSeeVolunteer(this.rc.actor, { volunteerId: String(v.dbId), regionCode: v.regionCode });
  }

  canSeePhone(v: Volunteer): boolean {
    return canSeePhone(this.rc.actor, { volunteerId: String(v.dbId) });
  }

  async findVisible(dbId: number): Promise<Volunteer | null> {
    const v = await this.loaders.byId.load(dbId);
    return v && this.canSee(v) ? v : null;
  }

  /** The signed-in person's own row (null for anonymous callers, API keys and the system). */
  async me(): Promise<Volunteer | null> {
    const person = personOf(this.rc.actor);
    return person ? this.loaders.byId.load(Number(person.volunteerId)) : null;
  }

  async certify(input: CertifyInput): Promise<Volunteer> {
    const actor = requireVolunteer(this.rc.actor);
    const me = await this.repo.findOneByOrFail({ dbId: Number(actor.volunteerId) });
    if (me.certifiedAt) throw conflict(ALREADY_CERTIFIED);
    const realName = assertRealName(input.realName);
    const id = parseIdNumber(input.idNumber);
    const region = await new RegionService(this.rc).requireInput(input.regionCode, "regionCode");
    assertHomeRegionLevel(region.level);
    const workUnit = cleanText(input.workUnit, "workUnit", "工作单位", 64);
    const { pii } = this.rc.app;
    const hash = pii.blindIndex(id.value);
    if (await this.repo.existsBy({ idNumberHash: hash })) throw conflict(DUPLICATE_ID, "idNumber");
    const sealed = {
      realName,
      idNumberSealed: pii.encrypt(id.value),
      idNumberHash: hash,
      idNumberMasked: maskIdNumber(id.value),
      regionCode: region.code,
      workUnit,
    };
    try {
      const certifiedAt = await this.rc.write(async (tx) => {
        // The IS NULL guard makes a concurrent second certify of the same account a no-op, not an overwrite.
        const res = await tx.em
          .createQueryBuilder()
          .update(Volunteer)
          .set({ ...sealed, certifiedAt: tx.now, updatedAt: tx.now })
          .where("id = :id AND certified_at IS NULL", { id: me.dbId })
          .execute();
        if (!res.affected) throw conflict(ALREADY_CERTIFIED);
        await tx.emit(volunteerCertified({ dbId: me.dbId, regionCode: region.code, idNumberMasked: sealed.idNumberMasked }));
        return tx.now;
      });
      this.loaders.byId.clear(me.dbId);
      return Object.assign(me, sealed, { certifiedAt, updatedAt: certifiedAt });
    } catch (err) {
      if (isUniqueViolation(err)) throw conflict(DUPLICATE_ID, "idNumber");
      throw err;
    }
  }

  /** The list's conditions (caller's scope narrowed by the filter), for the table (raw rows) and the export (query builder). */
  private conditions(filter: VolunteerFilter): SqlWhere {
    const scope = narrowScope(scopeOf(this.rc.actor), filter.regionCode ? assertRegionCode(filter.regionCode, "regionCode") : null);
    const where = whereInScope(new SqlWhere(), "v.region_code", scope);
    if (filter.tier) where.and("v.tier = ?", filter.tier);
    if (filter.certified === true) where.and("v.certified_at IS NOT NULL");
    if (filter.certified === false) where.and("v.certified_at IS NULL");
    if (filter.certifiedFrom && filter.certifiedTo && filter.certifiedFrom >= filter.certifiedTo) {
      throw badInput("certifiedTo 必须晚于 certifiedFrom（不含 certifiedTo 当天）", "certifiedTo");
    }
    if (filter.certifiedFrom) where.and("v.certified_at >= ?", utcDatetime(startOfLocalDate(filter.certifiedFrom)));
    if (filter.certifiedTo) where.and("v.certified_at < ?", utcDatetime(startOfLocalDate(filter.certifiedTo)));
    const search = cleanText(filter.search, "search", "搜索词", 32);
    if (search) {
      if (/^\d{4}$/.test(search)) where.and("v.phone LIKE ?", `%${search}`);
      else {
        const pattern = `%${search.replace(/[!%_]/g, (c) => `!${c}`)}%`;
        where.and("(v.nickname LIKE ? ESCAPE '!' OR v.real_name LIKE ? ESCAPE '!')", pattern, pattern);
      }
    }
    return where;
  }

  /** The list as a query builder (the CSV export pages it by id). */
  query(filter: VolunteerFilter) {
    const where = this.conditions(filter);
    const qb = this.repo.createQueryBuilder("v");
    // Positional parameters → named ones, in order.
    let i = 0;
    const params: Record<string, unknown> = {};
    const sql = where.sql.replace(/^ WHERE /, "").replace(/\?/g, () => {
      params[`p${i}`] = where.params[i];
      return `:p${i++}`;
    });
    return sql ? qb.where(sql, params) : qb;
  }

  list(filter: VolunteerFilter, page: PageArgs, sort: VolunteerSort = "NEWEST"): Promise<Connection<Volunteer>> {
    const where = this.conditions(filter);
    // Keyset columns are never NULL: ordering by certification lists the certified only.
    if (sort === "CERTIFIED_AT_DESC") where.and("v.certified_at IS NOT NULL");
    return paginateRows({ ds: this.rc.ds, entity: Volunteer, alias: "v", where }, sortKeys[sort], page);
  }

  /**
   * Ends a manager's role. The province, or a strictly higher tier whose region contains the
   * managed region, may do it; never on oneself. `reason` is already validated by the caller's input rules.
   */
  async revokeManager(targetId: number, reason: string | null): Promise<Volunteer> {
    const actor = this.rc.actor;
    const target = await this.repo.findOneBy({ dbId: targetId });
    if (!target || !(this.canSee(target) || scopeCovers(scopeOf(actor), target.managedRegionCode))) throw notFound("科普员不存在");
    if (!isManagerTier(target.tier)) throw conflict("该用户不是管理员");
    const person = personOf(actor);
    if (person?.volunteerId === String(target.dbId)) throw forbidden("不能撤销自己的管理员身份");
    const targetPerson = { volunteerId: String(target.dbId), tier: target.tier, managedRegionCode: target.managedRegionCode };
    if (actor.kind !== "system" && !(person && canRevokeManager(person, targetPerson))) {
      throw forbidden("只有更高层级且管辖该地区的管理员才能撤销");
    }
    await this.rc.write((tx) =>
      changeRole(tx, target, { tier: "INDIVIDUAL", managedRegionCode: null, cause: RoleChangeCause.REVOKED, reason }),
    );
    this.loaders.byId.clear(target.dbId);
    return Object.assign(target, { tier: "INDIVIDUAL" as const, managedRegionCode: null });
  }
}
