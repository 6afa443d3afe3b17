import { type Actor, DomainError, type EventType, toLocalDate } from "@kepu/domain";
import { isUniqueViolation } from "../../db/unique-violation.js";
import type { Tx } from "../unit-of-work.js";
import { DomainEvent, MAX_EVENT_PAYLOAD } from "./domain-event.entity.js";
import type { EventBus } from "./event-bus.js";

export type EventPayload = Record<
  string,
  string | number | boolean | null | readonly (string | number)[] | Record<string, string | number | boolean | null>
>;

/** What a service says happened; the actor, time, day and request id come from the transaction. */
export interface EventInput {
  type: EventType;
  subjectType: string;
  subjectId: string | number;
  /** The subject's region now (null when it has none, e.g. an uncertified volunteer). */
  regionCode: string | null;
  /** Unique per real-world occurrence: a retried write re-emits the same key and is ignored. */
  idempotencyKey: string;
  payload?: EventPayload;
  /** When it happened, if not now: only for back-fills and imports of past facts (demo data, migrations of history). */
  occurredAt?: Date;
}

/** An event as consumers see it (the payload parsed). */
export interface StoredEvent {
  id: number;
  type: EventType;
  actorKind: Actor["kind"];
  actorId: string | null;
  subjectType: string;
  subjectId: string;
  regionCode: string | null;
  day: string;
  occurredAt: Date;
  idempotencyKey: string;
  payload: EventPayload;
  requestId: string | null;
}

function actorColumns(actor: Actor): { actorKind: Actor["kind"]; actorId: string | null } {
  switch (actor.kind) {
    case "volunteer":
      return { actorKind: "volunteer", actorId: actor.volunteerId };
    case "apiKey":
      return { actorKind: "apiKey", actorId: actor.apiKeyId };
    case "system":
      return { actorKind: "system", actorId: actor.name.slice(0, 64) };
    default:
      return { actorKind: "anonymous", actorId: null };
  }
}

/**
 * The one way an event is written: in the caller's transaction, then handed to the inline
 * consumers in that same transaction. A repeated idempotency key writes nothing and runs nothing.
 */
export async function emitEvent(tx: Tx, bus: EventBus, input: EventInput): Promise<boolean> {
  const payload = JSON.stringify(input.payload ?? {});
  // Programming errors, not client input: fail loudly rather than store something consumers cannot read.
  if (payload.length > MAX_EVENT_PAYLOAD) throw new DomainError("INTERNAL_SERVER_ERROR", `event payload too large: ${input.type}`);
  if (input.idempotencyKey.length > 128) throw new DomainError("INTERNAL_SERVER_ERROR", `idempotency key too long: ${input.type}`);
  const row: Omit<DomainEvent, "id"> = {
    type: input.type,
    ...actorColumns(tx.actor),
    subjectType: input.subjectType,
    subjectId: String(input.subjectId),
    regionCode: input.regionCode,
    day: input.occurredAt ? toLocalDate(input.occurredAt) : tx.day,
    occurredAt: input.occurredAt ?? tx.now,
    idempotencyKey: input.idempotencyKey,
    payload,
    requestId: tx.requestId.slice(0, 64),
  };
  let id: number;
  try {
    // A failed statement rolls back only itself on both dialects, so the transaction goes on.
    const result = await tx.em.getRepository(DomainEvent).insert(row);
    id = Number(result.identifiers[0]?.id ?? result.raw?.insertId);
  } catch (err) {
    if (isUniqueViolation(err)) return false;
    throw err;
  }
  const stored = toStored({ ...row, id });
  for (const consumer of bus.inline(input.type)) await consumer.handle(tx, stored);
  return true;
}

export function toStored(row: DomainEvent): StoredEvent {
  return {
    id: Number(row.id),
    type: row.type as EventType,
    actorKind: row.actorKind as Actor["kind"],
    actorId: row.actorId,
    subjectType: row.subjectType,
    subjectId: row.subjectId,
    regionCode: row.regionCode,
    day: row.day,
    occurredAt: row.occurredAt,
    idempotencyKey: row.idempotencyKey,
    payload: JSON.parse(row.payload) as EventPayload,
    requestId: row.requestId,
  };
}
