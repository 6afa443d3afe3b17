import { type Actor, isStaff, personOf, scopeCovers, scopeOf } from "./actor.js";
import { assertCleanChars } from "./account.js";
import { badInput, DomainError, excerpt } from "./errors.js";
import { isWithin } from "./region.js";

/** 社团 lifecycle (docs/domain.md, Societies): requested → approved or rejected; an active one may be dissolved. */
export const SocietyStatus = { PENDING: "PENDING", ACTIVE: "ACTIVE", REJECTED: "REJECTED", DISSOLVED: "DISSOLVED" } as const;
export type SocietyStatus = (typeof SocietyStatus)[keyof typeof SocietyStatus];
export const societyStatusLabels: Record<SocietyStatus, string> = {
  PENDING: "待审批",
  ACTIVE: "正常",
  REJECTED: "已驳回",
  DISSOLVED: "已解散",
};

export const SocietyJoinPolicy = { OPEN: "OPEN", APPROVAL: "APPROVAL" } as const;
export type SocietyJoinPolicy = (typeof SocietyJoinPolicy)[keyof typeof SocietyJoinPolicy];
export const societyJoinPolicyLabels: Record<SocietyJoinPolicy, string> = { OPEN: "自由加入", APPROVAL: "需审核" };

export const SocietyRole = { OWNER: "OWNER", ADMIN: "ADMIN", MEMBER: "MEMBER" } as const;
export type SocietyRole = (typeof SocietyRole)[keyof typeof SocietyRole];
export const societyRoleLabels: Record<SocietyRole, string> = { OWNER: "社长", ADMIN: "管理员", MEMBER: "成员" };

/** One row per (society, volunteer), reused when someone leaves and joins again. */
export const SocietyMemberStatus = { PENDING: "PENDING", ACTIVE: "ACTIVE", REJECTED: "REJECTED", LEFT: "LEFT" } as const;
export type SocietyMemberStatus = (typeof SocietyMemberStatus)[keyof typeof SocietyMemberStatus];
export const societyMemberStatusLabels: Record<SocietyMemberStatus, string> = {
  PENDING: "待审核",
  ACTIVE: "已加入",
  REJECTED: "已拒绝",
  LEFT: "已退出",
};

export const SOCIETY_NAME_MAX = 30;
export const SOCIETY_DESCRIPTION_MAX = 500;
export const SOCIETY_COMMENT_MAX = 500;
export const SOCIETY_POST_TEXT_MAX = 2000;
export const SOCIETY_POST_IMAGES_MAX = 9;
export const SOCIETY_HIDE_REASON_MAX = 200;
export const URL_MAX = 500;
export const CLIENT_POST_ID_MAX = 64;

/** The county a home region lies in: its first six digits (济源示范区 419001 included). */
export const homeCountyOf = (homeRegionCode: string): string => homeRegionCode.slice(0, 6);

/**
 * A society is founded where its founder lives: its region must be the founder's home county or a
 * township or village inside it (docs/domain.md, Societies). Keeps every society under the managers
 * who also see its founder.
 */
export function assertSocietyRegion(homeRegionCode: string | null, regionCode: string, field = "regionCode"): void {
  if (!homeRegionCode) throw badInput("请先完成实名认证（所在地区）再申请创建社团", field);
  if (regionCode.length < 6) throw badInput("社团所在地区须选择到区县级或以下", field);
  if (!isWithin(regionCode, homeCountyOf(homeRegionCode))) throw badInput("社团所在地区须在本人实名认证所在的区县之内", field);
}

/** A society as the authority rules read it. */
export interface SocietyKey {
  requesterId: string;
  regionCode: string;
  status: SocietyStatus;
}

/** Staff whose scope holds the society's region: the province, or a manager of a region containing it. */
export function governsSociety(actor: Actor, society: Pick<SocietyKey, "regionCode">): boolean {
  if (actor.kind === "system") return true;
  const person = personOf(actor);
  return !!person && isStaff(person) && scopeCovers(scopeOf(actor), society.regionCode);
}

/**
 * Why `actor` may not approve or reject this society request now, or null when they may: the
 * province or a manager whose region contains the society's, never the requester; only while pending.
 */
export function societyDecisionProblem(actor: Actor, society: SocietyKey): DomainError | null {
  if (actor.kind !== "system") {
    const person = personOf(actor);
    if (!person || !isStaff(person)) return new DomainError("FORBIDDEN", "只有省科协或管辖该地区的管理员才能审批社团");
    if (person.volunteerId === society.requesterId) return new DomainError("FORBIDDEN", "不能审批自己申请的社团");
    if (!governsSociety(actor, society)) return new DomainError("FORBIDDEN", "只有省科协或管辖该社团所在地区的管理员才能审批");
  }
  if (society.status !== "PENDING") return new DomainError("CONFLICT", "该社团申请已处理");
  return null;
}

/** Society admins and the owner moderate the feed and approve join requests. */
export const isSocietyModeratorRole = (role: SocietyRole | null): boolean => role === "OWNER" || role === "ADMIN";

/** Whether a post in this society may be hidden by the actor holding `role` in it (null: not a member). */
export function canModerateSocietyPost(actor: Actor, society: Pick<SocietyKey, "regionCode">, role: SocietyRole | null): boolean {
  return isSocietyModeratorRole(role) || governsSociety(actor, society);
}

/**
 * http(s) with a plain host (letters, digits, dots, hyphens; or a bracketed IPv6 address), an
 * optional port, then any path without spaces, quotes or angle brackets. No user info: `https://a@b`
 * reads as one site and opens another. (The domain package has no URL parser: it imports nothing.)
 */
const HTTP_URL =
  /^https?:\/\/(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?(?:[/?#][^\s"'<>\\^`{|}]*)?$/i;

/** An http(s) URL of at most URL_MAX characters, trimmed; anything else is BAD_USER_INPUT on `field`. */
export function cleanHttpUrl(value: string, field: string, label: string): string {
  const url = value.trim();
  if (!url) throw badInput(`${label}不能为空`, field);
  if (url.length > URL_MAX) throw badInput(`${label}最长 ${URL_MAX} 个字符`, field);
  assertCleanChars(url, field, label);
  if (!HTTP_URL.test(url)) throw badInput(`${label}须为 http 或 https 链接：${excerpt(url)}`, field);
  return url;
}

/** Up to SOCIETY_POST_IMAGES_MAX image URLs, each http(s); empty entries are refused rather than dropped. */
export function cleanImageUrls(urls: readonly string[] | null | undefined, field = "imageUrls"): string[] {
  if (!urls) return [];
  if (urls.length > SOCIETY_POST_IMAGES_MAX) throw badInput(`图片最多 ${SOCIETY_POST_IMAGES_MAX} 张`, field);
  return urls.map((u) => cleanHttpUrl(u, field, "图片地址"));
}

/** A client's idempotency key for a post: 1–64 letters, digits, `-`, `_`, `.` or `:`. */
export function cleanClientPostId(value: string | null | undefined, field = "clientPostId"): string | null {
  if (value === null || value === undefined) return null;
  if (!/^[A-Za-z0-9._:-]{1,64}$/.test(value)) throw badInput(`clientPostId 须为 1–${CLIENT_POST_ID_MAX} 位字母、数字或 - _ . :`, field);
  return value;
}
