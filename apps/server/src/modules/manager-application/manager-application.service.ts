import { assertApplicationTarget, badInput, canDecideApplication, cleanText, isManagerTier, type Tier, tierRank, tiers } from "@kepu/domain";
import type { Context } from "../../graphql/context.js";
import { appError, notFound } from "../../graphql/errors.js";
import type { Connection } from "../../graphql/relay/connection.type.js";
import { paginate, type PageArgs } from "../../graphql/relay/keyset.js";
import { regionScope, scopeCondition } from "../../auth/scope.js";
import { isUniqueViolation } from "../../db/unique-violation.js";
import { AuditAction, recordAudit } from "../audit/audit.service.js";
import { RegionService } from "../region/region.service.js";
import { Volunteer } from "../volunteer/volunteer.entity.js";
import { type ApplicationStatus, ManagerApplication } from "./manager-application.entity.js";

export interface ApplyInput {
  tier: Tier;
  regionCode: string;
  reason?: string | null;
}

export class ManagerApplicationService {
  constructor(private readonly ctx: Context) {}

  private get repo() {
    return this.ctx.ds.getRepository(ManagerApplication);
  }

  private applicantKey(app: ManagerApplication) {
    return { applicantId: String(app.applicantId), tier: app.tier, regionCode: app.regionCode };
  }

  canDecide(app: ManagerApplication): boolean {
    const viewer = this.ctx.viewer;
    return !!viewer && app.status === "PENDING" && canDecideApplication(viewer.actor, this.applicantKey(app));
  }

  /** Own applications, and those the caller could decide (province; or a higher tier whose region holds it). */
  canSee(app: ManagerApplication): boolean {
    const viewer = this.ctx.viewer;
    if (!viewer) return false;
    if (viewer.volunteer.dbId === app.applicantId) return true;
    return canDecideApplication(viewer.actor, { ...this.applicantKey(app), applicantId: "" });
  }

  async findVisible(dbId: number): Promise<ManagerApplication | null> {
    const app = await this.ctx.loaders.managerApplication.byId.load(dbId);
    return app && this.canSee(app) ? app : null;
  }

  async apply(input: ApplyInput): Promise<ManagerApplication> {
    const viewer = this.ctx.viewer!;
    const me = viewer.volunteer;
    const region = await new RegionService(this.ctx.ds, this.ctx.loaders.region).requireInput(input.regionCode, "regionCode");
    assertApplicationTarget({ tier: me.tier, homeRegionCode: me.regionCode }, input.tier, region);
    if (me.tier === input.tier && me.managedRegionCode === region.code) throw appError("CONFLICT", "您已是该地区的该级管理员");
    const reason = cleanText(input.reason, "reason", "申请理由", 500);
    const app = this.repo.create({
      applicantId: me.dbId, pendingKey: me.dbId, tier: input.tier, regionCode: region.code, reason, status: "PENDING",
      decidedById: null, decisionComment: null, decidedAt: null, createdAt: new Date(),
    });
    try {
      await this.ctx.ds.transaction(async (em) => {
        await em.getRepository(ManagerApplication).insert(app);
        await recordAudit(em, {
          actorId: me.dbId, action: AuditAction.APPLICATION_SUBMITTED, targetType: "ManagerApplication", targetId: app.dbId,
          regionCode: region.code, after: { tier: app.tier, regionCode: app.regionCode, reason }, requestId: this.ctx.requestId,
        });
      });
    } catch (err) {
      if (isUniqueViolation(err)) throw appError("CONFLICT", "您已有一份待审批的申请，请等待处理结果");
      throw err;
    }
    return app;
  }

