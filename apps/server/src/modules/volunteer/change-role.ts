import { EventType, type RoleChangeCause, type Tier } from "@kepu/domain";
import type { Tx } from "../../platform/unit-of-work.js";
import { Volunteer } from "./volunteer.entity.js";

export interface RoleChange {
  tier: Tier;
  managedRegionCode: string | null;
  cause: RoleChangeCause;
  /** the approved application, when that is the cause */
  applicationId?: number;
  reason?: string | null;
  /** free facts for the record, e.g. `{ source: "cli", passwordReset: true }` */
  note?: Record<string, string | boolean>;
}

/**
 * The one place a person's tier and managed region change: the row and its ROLE_CHANGED event
 * (which the audit log records) in the caller's transaction. Approvals, revocations, the
 * create-admin command and demo data all come through here.
 */
export async function changeRole(
  tx: Tx,
  target: Pick<Volunteer, "dbId" | "tier" | "managedRegionCode">,
  change: RoleChange,
): Promise<void> {
  const before = { tier: target.tier, managedRegionCode: target.managedRegionCode };
  const after = { tier: change.tier, managedRegionCode: change.managedRegionCode };
  await tx.em.getRepository(Volunteer).update({ dbId: target.dbId }, { ...after, updatedAt: tx.now });
  const ref = change.applicationId !== undefined ? `application:${change.applicationId}` : tx.requestId;
  await tx.emit({
    type: EventType.ROLE_CHANGED,
    subjectType: "Volunteer",
    subjectId: target.dbId,
    regionCode: change.managedRegionCode ?? target.managedRegionCode,
    idempotencyKey: `role-changed:${target.dbId}:${change.cause}:${ref}`.slice(0, 128),
    payload: {
      before,
      after,
      cause: change.cause,
      applicationId: change.applicationId ?? null,
      reason: change.reason ?? null,
      ...(change.note ? { note: change.note } : {}),
    },
  });
}
