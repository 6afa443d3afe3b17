import { assertCleanChars, cleanMultilineText, cleanText } from "./account.js";
import { type Actor, isStaff, personOf, type Person, scopeCovers, scopeOf } from "./actor.js";
import { badInput, DomainError, excerpt } from "./errors.js";
import { isWithin, levelDepth, type RegionLevel } from "./region.js";
import { isManagerTier, type Tier, tierRank } from "./tier.js";

/** 活动 kinds (docs/domain.md, Activities). */
export const ActivityKind = { OFFICIAL: "OFFICIAL", LOCAL: "LOCAL", SOCIETY: "SOCIETY" } as const;
export type ActivityKind = (typeof ActivityKind)[keyof typeof ActivityKind];
export const activityKinds: readonly ActivityKind[] = ["OFFICIAL", "LOCAL", "SOCIETY"];
export const activityKindLabels: Record<ActivityKind, string> = { OFFICIAL: "官方活动", LOCAL: "地方活动", SOCIETY: "社团活动" };

/** DRAFT → PENDING → PUBLISHED | REJECTED; CANCELLED from any of DRAFT, PENDING, PUBLISHED. */
export const ActivityStatus = {
  DRAFT: "DRAFT",
  PENDING: "PENDING",
  PUBLISHED: "PUBLISHED",
  REJECTED: "REJECTED",
  CANCELLED: "CANCELLED",
} as const;
export type ActivityStatus = (typeof ActivityStatus)[keyof typeof ActivityStatus];
export const activityStatuses: readonly ActivityStatus[] = ["DRAFT", "PENDING", "PUBLISHED", "REJECTED", "CANCELLED"];
export const activityStatusLabels: Record<ActivityStatus, string> = {
  DRAFT: "草稿",
  PENDING: "待审核",
  PUBLISHED: "已发布",
  REJECTED: "已驳回",
  CANCELLED: "已取消",
};

/** One sign-up row per (activity, volunteer), reactivated when the person signs up again. */
export const SignUpStatus = { ACTIVE: "ACTIVE", WITHDRAWN: "WITHDRAWN" } as const;
export type SignUpStatus = (typeof SignUpStatus)[keyof typeof SignUpStatus];
export const signUpStatusLabels: Record<SignUpStatus, string> = { ACTIVE: "已报名", WITHDRAWN: "已取消报名" };

export const ACTIVITY_TITLE_MAX = 100;
export const ACTIVITY_DESCRIPTION_MAX = 5000;
export const ACTIVITY_PLACE_MAX = 200;
export const ACTIVITY_ORGANISER_MAX = 100;
export const ACTIVITY_IMAGES_MAX = 9;
export const ACTIVITY_URL_MAX = 500;
export const ACTIVITY_CAPACITY_MAX = 100_000;
/** Decision comments and cancellation reasons. */
export const ACTIVITY_REASON_MAX = 500;
/** An activity lasts at most this long, and starts at most this far ahead: anything beyond is a typo. */
export const ACTIVITY_MAX_DAYS = 366;
const DAY_MS = 86_400_000;

/** What a client sends for an activity (ActivityInput), before cleaning. */
export interface ActivityInputRaw {
  kind: ActivityKind;
  title: string;
  description: string;
  regionCode: string;
  startsAt: Date;
  endsAt: Date;
  place: string;
  capacity?: number | null;
  signUpDeadline?: Date | null;
  coverUrl?: string | null;
  imageUrls?: readonly string[] | null;
  organiser?: string | null;
}

/** The stored form: text trimmed and checked, URLs checked, times in order. */
export interface ActivityFields {
  kind: ActivityKind;
  title: string;
  description: string;
  startsAt: Date;
  endsAt: Date;
  place: string;
  capacity: number | null;
  signUpDeadline: Date | null;
  coverUrl: string | null;
  imageUrls: string[];
  organiser: string | null;
}

const validDate = (d: Date | null | undefined): d is Date => d instanceof Date && !Number.isNaN(d.getTime());

