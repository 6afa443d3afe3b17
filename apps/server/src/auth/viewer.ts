import type { VolunteerActor } from "@kepu/domain";
import type { Volunteer } from "../modules/volunteer/volunteer.entity.js";

export { actorOf } from "../modules/auth/session-actor.js";

/** A resolved session token: the person's row, the session, and the actor authority reads. */
export interface Viewer {
  kind: "session";
  volunteer: Volunteer;
  sessionId: string;
  actor: VolunteerActor;
}
