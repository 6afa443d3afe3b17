import {
  assertHomeRegionLevel, assertRealName, assertRegionCode, badInput, canRevokeManager, cleanText, isManagerTier, maskIdNumber,
  parseIdNumber, startOfLocalDate, type Tier,
} from "@kepu/domain";
import type { Context } from "../../graphql/context.js";
import { appError, notFound } from "../../graphql/errors.js";
import type { Connection } from "../../graphql/relay/connection.type.js";
import { paginate, type PageArgs } from "../../graphql/relay/keyset.js";
import { applyScope, narrowScope, regionScope, scopeCovers } from "../../auth/scope.js";
import { isUniqueViolation } from "../../db/unique-violation.js";
import { AuditAction, recordAudit } from "../audit/audit.service.js";
import { RegionService } from "../region/region.service.js";
import { Volunteer } from "./volunteer.entity.js";

export interface CertifyInput {
  realName: string;
  idNumber: string;
  regionCode: string;
  workUnit?: string | null;
}

export interface VolunteerFilter {
  regionCode?: string | null;
  tier?: Tier | null;
  certified?: boolean | null;
  search?: string | null;
  certifiedFrom?: string | null;
  certifiedTo?: string | null;
}

const DUPLICATE_ID = "该身份证号已被其他账号实名认证";

export class VolunteerService {
  constructor(private readonly ctx: Context) {}

  private get repo() {
    return this.ctx.ds.getRepository(Volunteer);
  }

  /** Self, the province, and managers whose subtree holds the volunteer's home region. */
  canSee(v: Volunteer): boolean {
    const viewer = this.ctx.viewer;
    if (!viewer) return false;
    return viewer.volunteer.dbId === v.dbId || scopeCovers(regionScope(viewer), v.regionCode);
  }

  /** Full phone numbers: the person and the province only (DOMAIN.md). */
  canSeePhone(v: Volunteer): boolean {
    const viewer = this.ctx.viewer;
    return !!viewer && (viewer.volunteer.dbId === v.dbId || viewer.actor.tier === "PROVINCE_ADMIN");
  }

  async findVisible(dbId: number): Promise<Volunteer | null> {
    const v = await this.ctx.loaders.volunteer.byId.load(dbId);
    return v && this.canSee(v) ? v : null;
  }

  async certify(input: CertifyInput): Promise<Volunteer> {
    const viewer = this.ctx.viewer!;
    const me = await this.repo.findOneByOrFail({ dbId: viewer.volunteer.dbId });
    if (me.certifiedAt) throw appError("CONFLICT", "您已完成实名认证");
    const realName = assertRealName(input.realName);
    const id = parseIdNumber(input.idNumber);
    const region = await new RegionService(this.ctx.ds, this.ctx.loaders.region).requireInput(input.regionCode, "regionCode");
    assertHomeRegionLevel(region.level);
    const workUnit = cleanText(input.workUnit, "workUnit", "工作单位", 64);
    const hash = this.ctx.pii.blindIndex(id.value);
    if (await this.repo.existsBy({ idNumberHash: hash })) throw appError("CONFLICT", DUPLICATE_ID, { field: "idNumber" });
    const now = new Date();
    const changes = {
      realName, idNumberSealed: this.ctx.pii.encrypt(id.value), idNumberHash: hash, idNumberMasked: maskIdNumber(id.value),
      regionCode: region.code, workUnit, certifiedAt: now, updatedAt: now,
    };
    try {
      await this.ctx.ds.transaction(async (em) => {
        // The IS NULL guard makes a concurrent second certify of the same account a no-op, not an overwrite.
        const res = await em.createQueryBuilder().update(Volunteer).set(changes)
          .where("id = :id AND certified_at IS NULL", { id: me.dbId }).execute();
        if (!res.affected) throw appError("CONFLICT", "您已完成实名认证");
        await recordAudit(em, {
          actorId: me.dbId, action: AuditAction.VOLUNTEER_CERTIFIED, targetType: "Volunteer", targetId: me.dbId,
          regionCode: region.code, after: { realName, idNumberMasked: changes.idNumberMasked, regionCode: region.code }, requestId: this.ctx.requestId,
        });
      });
    } catch (err) {
      if (isUniqueViolation(err)) throw appError("CONFLICT", DUPLICATE_ID, { field: "idNumber" });
      throw err;
    }
    return Object.assign(me, changes);
  }

