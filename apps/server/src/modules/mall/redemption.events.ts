import { EventType } from "@kepu/domain";
import type { EventInput, EventPayload } from "../../platform/events/outbox.js";
import type { Redemption } from "./redemption.entity.js";

type RedemptionEvent = typeof EventType.REDEMPTION_CREATED | typeof EventType.REDEMPTION_CANCELLED | typeof EventType.REDEMPTION_FULFILLED;

/** A redemption's event: subject the order, region the volunteer's home when they ordered; one of each type per order. */
export function redemptionEvent(type: RedemptionEvent, r: Pick<Redemption, "dbId" | "regionCode">, payload: EventPayload): EventInput {
  const step = type.replace("REDEMPTION_", "").toLowerCase();
  return {
    type,
    subjectType: "Redemption",
    subjectId: r.dbId,
    regionCode: r.regionCode,
    idempotencyKey: `redemption-${step}:${r.dbId}`,
    payload,
  };
}

/** What every redemption event carries (no personal data: ids, counts, points). */
export const redemptionFacts = (r: Redemption): EventPayload => ({
  volunteerId: r.volunteerId,
  itemId: r.itemId,
  kind: r.kind,
  quantity: r.quantity,
  totalPoints: r.totalPoints,
});
