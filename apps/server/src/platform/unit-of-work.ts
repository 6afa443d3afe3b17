import { type Actor, toLocalDate } from "@kepu/domain";
import type { EntityManager } from "typeorm";
import { transaction } from "../db/transaction.js";
import { emitEvent, type EventInput } from "./events/outbox.js";
import type { RequestContext } from "./request-context.js";

/**
 * The transaction-scoped handle every write receives: the entity manager of the one open
 * transaction, who acts, one clock reading for the whole write, the request id, and `emit` for
 * the event outbox (docs/events.md).
 */
export interface Tx {
  readonly em: EntityManager;
  readonly actor: Actor;
  readonly requestId: string;
  /** One instant for the whole write, so every row and event it writes agrees on the time. */
  readonly now: Date;
  /** Asia/Shanghai calendar day of `now`. */
  readonly day: string;
  /** Appends an event in this transaction and runs its inline consumers; false when the idempotency key was seen before. */
  emit(event: EventInput): Promise<boolean>;
}

export async function runInTransaction<T>(rc: RequestContext, work: (tx: Tx) => Promise<T>): Promise<T> {
  return transaction(rc.app.ds, async (em) => {
    const now = rc.app.clock?.() ?? new Date();
    const tx: Tx = {
      em,
      actor: rc.actor,
      requestId: rc.requestId,
      now,
      day: toLocalDate(now),
      emit: (event) => emitEvent(tx, rc.app.events, event),
    };
    return work(tx);
  });
}

/** A Tx for code that already holds a transaction (a drained consumer, a CLI import). */
export function txFor(em: EntityManager, actor: Actor, requestId: string, events: Parameters<typeof emitEvent>[1]): Tx {
  const now = new Date();
  const tx: Tx = { em, actor, requestId, now, day: toLocalDate(now), emit: (event) => emitEvent(tx, events, event) };
  return tx;
}
