import { systemActor } from "@kepu/domain";
import type { DataSource, EntityManager } from "typeorm";
import { dialectOf } from "../../db/data-source.js";
import { exclusive, transaction } from "../../db/transaction.js";
import { txFor } from "../unit-of-work.js";
import { ConsumerCursor } from "./consumer-cursor.entity.js";
import { DomainEvent } from "./domain-event.entity.js";
import { type EventBus, type EventConsumer, reads } from "./event-bus.js";
import { toStored } from "./outbox.js";

export interface DrainOptions {
  /** Events applied per transaction. */
  batchSize?: number;
  /**
   * How long a transaction may stay open between inserting an event and committing it (MariaDB).
   * Ids are assigned at insert but become visible at commit, so a reader could see id 10 before
   * id 9 commits. The drainer therefore notes the highest committed id (the horizon) and reads up
   * to it only once this window has passed. SQLite has one writer at a time: ids become visible
   * in order, so the window is 0 there.
   */
  settleMs?: number;
  now?: () => Date;
}

export const DEFAULT_SETTLE_MS = 5_000;

/**
 * Applies committed events to one draining consumer, in id order, exactly once: the batch's
 * effects and the cursor's advance commit in one transaction, under a lock on the cursor row, so
 * a second drainer (another process) waits and then continues after the first. Returns how many
 * events it read past (0 when there was nothing to do yet).
 */
export async function drainConsumer(ds: DataSource, bus: EventBus, consumer: EventConsumer, options: DrainOptions = {}): Promise<number> {
  const batchSize = options.batchSize ?? 500;
  const mariadb = dialectOf(ds) === "mariadb";
  const settleMs = mariadb ? (options.settleMs ?? DEFAULT_SETTLE_MS) : 0;
  const now = options.now ?? (() => new Date());
  await ensureCursor(ds, consumer.name, now());
  return transaction(ds, async (em) => {
    const cursor = await lockCursor(em, consumer.name, mariadb);
    const at = now();
    const { upTo, next } = await readableHorizon(em, cursor, settleMs, at);
    let read = 0;
    let last = cursor.lastEventId;
    if (upTo > last) {
      const rows = await em
        .getRepository(DomainEvent)
        .createQueryBuilder("e")
        .where("e.id > :last AND e.id <= :upTo", { last, upTo })
        .orderBy("e.id", "ASC")
        .limit(batchSize)
        .getMany();
      const tx = txFor(em, systemActor(`consumer:${consumer.name}`), `drain:${consumer.name}`, bus);
      for (const row of rows) {
        if (reads(consumer, row.type)) await consumer.handle(tx, toStored(row));
        last = Number(row.id);
        read++;
      }
      // A batch cut short by batchSize leaves the rest for the next pass, under the same (settled) horizon.
      if (rows.length < batchSize) last = upTo;
    }
    await advanceCursor(em, cursor, last, upTo, next, at);
    return read;
  });
}

/**
 * The cursor row of a consumer, created if missing. Outside the drain's transaction: inside it, two
 * first drainers deadlock on MariaDB's gap lock.
 */
export async function ensureCursor(ds: DataSource, name: string, at: Date): Promise<void> {
  await exclusive(ds, () =>
    ds
      .getRepository(ConsumerCursor)
      .createQueryBuilder()
      .insert()
      .values({ consumer: name, lastEventId: 0, horizonEventId: null, horizonAt: null, updatedAt: at })
      .orIgnore()
      .execute(),
  );
}

/** Moves the cursor to `last` (everything up to it applied) and keeps or replaces its horizon, in the drain's transaction. */
export async function advanceCursor(
  em: EntityManager,
  cursor: ConsumerCursor,
  last: number,
  upTo: number,
  next: { id: number | null; at: Date | null },
  at: Date,
): Promise<void> {
  const horizon = last >= upTo ? next : { id: cursor.horizonEventId, at: cursor.horizonAt };
  await em
    .getRepository(ConsumerCursor)
    .update({ consumer: cursor.consumer }, { lastEventId: last, horizonEventId: horizon.id, horizonAt: horizon.at, updatedAt: at });
}

/** Locks a consumer's cursor row for the drain's transaction (a second drainer waits here). */
export async function lockCursor(em: EntityManager, name: string, mariadb: boolean): Promise<ConsumerCursor> {
  const qb = em.getRepository(ConsumerCursor).createQueryBuilder("c").where("c.consumer = :name", { name });
  if (mariadb) qb.setLock("pessimistic_write");
  else {
    // SQLite: take the write lock first, so a second drainer waits here instead of failing to upgrade later.
    await em.query("UPDATE event_consumer_cursor SET updated_at = updated_at WHERE consumer = ?", [name]);
  }
  const cursor = await qb.getOneOrFail();
  cursor.lastEventId = Number(cursor.lastEventId);
  cursor.horizonEventId = cursor.horizonEventId === null ? null : Number(cursor.horizonEventId);
  return cursor;
}

/**
 * The highest id that is safe to read now, and the horizon to keep once everything up to it has
 * been read: a settled horizon is used and replaced by the current maximum; an unsettled one is
 * kept; when there is none, the current maximum starts one.
 */
export async function readableHorizon(
  em: EntityManager,
  cursor: ConsumerCursor,
  settleMs: number,
  at: Date,
): Promise<{ upTo: number; next: { id: number | null; at: Date | null } }> {
  const [{ maxId }] = await em.query("SELECT COALESCE(MAX(id), 0) AS maxId FROM domain_event");
  const max = Number(maxId);
  if (settleMs === 0) return { upTo: max, next: { id: null, at: null } };
  const fresh = (upTo: number) => (max > upTo ? { id: max, at } : { id: null, at: null });
  if (cursor.horizonAt === null || cursor.horizonEventId === null) return { upTo: cursor.lastEventId, next: fresh(cursor.lastEventId) };
  if (at.getTime() - cursor.horizonAt.getTime() >= settleMs) return { upTo: cursor.horizonEventId, next: fresh(cursor.horizonEventId) };
  return { upTo: cursor.lastEventId, next: { id: cursor.horizonEventId, at: cursor.horizonAt } };
}
