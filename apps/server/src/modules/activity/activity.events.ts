import { EventType } from "@kepu/domain";
import type { EventInput } from "../../platform/events/outbox.js";
import type { ActivitySignUp } from "./activity-sign-up.entity.js";
import type { Activity } from "./activity.entity.js";

// One builder per event (docs/events.md): subject, region and key follow from the row, so a retry re-emits the same key.

type ActivityFacts = Pick<Activity, "dbId" | "regionCode" | "kind" | "authorId" | "societyId" | "submissionCount">;

const activityEvent = (type: EventType, a: ActivityFacts, key: string, payload: EventInput["payload"] = {}): EventInput => ({
  type,
  subjectType: "Activity",
  subjectId: a.dbId,
  regionCode: a.regionCode,
  idempotencyKey: key,
  payload: { kind: a.kind, authorId: a.authorId, societyId: a.societyId, ...payload },
});

/** Each submission round is its own occurrence (a rejected activity may be edited and submitted again). */
export const activitySubmitted = (a: ActivityFacts) =>
  activityEvent(EventType.ACTIVITY_SUBMITTED, a, `activity-submitted:${a.dbId}:${a.submissionCount}`);

/**
 * What 活动信息发布量 counts: one per activity ever, in its region, on the day it was published.
 * `authorRegionCode` (the author's home then) is for 活跃人数 and the author's points.
 */
export const activityPublished = (a: ActivityFacts, authorRegionCode: string | null, directly: boolean) =>
  activityEvent(EventType.ACTIVITY_PUBLISHED, a, `activity-published:${a.dbId}`, { authorRegionCode, directly });

export const activityRejected = (a: ActivityFacts, comment: string) =>
  activityEvent(EventType.ACTIVITY_REJECTED, a, `activity-rejected:${a.dbId}:${a.submissionCount}`, { comment });

/** `signUpCount`: the people to tell (the notifications consumer reads the active sign-ups of the activity). */
export const activityCancelled = (a: ActivityFacts, reason: string | null, signUpCount: number, wasPublished: boolean) =>
  activityEvent(EventType.ACTIVITY_CANCELLED, a, `activity-cancelled:${a.dbId}`, { reason, signUpCount, wasPublished });

type SignUpFacts = Pick<ActivitySignUp, "dbId" | "activityId" | "volunteerId" | "revision">;

const signUpEvent = (type: EventType, s: SignUpFacts, regionCode: string, key: string): EventInput => ({
  type,
  subjectType: "ActivitySignUp",
  subjectId: s.dbId,
  regionCode,
  idempotencyKey: key,
  payload: { activityId: s.activityId, volunteerId: s.volunteerId },
});

/** One per activation of the sign-up row (`revision`), in the activity's region. */
export const activitySignedUp = (s: SignUpFacts, activityRegionCode: string) =>
  signUpEvent(EventType.ACTIVITY_SIGNED_UP, s, activityRegionCode, `activity-sign-up:${s.dbId}:${s.revision}`);

export const activitySignUpWithdrawn = (s: SignUpFacts, activityRegionCode: string) =>
  signUpEvent(EventType.ACTIVITY_SIGN_UP_WITHDRAWN, s, activityRegionCode, `activity-sign-up-withdrawn:${s.dbId}:${s.revision}`);
