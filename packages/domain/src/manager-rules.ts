import { type Actor, type Person, personScope, scopeCovers } from "./actor.js";
import { badInput, DomainError } from "./errors.js";
import { isWithin, type RegionLevel, regionLevelLabels } from "./region.js";
import { isManagerTier, levelForTier, type Tier, tierLabels, tierRank } from "./tier.js";

export const ApplicationStatus = { PENDING: "PENDING", APPROVED: "APPROVED", REJECTED: "REJECTED", WITHDRAWN: "WITHDRAWN" } as const;
export type ApplicationStatus = (typeof ApplicationStatus)[keyof typeof ApplicationStatus];

export const applicationStatusLabels: Record<ApplicationStatus, string> = {
  PENDING: "待审批",
  APPROVED: "已通过",
  REJECTED: "已驳回",
  WITHDRAWN: "已撤回",
};

export interface ApplicationKey {
  applicantId: string;
  tier: Tier;
  regionCode: string;
}

/**
 * An application for tier T over region X may be decided by the province, or by a manager of a
 * strictly higher tier whose region contains X — never by the applicant (docs/domain.md).
 */
export function canDecideApplication(by: Person, application: ApplicationKey): boolean {
  if (by.volunteerId === application.applicantId) return false;
  if (by.tier === "PROVINCE_ADMIN") return true;
  if (!isManagerTier(by.tier) || !by.managedRegionCode) return false;
  return tierRank(by.tier) > tierRank(application.tier) && isWithin(application.regionCode, by.managedRegionCode);
}

/**
 * Ending a manager's role takes the province, or a strictly higher tier whose region contains the
 * managed region — never oneself.
 */
export function canRevokeManager(by: Person, target: Person): boolean {
  if (by.volunteerId === target.volunteerId || !isManagerTier(target.tier) || !target.managedRegionCode) return false;
  if (by.tier === "PROVINCE_ADMIN") return true;
  return tierRank(by.tier) > tierRank(target.tier) && scopeCovers(personScope(by), target.managedRegionCode);
}

/** Whether `p` holds a manager role that an approval would replace. */
export const holdsManagerRole = (p: Person): boolean => isManagerTier(p.tier) && p.managedRegionCode !== null;

/**
 * Why `actor` may not decide this application now, or null when they may. Approving replaces the
 * applicant's current role, so someone who could not revoke that role cannot decide either: a
 * county manager never turns a city manager into a township manager (docs/domain.md).
 */
export function decisionProblem(
  actor: Actor,
  application: ApplicationKey & { status: ApplicationStatus },
  applicant: Person,
): DomainError | null {
  if (actor.kind !== "system") {
    if (actor.kind !== "volunteer") return new DomainError("FORBIDDEN", "只有省科协或管理员才能审批");
    if (actor.volunteerId === application.applicantId) return new DomainError("FORBIDDEN", "不能审批自己的申请");
    if (!canDecideApplication(actor, application)) return new DomainError("FORBIDDEN", "只有省科协或更高层级且管辖该地区的管理员才能审批");
    if (holdsManagerRole(applicant) && !canRevokeManager(actor, applicant)) {
      return new DomainError("FORBIDDEN", `申请人现为${tierLabels[applicant.tier]}，只有有权撤销其现任职务的管理员（或省科协）才能审批`);
    }
  }
  if (application.status !== "PENDING") return new DomainError("CONFLICT", "该申请已处理");
  return null;
}

/**
 * Checks an application for tier T over a region before it is filed: T must be a manager tier,
 * the region must be at T's level, and it must contain the applicant's certified home (managers
 * come from the place they manage, which keeps every applicant inside their deciders' subtree).
 */
export function assertApplicationTarget(
  applicant: { tier: Tier; homeRegionCode: string | null },
  tier: Tier,
  region: { code: string; name: string; level: RegionLevel },
): void {
  if (applicant.tier === "PROVINCE_ADMIN") throw badInput("省科协科普部账号无需申请管理员", "tier");
  const level = levelForTier(tier);
  if (!level) throw badInput("只能申请乡镇级、区县级或市级管理员", "tier");
  if (region.level !== level) {
    throw badInput(
      `${tierLabels[tier]}须对应${regionLevelLabels[level]}级地区，所选“${region.name}”是${regionLevelLabels[region.level]}级`,
      "regionCode",
    );
  }
  if (!applicant.homeRegionCode || !isWithin(applicant.homeRegionCode, region.code))
    throw badInput("只能申请管理本人实名认证所在的地区", "regionCode");
}