  async decide(dbId: number, approve: boolean, rawComment: string | null | undefined): Promise<ManagerApplication> {
    const viewer = this.ctx.viewer!;
    const app = await this.repo.findOneBy({ dbId });
    if (!app || !this.canSee(app)) throw notFound("申请不存在");
    if (app.applicantId === viewer.volunteer.dbId) throw appError("FORBIDDEN", "不能审批自己的申请");
    if (!canDecideApplication(viewer.actor, this.applicantKey(app))) throw appError("FORBIDDEN", "只有省科协或更高层级且管辖该地区的管理员才能审批");
    if (app.status !== "PENDING") throw appError("CONFLICT", "该申请已处理");
    const comment = cleanText(rawComment, "comment", "审批意见", 500);
    const status: ApplicationStatus = approve ? "APPROVED" : "REJECTED";
    const decidedAt = new Date();
    await this.ctx.ds.transaction(async (em) => {
      // Guarded on status: of two concurrent decisions exactly one wins; the other sees CONFLICT.
      const res = await em.createQueryBuilder().update(ManagerApplication)
        .set({ status, pendingKey: null, decidedById: viewer.volunteer.dbId, decisionComment: comment, decidedAt })
        .where("id = :id AND status = 'PENDING'", { id: app.dbId }).execute();
      if (!res.affected) throw appError("CONFLICT", "该申请已处理");
      await recordAudit(em, {
        actorId: viewer.volunteer.dbId, action: approve ? AuditAction.APPLICATION_APPROVED : AuditAction.APPLICATION_REJECTED,
        targetType: "ManagerApplication", targetId: app.dbId, regionCode: app.regionCode,
        before: { status: "PENDING" }, after: { status, comment }, requestId: this.ctx.requestId,
      });
      if (!approve) return;
      const applicant = await em.getRepository(Volunteer).findOneByOrFail({ dbId: app.applicantId });
      const before = { tier: applicant.tier, managedRegionCode: applicant.managedRegionCode };
      await em.getRepository(Volunteer).update({ dbId: applicant.dbId }, { tier: app.tier, managedRegionCode: app.regionCode, updatedAt: decidedAt });
      await recordAudit(em, {
        actorId: viewer.volunteer.dbId, action: AuditAction.ROLE_CHANGED, targetType: "Volunteer", targetId: applicant.dbId,
        regionCode: app.regionCode, before, after: { tier: app.tier, managedRegionCode: app.regionCode, applicationId: app.dbId }, requestId: this.ctx.requestId,
      });
    });
    this.ctx.loaders.volunteer.byId.clear(app.applicantId);
    return Object.assign(app, { status, pendingKey: null, decidedById: viewer.volunteer.dbId, decisionComment: comment, decidedAt });
  }

  /** What the caller may decide, plus their own applications; `decidable` keeps only the former, `mine` only the latter. */
  list(filter: { status?: ApplicationStatus | null; decidable?: boolean | null; mine?: boolean | null }, page: PageArgs): Promise<Connection<ManagerApplication>> {
    const viewer = this.ctx.viewer!;
    const qb = this.repo.createQueryBuilder("a");
    if (filter.status) qb.andWhere("a.status = :status", { status: filter.status });
    const lowerTiers = tiers.filter((t) => isManagerTier(t) && tierRank(t) < tierRank(viewer.actor.tier));
    const scope = scopeCondition("a.region_code", regionScope(viewer));
    const decidableSql = lowerTiers.length ? `(a.tier IN (:...lowerTiers) AND a.applicant_id <> :me AND ${scope.sql})` : "1 = 0";
    const params = { ...scope.params, lowerTiers, me: viewer.volunteer.dbId };
    if (filter.decidable && filter.mine) throw badInput("decidable 与 mine 不能同时为 true（不能审批自己的申请）", "mine");
    if (filter.mine) qb.andWhere("a.applicant_id = :me", { me: viewer.volunteer.dbId });
    else if (filter.decidable) qb.andWhere(`a.status = 'PENDING' AND ${decidableSql}`, params);
    else qb.andWhere(`(a.applicant_id = :me OR ${decidableSql})`, params);
    return paginate(qb, [{ column: "a.id", direction: "DESC", value: (a) => a.dbId }], page);
  }
}
