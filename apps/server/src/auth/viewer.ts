import type { Actor } from "@kepu/domain";
import type { Volunteer } from "../modules/volunteer/volunteer.entity.js";

/** Who is asking. Built once per request from the bearer token; null for anonymous callers. */
export interface Viewer {
  kind: "session";
  volunteer: Volunteer;
  sessionId: string;
  actor: Actor;
}

export function actorOf(v: Volunteer): Actor {
  return { volunteerId: String(v.dbId), tier: v.tier, managedRegionCode: v.managedRegionCode };
}
