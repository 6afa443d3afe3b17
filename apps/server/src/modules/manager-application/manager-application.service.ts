import {
  type ApplicationStatus,
  assertApplicationTarget,
  badInput,
  canDecideApplication,
  cleanMultilineText,
  conflict,
  decisionProblem,
  EventType,
  isManagerTier,
  managerTiersBelow,
  notFound,
  type Person,
  personOf,
  RoleChangeCause,
  scopeOf,
  type Tier,
  tiers,
} from "@kepu/domain";
import { scopeCondition } from "../../db/region-scope.js";
import { isUniqueViolation } from "../../db/unique-violation.js";
import { requireVolunteer } from "../../platform/actor-guards.js";
import type { Connection } from "../../platform/pagination/connection.js";
import { paginate, type PageArgs } from "../../platform/pagination/keyset.js";
import type { RequestContext } from "../../platform/request-context.js";
import { RegionService } from "../region/region.service.js";
import { changeRole } from "../volunteer/change-role.js";
import { Volunteer } from "../volunteer/volunteer.entity.js";
import { createVolunteerLoaders } from "../volunteer/volunteer.loaders.js";
import { ManagerApplication } from "./manager-application.entity.js";
import { applicationEvent } from "./manager-application.events.js";
import { createManagerApplicationLoaders } from "./manager-application.loaders.js";

export interface ApplyInput {
  tier: Tier;
  regionCode: string;
  reason?: string | null;
}

export const APPLICATION_TEXT_MAX = 500;
const MANAGER_TIERS = tiers.filter(isManagerTier);

const personFrom = (v: Pick<Volunteer, "dbId" | "tier" | "managedRegionCode">): Person => ({
  volunteerId: String(v.dbId),
  tier: v.tier,
  managedRegionCode: v.managedRegionCode,
});

export class ManagerApplicationService {
  constructor(private readonly rc: RequestContext) {}

  private get repo() {
    return this.rc.ds.getRepository(ManagerApplication);
  }

  private key(app: ManagerApplication) {
    return { applicantId: String(app.applicantId), tier: app.tier, regionCode: app.regionCode, status: app.status };
  }

  /** Whether the caller may decide it now (needs the applicant's current role: see decisionProblem). */
  async canDecide(app: ManagerApplication): Promise<boolean> {
    if (app.status !== "PENDING" || this.rc.actor.kind === "anonymous") return false;
    const applicant = await this.rc.loaders(createVolunteerLoaders).byId.load(app.applicantId);
    return !!applicant && decisionProblem(this.rc.actor, this.key(app), personFrom(applicant)) === null;
  }

  /** Own applications, and those whose region the caller could decide on (province; or a higher tier over it). */
  canSee(app: ManagerApplication): boolean {
    const actor = this.rc.actor;
    if (actor.kind === "system") return true;
    const person = personOf(actor);
    if (!person) return false;
    if (person.volunteerId === String(app.applicantId)) return true;
    return canDecideApplication({ ...person, volunteerId: `not:${person.volunteerId}` }, this.key(app));
  }

  async findVisible(dbId: number): Promise<ManagerApplication | null> {
    const app = await this.rc.loaders(createManagerApplicationLoaders).byId.load(dbId);
    return app && this.canSee(app) ? app : null;
  }

  async apply(input: ApplyInput): Promise<ManagerApplication> {
    const actor = requireVolunteer(this.rc.actor);
    const me = await this.rc.loaders(createVolunteerLoaders).byId.load(Number(actor.volunteerId));
    if (!me) throw notFound("账号不存在");
    const region = await new RegionService(this.rc).requireInput(input.regionCode, "regionCode");
    assertApplicationTarget({ tier: me.tier, homeRegionCode: me.regionCode }, input.tier, region);
    if (me.tier === input.tier && me.managedRegionCode === region.code) throw conflict("您已是该地区的该级管理员");
    const reason = cleanMultilineText(input.reason, "reason", "申请理由", APPLICATION_TEXT_MAX);
    try {
      return await this.rc.write(async (tx) => {
        const app = this.repo.create({
          applicantId: me.dbId,
          pendingKey: me.dbId,
          tier: input.tier,
          regionCode: region.code,
          reason,
          status: "PENDING",
          decidedById: null,
          decisionComment: null,
          decidedAt: null,
          createdAt: tx.now,
        });
        await tx.em.getRepository(ManagerApplication).insert(app);
        await tx.emit(
          applicationEvent(EventType.MANAGER_APPLICATION_SUBMITTED, app, { tier: app.tier, regionCode: app.regionCode, reason }),
        );
        return app;
      });
    } catch (err) {
      if (isUniqueViolation(err)) throw conflict("您已有一份待审批的申请，请等待处理结果");
      throw err;
    }
  }

