import { type Actor, DomainError, type VolunteerActor } from "@kepu/domain";

/** The acting volunteer, or UNAUTHENTICATED: for operations only a signed-in person can perform (certify, apply…). */
export function requireVolunteer(actor: Actor): VolunteerActor {
  if (actor.kind !== "volunteer") throw new DomainError("UNAUTHENTICATED", "请先登录");
  return actor;
}

/** The volunteer id to record as the actor of an audit row; null for the system and API keys. */
export function auditActorId(actor: Actor): number | null {
  return actor.kind === "volunteer" ? Number(actor.volunteerId) : null;
}
