import { type Tier, type VolunteerActor, volunteerActor } from "@kepu/domain";
import type { Volunteer } from "../volunteer/volunteer.entity.js";

/** The actor a signed-in person acts as: what authority rules read (never the row itself). */
export function actorOf(v: Pick<Volunteer, "dbId" | "tier" | "managedRegionCode" | "certifiedAt">): VolunteerActor {
  return sessionActor({ volunteerId: v.dbId, tier: v.tier, managedRegionCode: v.managedRegionCode, certified: v.certifiedAt !== null });
}

/** The columns a session check reads (auth.service.ts resolveSession): no password hash, no personal data. */
export interface SessionActorRow {
  volunteerId: number | string;
  tier: Tier;
  managedRegionCode: string | null;
  /** 0/1 from SQL (`certified_at IS NOT NULL`), or a boolean. */
  certified: number | string | boolean;
}

export function sessionActor(row: SessionActorRow): VolunteerActor {
  return volunteerActor({
    volunteerId: String(row.volunteerId),
    tier: row.tier,
    managedRegionCode: row.managedRegionCode,
    certified: row.certified === true || Number(row.certified) === 1,
  }) as VolunteerActor;
}