  async decide(dbId: number, approve: boolean, rawComment: string | null | undefined): Promise<ManagerApplication> {
    const app = await this.repo.findOneBy({ dbId });
    if (!app || !this.canSee(app)) throw notFound("申请不存在");
    const comment = cleanMultilineText(rawComment, "comment", "审批意见", APPLICATION_TEXT_MAX);
    const status: ApplicationStatus = approve ? "APPROVED" : "REJECTED";
    const decider = personOf(this.rc.actor);
    const decidedById = decider ? Number(decider.volunteerId) : null;
    const decidedAt = await this.rc.write(async (tx) => {
      // Read in the transaction: the role that an approval replaces is the one it checks against.
      const applicant = await tx.em.getRepository(Volunteer).findOneByOrFail({ dbId: app.applicantId });
      const problem = decisionProblem(tx.actor, this.key(app), personFrom(applicant));
      if (problem) throw problem;
      // After the authority check (a stranger learns nothing from it): the applicant reads why in 我的申请.
      if (!approve && !comment) throw badInput("驳回申请须填写理由", "comment");
      // Guarded on status: of two concurrent decisions exactly one wins; the other sees CONFLICT.
      const res = await tx.em
        .createQueryBuilder()
        .update(ManagerApplication)
        .set({ status, pendingKey: null, decidedById, decisionComment: comment, decidedAt: tx.now })
        .where("id = :id AND status = 'PENDING'", { id: app.dbId })
        .execute();
      if (!res.affected) throw conflict("该申请已处理");
      await tx.emit(applicationEvent(EventType.MANAGER_APPLICATION_DECIDED, app, { status, comment, tier: app.tier }));
      if (approve) {
        await changeRole(tx, applicant, {
          tier: app.tier,
          managedRegionCode: app.regionCode,
          cause: RoleChangeCause.APPLICATION_APPROVED,
          applicationId: app.dbId,
        });
      }
      return tx.now;
    });
    this.rc.loaders(createVolunteerLoaders).byId.clear(app.applicantId);
    return Object.assign(app, { status, pendingKey: null, decidedById, decisionComment: comment, decidedAt });
  }

  /** The applicant takes back their own pending application; its pending slot frees at once. */
  async withdraw(dbId: number): Promise<ManagerApplication> {
    const actor = requireVolunteer(this.rc.actor);
    const app = await this.repo.findOneBy({ dbId });
    // Someone else's application is "not found", as with any invisible row.
    if (!app || String(app.applicantId) !== actor.volunteerId) throw notFound("申请不存在");
    const decidedAt = await this.rc.write(async (tx) => {
      const res = await tx.em
        .createQueryBuilder()
        .update(ManagerApplication)
        .set({ status: "WITHDRAWN", pendingKey: null, decidedAt: tx.now })
        .where("id = :id AND status = 'PENDING'", { id: app.dbId })
        .execute();
      if (!res.affected) throw conflict("该申请已处理，不能撤回");
      await tx.emit(applicationEvent(EventType.MANAGER_APPLICATION_WITHDRAWN, app, { tier: app.tier }));
      return tx.now;
    });
    return Object.assign(app, { status: "WITHDRAWN" as const, pendingKey: null, decidedAt });
  }

  /** What the caller may decide, plus their own applications; `decidable` keeps only the former, `mine` only the latter. */
  list(
    filter: { status?: ApplicationStatus | null; decidable?: boolean | null; mine?: boolean | null },
    page: PageArgs,
  ): Promise<Connection<ManagerApplication>> {
    const actor = requireVolunteer(this.rc.actor);
    const me = Number(actor.volunteerId);
    if (filter.decidable && filter.mine) throw badInput("decidable 与 mine 不能同时为 true（不能审批自己的申请）", "mine");
    const qb = this.repo.createQueryBuilder("a");
    if (filter.status) qb.andWhere("a.status = :status", { status: filter.status });
    const lowerTiers = managerTiersBelow(actor.tier);
    const scope = scopeCondition("a.region_code", scopeOf(actor));
    // Visible (canSee): a lower tier's application in my subtree, not my own.
    const visibleSql = lowerTiers.length ? `(a.tier IN (:...lowerTiers) AND a.applicant_id <> :me AND ${scope.sql})` : "1 = 0";
    const params = { ...scope.params, lowerTiers, me };
    if (filter.mine) qb.andWhere("a.applicant_id = :me", { me });
    else if (filter.decidable && !lowerTiers.length)
      qb.andWhere("1 = 0"); // nobody below this tier: nothing to decide
    else if (filter.decidable) {
      // Decidable (decisionProblem): also pending, and the applicant's current role, if any, is one I could revoke.
      const roleScope = scopeCondition("av.managed_region_code", scopeOf(actor), "roleScope");
      qb.andWhere(
        `a.status = 'PENDING' AND ${visibleSql} AND EXISTS (SELECT 1 FROM volunteer av WHERE av.id = a.applicant_id
          AND (av.tier NOT IN (:...managerTiers) OR av.managed_region_code IS NULL OR (av.tier IN (:...lowerTiers) AND ${roleScope.sql})))`,
        { ...params, ...roleScope.params, managerTiers: MANAGER_TIERS },
      );
    } else qb.andWhere(`(a.applicant_id = :me OR ${visibleSql})`, params);
    return paginate(qb, [{ column: "a.id", direction: "DESC", value: (a) => a.dbId }], page);
  }
}
