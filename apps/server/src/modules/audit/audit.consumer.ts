import { AuditAction, EventType, RoleChangeCause } from "@kepu/domain";
import type { EventConsumer } from "../../platform/events/event-bus.js";
import type { EventPayload, StoredEvent } from "../../platform/events/outbox.js";
import type { Tx } from "../../platform/unit-of-work.js";
import { Volunteer } from "../volunteer/volunteer.entity.js";
import { AuditLogEntry } from "./audit-log.entity.js";

interface AuditRecord {
  action: AuditAction;
  before?: unknown;
  after?: unknown;
}

const roleAction: Record<string, AuditAction> = {
  [RoleChangeCause.REVOKED]: AuditAction.MANAGER_REVOKED,
  [RoleChangeCause.ADMIN_CREATED]: AuditAction.PROVINCE_ADMIN_CREATED,
};

/** How each audited event reads in the log (before/after as the console shows them). */
async function recordOf(tx: Tx, e: StoredEvent): Promise<AuditRecord | null> {
  const p = e.payload as Record<string, EventPayload[string]>;
  switch (e.type) {
    case EventType.VOLUNTEER_CERTIFIED: {
      // The event carries no name (events are read widely); the audit log, for the province only, does.
      const v = await tx.em
        .getRepository(Volunteer)
        .findOne({ select: { dbId: true, realName: true }, where: { dbId: Number(e.subjectId) } });
      return {
        action: AuditAction.VOLUNTEER_CERTIFIED,
        after: { realName: v?.realName ?? null, idNumberMasked: p.idNumberMasked, regionCode: e.regionCode },
      };
    }
    case EventType.MANAGER_APPLICATION_SUBMITTED:
      return { action: AuditAction.MANAGER_APPLICATION_SUBMITTED, after: { tier: p.tier, regionCode: p.regionCode, reason: p.reason } };
    case EventType.MANAGER_APPLICATION_DECIDED:
      return {
        action: p.status === "APPROVED" ? AuditAction.MANAGER_APPLICATION_APPROVED : AuditAction.MANAGER_APPLICATION_REJECTED,
        before: { status: "PENDING" },
        after: { status: p.status, comment: p.comment },
      };
    case EventType.MANAGER_APPLICATION_WITHDRAWN:
      return { action: AuditAction.MANAGER_APPLICATION_WITHDRAWN, before: { status: "PENDING" }, after: { status: "WITHDRAWN" } };
    case EventType.ROLE_CHANGED: {
      const after = { ...(p.after as Record<string, unknown>) };
      if (p.applicationId !== null) after.applicationId = p.applicationId;
      if (p.cause === RoleChangeCause.REVOKED) after.reason = p.reason;
      if (p.note) Object.assign(after, p.note);
      return { action: roleAction[String(p.cause)] ?? AuditAction.ROLE_CHANGED, before: p.before, after };
    }
    case EventType.REGION_POPULATION_CHANGED:
      return { action: AuditAction.REGION_POPULATION_CHANGED, before: p.before, after: p.after };
    case EventType.POINTS_ADJUSTED:
      return { action: AuditAction.POINTS_ADJUSTED, after: { volunteerId: p.volunteerId, delta: p.delta, reason: p.reason } };
    default:
      return null;
  }
}

/**
 * The audit log as a reader of events, inside the emitting transaction: a decision and its
 * record commit or fail together, and no service writes audit rows itself.
 */
export const auditConsumer: EventConsumer = {
  name: "audit-log",
  mode: "inline",
  types: [
    EventType.VOLUNTEER_CERTIFIED,
    EventType.MANAGER_APPLICATION_SUBMITTED,
    EventType.MANAGER_APPLICATION_DECIDED,
    EventType.MANAGER_APPLICATION_WITHDRAWN,
    EventType.ROLE_CHANGED,
    EventType.REGION_POPULATION_CHANGED,
    EventType.POINTS_ADJUSTED,
  ],
  async handle(tx, event) {
    const record = await recordOf(tx, event);
    if (!record) return;
    await tx.em.getRepository(AuditLogEntry).insert({
      actorId: event.actorKind === "volunteer" && event.actorId ? Number(event.actorId) : null,
      action: record.action,
      targetType: event.subjectType,
      targetId: event.subjectId,
      regionCode: event.regionCode,
      before: record.before === undefined ? null : JSON.stringify(record.before),
      after: record.after === undefined ? null : JSON.stringify(record.after),
      requestId: event.requestId,
      createdAt: event.occurredAt,
    });
  },
};
