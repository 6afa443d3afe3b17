/**
 * The event catalogue (docs/events.md): one append-only row per countable action or change,
 * written in the same transaction as the change. KPIs, points, metrics, notifications and the
 * audit log all read these; none of them has a write path of its own.
 */
export const EventType = {
  VOLUNTEER_REGISTERED: "VOLUNTEER_REGISTERED",
  VOLUNTEER_CERTIFIED: "VOLUNTEER_CERTIFIED",
  MANAGER_APPLICATION_SUBMITTED: "MANAGER_APPLICATION_SUBMITTED",
  MANAGER_APPLICATION_DECIDED: "MANAGER_APPLICATION_DECIDED",
  MANAGER_APPLICATION_WITHDRAWN: "MANAGER_APPLICATION_WITHDRAWN",
  ROLE_CHANGED: "ROLE_CHANGED",
  REGION_POPULATION_CHANGED: "REGION_POPULATION_CHANGED",
} as const;
export type EventType = (typeof EventType)[keyof typeof EventType];

/** Why a role changed: the one `changeRole` records it, and the audit log names it. */
export const RoleChangeCause = {
  APPLICATION_APPROVED: "APPLICATION_APPROVED",
  REVOKED: "REVOKED",
  ADMIN_CREATED: "ADMIN_CREATED",
  DEMO_DATA: "DEMO_DATA",
} as const;
export type RoleChangeCause = (typeof RoleChangeCause)[keyof typeof RoleChangeCause];
