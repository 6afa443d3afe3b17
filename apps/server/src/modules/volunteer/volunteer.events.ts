import { EventType } from "@kepu/domain";
import type { EventInput } from "../../platform/events/outbox.js";

// One builder per event, so a live write and a back-fill (demo data) can never disagree on its key or shape.

export const volunteerRegistered = (volunteerId: number, occurredAt?: Date): EventInput => ({
  type: EventType.VOLUNTEER_REGISTERED,
  subjectType: "Volunteer",
  subjectId: volunteerId,
  regionCode: null,
  idempotencyKey: `volunteer-registered:${volunteerId}`,
  occurredAt,
});

/** What 注册量 counts: one per person, on the day of certification, in the home region. */
export const volunteerCertified = (
  v: { dbId: number; regionCode: string | null; idNumberMasked: string | null },
  occurredAt?: Date,
): EventInput => ({
  type: EventType.VOLUNTEER_CERTIFIED,
  subjectType: "Volunteer",
  subjectId: v.dbId,
  regionCode: v.regionCode,
  idempotencyKey: `volunteer-certified:${v.dbId}`,
  payload: { idNumberMasked: v.idNumberMasked },
  occurredAt,
});
