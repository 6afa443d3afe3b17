import { type VolunteerActor, volunteerActor } from "@kepu/domain";
import type { Volunteer } from "../volunteer/volunteer.entity.js";

/** The actor a signed-in person acts as: what authority rules read (never the row itself). */
export function actorOf(v: Pick<Volunteer, "dbId" | "tier" | "managedRegionCode" | "certifiedAt">): VolunteerActor {
  return volunteerActor({
    volunteerId: String(v.dbId),
    tier: v.tier,
    managedRegionCode: v.managedRegionCode,
    certified: v.certifiedAt !== null,
  }) as VolunteerActor;
}