const HTTP_URL =
  /^https?:\/\/(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,62})?\.)*[A-Za-z0-9](?:[A-Za-z0-9-]{0,62})?(?::\d{1,5})?(?:[/?#][^\s\u0000-\u001f\u007f]*)?$/i;

/** An image or cover address: absolute http(s), no spaces or control characters, at most 500 characters. */
function cleanActivityUrl(value: string, field: string, label: string): string {
  const url = value.trim();
  if (!url) throw badInput(`${label}不能为空`, field);
  if (url.length > ACTIVITY_URL_MAX) throw badInput(`${label}最多 ${ACTIVITY_URL_MAX} 个字符`, field);
  assertCleanChars(url, field, label);
  // No URL class here (the domain package runs without DOM or Node types): scheme, host, optional port and path.
  if (!HTTP_URL.test(url)) throw badInput(`${label}须为 http:// 或 https:// 开头的网址：${excerpt(url)}`, field);
  return url;
}

function requiredText(value: string, field: string, label: string, max: number, multiline = false): string {
  const cleaned = multiline ? cleanMultilineText(value, field, label, max) : cleanText(value, field, label, max);
  if (!cleaned) throw badInput(`请填写${label}`, field);
  return cleaned;
}

/**
 * Checks and cleans an activity's content. `now` is the write's clock: a new (or edited, or
 * submitted) activity must start in the future, end after it starts, and close sign-ups no later
 * than its start. Every refusal is BAD_USER_INPUT naming the input field.
 */
export function cleanActivityInput(raw: ActivityInputRaw, now: Date): ActivityFields {
  if (!Object.hasOwn(ActivityKind, raw.kind)) throw badInput("活动类型无效", "kind");
  const title = requiredText(raw.title, "title", "活动标题", ACTIVITY_TITLE_MAX);
  const description = requiredText(raw.description, "description", "活动介绍", ACTIVITY_DESCRIPTION_MAX, true);
  const place = requiredText(raw.place, "place", "活动地点", ACTIVITY_PLACE_MAX);
  const organiser = cleanText(raw.organiser, "organiser", "主办方", ACTIVITY_ORGANISER_MAX);
  if (!validDate(raw.startsAt)) throw badInput("请填写有效的开始时间", "startsAt");
  if (!validDate(raw.endsAt)) throw badInput("请填写有效的结束时间", "endsAt");
  const { startsAt, endsAt } = raw;
  if (startsAt.getTime() <= now.getTime()) throw badInput("开始时间须晚于当前时间", "startsAt");
  if (startsAt.getTime() - now.getTime() > ACTIVITY_MAX_DAYS * DAY_MS)
    throw badInput(`开始时间不能超过 ${ACTIVITY_MAX_DAYS} 天之后`, "startsAt");
  if (endsAt.getTime() <= startsAt.getTime()) throw badInput("结束时间须晚于开始时间", "endsAt");
  if (endsAt.getTime() - startsAt.getTime() > ACTIVITY_MAX_DAYS * DAY_MS)
    throw badInput(`活动时长不能超过 ${ACTIVITY_MAX_DAYS} 天`, "endsAt");
  const capacity = raw.capacity ?? null;
  if (capacity !== null && (!Number.isInteger(capacity) || capacity < 1 || capacity > ACTIVITY_CAPACITY_MAX)) {
    throw badInput(`名额须为 1–${ACTIVITY_CAPACITY_MAX} 的整数（不限名额请留空）`, "capacity");
  }
  const signUpDeadline = raw.signUpDeadline ?? null;
  if (signUpDeadline !== null) {
    if (!validDate(signUpDeadline)) throw badInput("请填写有效的报名截止时间", "signUpDeadline");
    if (signUpDeadline.getTime() <= now.getTime()) throw badInput("报名截止时间须晚于当前时间", "signUpDeadline");
    if (signUpDeadline.getTime() > startsAt.getTime()) throw badInput("报名截止时间不能晚于开始时间", "signUpDeadline");
  }
  const coverUrl = raw.coverUrl?.trim() ? cleanActivityUrl(raw.coverUrl, "coverUrl", "封面图片地址") : null;
  const images = raw.imageUrls ?? [];
  if (images.length > ACTIVITY_IMAGES_MAX) throw badInput(`活动图片最多 ${ACTIVITY_IMAGES_MAX} 张`, "imageUrls");
  const imageUrls = images.map((url) => cleanActivityUrl(url, "imageUrls", "活动图片地址"));
  return { kind: raw.kind, title, description, startsAt, endsAt, place, capacity, signUpDeadline, coverUrl, imageUrls, organiser };
}

/** Who is writing an activity, as the region rules read them. */
export interface ActivityAuthor extends Person {
  /** certified home region; null before certification (and for the province's own account) */
  homeRegionCode: string | null;
}

/**
 * Where an author may hold LOCAL activities: the province anywhere; a manager inside the region
 * they manage (代发: on behalf of any region there); every certified volunteer, managers included,
 * inside the county of their home (the managers of that county also see them).
 */
export function localActivityReach(author: ActivityAuthor): { all: true } | { all: false; codes: string[] } {
  if (author.tier === "PROVINCE_ADMIN") return { all: true };
  const codes: string[] = [];
  if (isManagerTier(author.tier) && author.managedRegionCode) codes.push(author.managedRegionCode);
  if (author.homeRegionCode) codes.push(author.homeRegionCode.slice(0, 6));
  return { all: false, codes };
}

/**
 * The region rule of each kind (docs/domain.md, Activities): OFFICIAL only by the province, in any
 * region; LOCAL at county level or below, inside the author's reach; SOCIETY inside its society's
 * region (the caller checks the society and the author's role there). Refusals name `regionCode`.
 */
export function assertActivityRegion(
  kind: ActivityKind,
  author: ActivityAuthor,
  region: { code: string; level: RegionLevel },
  society?: { regionCode: string } | null,
): void {
  if (kind === "OFFICIAL") {
    if (author.tier !== "PROVINCE_ADMIN") throw new DomainError("FORBIDDEN", "只有省科协可以发布官方活动");
    return;
  }
  if (levelDepth(region.level) < levelDepth("COUNTY")) throw badInput("活动地区须选择到区县级或以下", "regionCode");
  if (kind === "SOCIETY") {
    if (society && !isWithin(region.code, society.regionCode)) throw badInput("社团活动须在社团所在地区之内举办", "regionCode");
    return;
  }
  const reach = localActivityReach(author);
  if (!reach.all && !reach.codes.some((code) => isWithin(region.code, code))) {
    throw badInput(
      isManagerTier(author.tier) ? "活动地区须在您管辖的地区或本人所在区县之内" : "活动地区须在本人实名认证所在的区县之内",
      "regionCode",
    );
  }
}

/** An activity as the authority rules read it. */
export interface ActivityKey {
  authorId: string;
  /** the author's tier when it was last submitted: deciders rank above it */
  authorTier: Tier;
  regionCode: string;
  status: ActivityStatus;
  /** set once it was published: a cancelled activity that had been public stays public */
  published: boolean;
}

/** Submissions by the province publish at once: nobody ranks above it to decide them. */
export const publishesOnSubmit = (author: Pick<Person, "tier">): boolean => author.tier === "PROVINCE_ADMIN";

/**
 * Who may decide (approve or reject) an activity: the province, or a manager of a strictly higher
 * tier than its author whose region contains the activity's; never its author.
 */
export function canDecideActivity(by: Person, a: Pick<ActivityKey, "authorId" | "authorTier" | "regionCode">): boolean {
  if (by.volunteerId === a.authorId) return false;
  if (by.tier === "PROVINCE_ADMIN") return true;
  if (!isManagerTier(by.tier) || !by.managedRegionCode) return false;
  return tierRank(by.tier) > tierRank(a.authorTier) && isWithin(a.regionCode, by.managedRegionCode);
}

/** Manager tiers that may decide an activity whose author holds `authorTier` (the province aside). */
export function activityDeciderTiers(authorTier: Tier): Tier[] {
  return (["TOWNSHIP_MANAGER", "COUNTY_MANAGER", "CITY_MANAGER"] as Tier[]).filter((t) => tierRank(t) > tierRank(authorTier));
}

/** Author tiers a decider of `tier` ranks above: the activities they may decide. */
export function activityAuthorTiersBelow(tier: Tier): Tier[] {
  return (["INDIVIDUAL", "TOWNSHIP_MANAGER", "COUNTY_MANAGER", "CITY_MANAGER"] as Tier[]).filter((t) => tierRank(t) < tierRank(tier));
}

/** Published (or cancelled after being published) activities are for every signed-in caller. */
export const isPublicActivity = (a: Pick<ActivityKey, "status" | "published">): boolean =>
  a.status === "PUBLISHED" || (a.status === "CANCELLED" && a.published);

/**
 * Visibility: public activities to every signed-in caller (an API key within its region); drafts
 * only to their author; pending, rejected and unpublished cancelled ones to their author and to
 * those who may decide them.
 */
export function canSeeActivity(actor: Actor, a: ActivityKey): boolean {
  if (actor.kind === "system") return true;
  if (actor.kind === "apiKey") return isPublicActivity(a) && scopeCovers(scopeOf(actor), a.regionCode);
  const person = personOf(actor);
  if (!person) return false;
  if (isPublicActivity(a) || person.volunteerId === a.authorId) return true;
  return a.status !== "DRAFT" && canDecideActivity(person, a);
}

/**
 * Who runs an activity once it is out: its author (the organiser), the province, and managers
 * whose region contains it. They see and export the sign-ups and take attendance.
 */
export function canManageActivity(actor: Actor, a: Pick<ActivityKey, "authorId" | "regionCode">): boolean {
  if (actor.kind === "system") return true;
  const person = personOf(actor);
  if (!person) return false;
  if (person.volunteerId === a.authorId) return true;
  return isStaff(person) && scopeCovers(scopeOf(actor), a.regionCode);
}

/** Why `actor` may not decide this activity now, or null when they may (FORBIDDEN before CONFLICT: strangers learn nothing). */
export function activityDecisionProblem(actor: Actor, a: ActivityKey): DomainError | null {
  if (actor.kind !== "system") {
    const person = personOf(actor);
    if (!person) return new DomainError("FORBIDDEN", "只有省科协或管理员才能审核活动");
    if (person.volunteerId === a.authorId) return new DomainError("FORBIDDEN", "不能审核自己提交的活动");
    if (!canDecideActivity(person, a)) return new DomainError("FORBIDDEN", "只有省科协或层级高于发布者且管辖该地区的管理员才能审核");
  }
  if (a.status !== "PENDING") return new DomainError("CONFLICT", "该活动不在待审核状态");
  return null;
}

/** Cancelling: the author, or whoever may decide it (a superior over its region); not once it is over or already closed. */
export function activityCancelProblem(actor: Actor, a: ActivityKey & { endsAt: Date }, now: Date): DomainError | null {
  if (actor.kind !== "system") {
    const person = personOf(actor);
    if (!person || (person.volunteerId !== a.authorId && !canDecideActivity(person, a))) {
      return new DomainError("FORBIDDEN", "只有发布者、省科协或管辖该地区的上级管理员才能取消活动");
    }
  }
  if (a.status === "CANCELLED") return new DomainError("CONFLICT", "该活动已取消");
  if (a.status === "REJECTED") return new DomainError("CONFLICT", "已驳回的活动无需取消");
  if (a.endsAt.getTime() <= now.getTime()) return new DomainError("CONFLICT", "活动已结束，不能取消");
  return null;
}

/** Whether sign-ups are open now: published, before the deadline and before the start. */
export function signUpProblem(a: { status: ActivityStatus; startsAt: Date; signUpDeadline: Date | null }, now: Date): DomainError | null {
  if (a.status === "CANCELLED") return new DomainError("CONFLICT", "活动已取消，不能报名");
  if (a.status !== "PUBLISHED") return new DomainError("CONFLICT", "活动尚未发布，不能报名");
  if (a.signUpDeadline && now.getTime() >= a.signUpDeadline.getTime()) return new DomainError("CONFLICT", "报名已截止");
  if (now.getTime() >= a.startsAt.getTime()) return new DomainError("CONFLICT", "活动已开始，报名已截止");
  return null;
}

export const ACTIVITY_FULL_MESSAGE = "活动名额已满，无法报名";
