import { EventType } from "@kepu/domain";
import type { EventInput } from "../../platform/events/outbox.js";
import type { Society, SocietyPost } from "./society.entity.js";

/** SOCIETY_CREATED: a request was approved; the society's region, one per society. The actor is the decider. */
export function societyCreated(s: Pick<Society, "dbId" | "regionCode" | "name" | "joinPolicy" | "requesterId">): EventInput {
  return {
    type: EventType.SOCIETY_CREATED,
    subjectType: "Society",
    subjectId: s.dbId,
    regionCode: s.regionCode,
    idempotencyKey: `society-created:${s.dbId}`,
    payload: { name: s.name, joinPolicy: s.joinPolicy, ownerId: s.requesterId },
  };
}

/**
 * SOCIETY_POST: one per post, counted by 活跃人数 and the points rules (society post +1, 5 a day).
 * Region is the society's (where the post was made), the actor the author; `authorRegionCode` is the
 * author's home region at that moment, where 活跃人数 counts the author as active.
 */
export function societyPosted(
  p: Pick<SocietyPost, "dbId">,
  s: Pick<Society, "dbId" | "regionCode">,
  authorRegionCode: string | null,
): EventInput {
  return {
    type: EventType.SOCIETY_POST,
    subjectType: "SocietyPost",
    subjectId: p.dbId,
    regionCode: s.regionCode,
    idempotencyKey: `society-post:${p.dbId}`,
    payload: { societyId: s.dbId, authorRegionCode },
  };
}
