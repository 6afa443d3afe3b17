import { DomainError } from "./errors.js";
import { isWithin } from "./region.js";
import { isManagerTier, type Tier } from "./tier.js";

/** A person's standing, as the authority rules read it (see docs/domain.md, Authority). */
export interface Person {
  volunteerId: string;
  tier: Tier;
  /** Region the manager manages; null for individuals and the province (which manages everything). */
  managedRegionCode: string | null;
}

/**
 * Who is acting: every rule and every service reads this, never a transport's notion of a user.
 * API keys and the system (CLI, jobs, workers) act without being a volunteer.
 */
export type Actor =
  | { kind: "anonymous" }
  | ({ kind: "volunteer"; certified: boolean } & Person)
  | { kind: "apiKey"; apiKeyId: string; regionCode: string | null; scopes: readonly string[] }
  | { kind: "system"; name: string };

export type VolunteerActor = Extract<Actor, { kind: "volunteer" }>;

export const ANONYMOUS: Actor = { kind: "anonymous" };

export const systemActor = (name: string): Actor => ({ kind: "system", name });

export function volunteerActor(p: Person & { certified: boolean }): Actor {
  return { kind: "volunteer", volunteerId: p.volunteerId, tier: p.tier, managedRegionCode: p.managedRegionCode, certified: p.certified };
}

/** The person behind the actor, or null for anonymous callers, API keys and the system. */
export function personOf(actor: Actor): Person | null {
  return actor.kind === "volunteer" ? actor : null;
}

export const isProvince = (actor: Actor): boolean => actor.kind === "volunteer" && actor.tier === "PROVINCE_ADMIN";

/** Staff: the province, or a manager with a region to manage (who may list and export volunteers, review applications). */
export const isStaff = (p: Person): boolean => p.tier === "PROVINCE_ADMIN" || (isManagerTier(p.tier) && p.managedRegionCode !== null);

/** Region data an actor may see: everything, one subtree, or nothing. */
export type RegionScope = { kind: "all" } | { kind: "subtree"; code: string } | { kind: "none" };

export function scopeOf(actor: Actor): RegionScope {
  switch (actor.kind) {
    case "system":
      return { kind: "all" };
    case "apiKey":
      return actor.regionCode ? { kind: "subtree", code: actor.regionCode } : { kind: "all" };
    case "volunteer":
      if (actor.tier === "PROVINCE_ADMIN") return { kind: "all" };
      return isManagerTier(actor.tier) && actor.managedRegionCode ? { kind: "subtree", code: actor.managedRegionCode } : { kind: "none" };
    default:
      return { kind: "none" };
  }
}

/** The region scope of a person's role (same rule as scopeOf for a volunteer actor). */
export function personScope(p: Person): RegionScope {
  return scopeOf({ kind: "volunteer", certified: true, ...p });
}

export function scopeCovers(scope: RegionScope, regionCode: string | null | undefined): boolean {
  if (scope.kind === "all") return true;
  if (scope.kind === "none" || !regionCode) return false;
  return isWithin(regionCode, scope.code);
}

/**
 * Narrows a requested region filter to the scope: a region inside the scope is used as is; one
 * outside it is FORBIDDEN (not silently empty), so a manager learns they asked for too much.
 */
export function narrowScope(scope: RegionScope, regionCode: string | null | undefined): RegionScope {
  if (!regionCode) return scope;
  if (!scopeCovers(scope, regionCode)) throw new DomainError("FORBIDDEN", "无权查看该地区的数据");
  return { kind: "subtree", code: regionCode };
}

/** A volunteer record may be seen by the person, the province, and managers whose subtree holds their home region. */
export function canSeeVolunteer(actor: Actor, v: { volunteerId: string; regionCode: string | null }): boolean {
  if (actor.kind === "volunteer" && actor.volunteerId === v.volunteerId) return true;
  return actor.kind !== "anonymous" && scopeCovers(scopeOf(actor), v.regionCode);
}

/** Full phone numbers: the person and the province only; everyone else sees the masked form. */
export function canSeePhone(actor: Actor, v: { volunteerId: string }): boolean {
  return (
    actor.kind === "system" || (actor.kind === "volunteer" && (actor.volunteerId === v.volunteerId || actor.tier === "PROVINCE_ADMIN"))
  );
}
