import type { EntityManager } from "typeorm";
import type { SocietyRole, SocietyStatus } from "@kepu/domain";

/** A volunteer's role inside a society (only ACTIVE memberships count); the union lives in @kepu/domain. */
export type { SocietyRole };
export type SocietyStatusName = SocietyStatus;

/**
 * Role of `volunteerId` in society `societyId`, or null when not an active member.
 * Used by other modules (activities of kind SOCIETY) — kept free of graphql imports; pass the transaction's manager
 * when calling inside `rc.write` so the answer is consistent with the write.
 */
export async function societyRoleOf(em: EntityManager, societyId: number, volunteerId: number): Promise<SocietyRole | null> {
  const row = await em
    .createQueryBuilder()
    .select("m.role", "role")
    .from("society_member", "m")
    .where("m.society_id = :societyId AND m.volunteer_id = :volunteerId AND m.status = :status", {
      societyId,
      volunteerId,
      status: "ACTIVE",
    })
    .getRawOne<{ role: SocietyRole }>();
  return row?.role ?? null;
}

/** Status of a society, or null when it does not exist. */
export async function societyStatusOf(em: EntityManager, societyId: number): Promise<SocietyStatusName | null> {
  const row = await em
    .createQueryBuilder()
    .select("s.status", "status")
    .from("society", "s")
    .where("s.id = :societyId", { societyId })
    .getRawOne<{ status: SocietyStatusName }>();
  return row?.status ?? null;
}

export async function societyExists(em: EntityManager, societyId: number): Promise<boolean> {
  return (await societyStatusOf(em, societyId)) !== null;
}

/** True when the volunteer may post society activities: owner or admin of an ACTIVE society. */
export async function canManageSociety(em: EntityManager, societyId: number, volunteerId: number): Promise<boolean> {
  if ((await societyStatusOf(em, societyId)) !== "ACTIVE") return false;
  const role = await societyRoleOf(em, societyId, volunteerId);
  return role === "OWNER" || role === "ADMIN";
}

/** Minimal facts other modules need about a society (e.g. an activity inherits its region). */
export interface SocietyBasics {
  id: number;
  name: string;
  regionCode: string;
  status: SocietyStatusName;
}

export async function societyBasicsOf(em: EntityManager, societyId: number): Promise<SocietyBasics | null> {
  const row = await em
    .createQueryBuilder()
    .select(["s.id AS id", "s.name AS name", "s.region_code AS regionCode", "s.status AS status"])
    .from("society", "s")
    .where("s.id = :societyId", { societyId })
    .getRawOne<{ id: number | string; name: string; regionCode: string; status: SocietyStatusName }>();
  return row ? { id: Number(row.id), name: row.name, regionCode: row.regionCode, status: row.status } : null;
}
