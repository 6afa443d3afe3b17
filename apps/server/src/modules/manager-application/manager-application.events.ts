import { EventType } from "@kepu/domain";
import type { EventInput, EventPayload } from "../../platform/events/outbox.js";
import type { ManagerApplication } from "./manager-application.entity.js";

type ApplicationEvent =
  | typeof EventType.MANAGER_APPLICATION_SUBMITTED
  | typeof EventType.MANAGER_APPLICATION_DECIDED
  | typeof EventType.MANAGER_APPLICATION_WITHDRAWN;

/** An application's event: subject, region and key follow from the application, one event of each type per application. */
export function applicationEvent(
  type: ApplicationEvent,
  app: Pick<ManagerApplication, "dbId" | "regionCode">,
  payload: EventPayload,
  occurredAt?: Date,
): EventInput {
  const step = type.replace("MANAGER_APPLICATION_", "").toLowerCase();
  return {
    type,
    subjectType: "ManagerApplication",
    subjectId: app.dbId,
    regionCode: app.regionCode,
    idempotencyKey: `application-${step}:${app.dbId}`,
    payload,
    occurredAt,
  };
}