  list(filter: VolunteerFilter, page: PageArgs): Promise<Connection<Volunteer>> {
    const scope = narrowScope(regionScope(this.ctx.viewer), filter.regionCode ? assertRegionCode(filter.regionCode, "regionCode") : null);
    const qb = this.repo.createQueryBuilder("v");
    applyScope(qb, "v.region_code", scope);
    if (filter.tier) qb.andWhere("v.tier = :tier", { tier: filter.tier });
    if (filter.certified === true) qb.andWhere("v.certified_at IS NOT NULL");
    if (filter.certified === false) qb.andWhere("v.certified_at IS NULL");
    if (filter.certifiedFrom) qb.andWhere("v.certified_at >= :cf", { cf: startOfLocalDate(filter.certifiedFrom) });
    if (filter.certifiedTo) qb.andWhere("v.certified_at < :ct", { ct: startOfLocalDate(filter.certifiedTo) });
    if (filter.certifiedFrom && filter.certifiedTo && filter.certifiedFrom >= filter.certifiedTo) {
      throw badInput("certifiedTo 必须晚于 certifiedFrom（不含 certifiedTo 当天）", "certifiedTo");
    }
    const search = cleanText(filter.search, "search", "搜索词", 32);
    if (search) {
      if (/^\d{4}$/.test(search)) qb.andWhere("v.phone LIKE :tail", { tail: `%${search}` });
      else {
        const pattern = `%${search.replace(/[!%_]/g, (c) => `!${c}`)}%`;
        qb.andWhere("(v.nickname LIKE :p ESCAPE '!' OR v.real_name LIKE :p ESCAPE '!')", { p: pattern });
      }
    }
    return paginate(qb, [{ column: "v.id", direction: "DESC", value: (v) => v.dbId }], page);
  }

  /**
   * Ends a manager's role. The province, or a strictly higher tier whose region contains the
   * managed region, may do it; never on oneself.
   */
  async revokeManager(targetId: number, reason: string | null): Promise<Volunteer> {
    const viewer = this.ctx.viewer!;
    const target = await this.repo.findOneBy({ dbId: targetId });
    if (!target || !(this.canSee(target) || scopeCovers(regionScope(viewer), target.managedRegionCode))) throw notFound("科普员不存在");
    if (!isManagerTier(target.tier)) throw appError("CONFLICT", "该用户不是管理员");
    if (target.dbId === viewer.volunteer.dbId) throw appError("FORBIDDEN", "不能撤销自己的管理员身份");
    if (!canRevokeManager(viewer.actor, { volunteerId: String(target.dbId), tier: target.tier, managedRegionCode: target.managedRegionCode })) {
      throw appError("FORBIDDEN", "只有更高层级且管辖该地区的管理员才能撤销");
    }
    const before = { tier: target.tier, managedRegionCode: target.managedRegionCode };
    await this.ctx.ds.transaction(async (em) => {
      await em.getRepository(Volunteer).update({ dbId: target.dbId }, { tier: "INDIVIDUAL", managedRegionCode: null, updatedAt: new Date() });
      await recordAudit(em, {
        actorId: viewer.volunteer.dbId, action: AuditAction.MANAGER_REVOKED, targetType: "Volunteer", targetId: target.dbId,
        regionCode: before.managedRegionCode, before, after: { tier: "INDIVIDUAL", managedRegionCode: null, reason }, requestId: this.ctx.requestId,
      });
    });
    return Object.assign(target, { tier: "INDIVIDUAL" as const, managedRegionCode: null });
  }
}
