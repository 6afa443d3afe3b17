import { isAuditAction, type AuditAction } from "@kepu/domain";
import dayjs from "dayjs";
import { targetTypeLabels } from "./audit-labels";

/** The audit log's filters, as kept in the URL (`action`, `targetType`, `targetId`, `actorId`, `from`, `to`; dates inclusive). */
export interface AuditFilterValues {
  action?: AuditAction;
  targetType?: string;
  targetId?: string;
  actorId?: string;
  from?: string;
  to?: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function auditFilterFromParams(params: URLSearchParams): AuditFilterValues {
  const get = (key: string) => params.get(key)?.trim() || undefined;
  const action = get("action");
  const targetType = get("targetType");
  const from = get("from");
  const to = get("to");
  return {
    action: action && isAuditAction(action) ? action : undefined,
    targetType: targetType && Object.hasOwn(targetTypeLabels, targetType) ? targetType : undefined,
    targetId: get("targetId")?.slice(0, 32),
    actorId: get("actorId")?.slice(0, 200),
    from: from && DAY.test(from) ? from : undefined,
    to: to && DAY.test(to) ? to : undefined,
  };
}

/** URL values → `auditLogs` variables; the picker's last day is inclusive, the API's `to` exclusive. */
export function auditVariables(values: AuditFilterValues) {
  return {
    action: values.action ?? null,
    targetType: values.targetType ?? null,
    targetId: values.targetType && values.targetId ? values.targetId : null,
    actorId: values.actorId ?? null,
    from: values.from ?? null,
    to: values.to ? dayjs(values.to).add(1, "day").format("YYYY-MM-DD") : null,
  };
}
