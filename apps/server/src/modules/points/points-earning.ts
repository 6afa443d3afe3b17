import { DomainError, EventType, PointsReason, type PointsRules, cappedAward, streakBonus } from "@kepu/domain";
import { dialectOf } from "../../db/data-source.js";
import type { EventConsumer } from "../../platform/events/event-bus.js";
import type { StoredEvent } from "../../platform/events/outbox.js";
import type { Tx } from "../../platform/unit-of-work.js";
import { appendEntry } from "./points-ledger.js";
import { rulesAt } from "./points-rules.js";
import { CheckIn, PointsDaily } from "./points-state.entity.js";
import { PointsEntry } from "./points-entry.entity.js";

/** What one action earns under a rule set: points per event, and the daily cap (null: none). */
interface EarningRule {
  reason: PointsReason;
  amount: (r: PointsRules) => number;
  cap: (r: PointsRules) => number | null;
}

const earning = {
  [EventType.SHARE_RECORDED]: { reason: PointsReason.SHARE, amount: (r) => r.share, cap: (r) => r.shareDailyCap },
  [EventType.ACTIVITY_PUBLISHED]: {
    reason: PointsReason.ACTIVITY_PUBLISHED,
    amount: (r) => r.activityPublished,
    cap: (r) => r.activityPublishedDailyCap,
  },
  [EventType.SOCIETY_POST]: { reason: PointsReason.SOCIETY_POST, amount: (r) => r.societyPost, cap: (r) => r.societyPostDailyCap },
  [EventType.COMMENT_POSTED]: { reason: PointsReason.COMMENT, amount: (r) => r.comment, cap: (r) => r.commentDailyCap },
} satisfies Partial<Record<EventType, EarningRule>>;

/** The event types the draining points consumer reads. */
export const EARNING_EVENT_TYPES = Object.keys(earning) as (keyof typeof earning)[];

/** A volunteer id from an event field: a number, or its decimal string. */
function volunteerIdOf(value: unknown): number | null {
  const n = typeof value === "number" ? value : typeof value === "string" && /^[1-9]\d{0,9}$/.test(value) ? Number(value) : NaN;
  return Number.isSafeInteger(n) && n > 0 ? n : null;
}

/** Who earns for an event: the author named in the payload (activities are published by their approver), else the acting volunteer. */
function beneficiaryOf(e: StoredEvent): number | null {
  if (e.type === EventType.ACTIVITY_PUBLISHED) return volunteerIdOf(e.payload.authorId);
  if (e.type === EventType.CHECK_IN) return e.subjectType === "Volunteer" ? volunteerIdOf(e.subjectId) : null;
  return e.actorKind === "volunteer" ? volunteerIdOf(e.actorId) : null;
}

/** The region the award is attributed to: the beneficiary's home when the event carries it, else looked up now. */
function regionOf(e: StoredEvent): string | null | undefined {
  if (e.type === EventType.ACTIVITY_PUBLISHED)
    return typeof e.payload.authorRegionCode === "string" ? e.payload.authorRegionCode : undefined;
  // These events are in the acting volunteer's home region (docs/events.md).
  if (e.type === EventType.SHARE_RECORDED || e.type === EventType.COMMENT_POSTED || e.type === EventType.CHECK_IN) return e.regionCode;
  return undefined;
}

interface Award {
  volunteerId: number;
  reason: PointsReason;
  amount: number;
  cap: number | null;
  key: string;
}

/**
 * The one way points are earned: from an event, under the rules in force at the event's time.
 * Each award's idempotency key derives from the event id (`event:<id>`), so a replayed event awards
 * nothing more; a daily cap is held by a per-volunteer-day counter locked in this transaction.
 * Returns the points awarded now.
 */
export async function awardForEvent(tx: Tx, e: StoredEvent): Promise<number> {
  const volunteerId = beneficiaryOf(e);
  if (volunteerId === null) return 0;
  const { version, rules } = await rulesAt(tx.em, e.occurredAt);
  const awards: Award[] = [];
  if (e.type === EventType.CHECK_IN) {
    const streak = Number(e.payload.streak ?? 1);
    awards.push({ volunteerId, reason: PointsReason.CHECK_IN, amount: rules.checkIn, cap: null, key: `event:${e.id}` });
    awards.push({
      volunteerId,
      reason: PointsReason.STREAK_BONUS,
      amount: streakBonus(streak, rules),
      cap: null,
      key: `event:${e.id}:streak-bonus`,
    });
  } else if (e.type in earning) {
    const rule: EarningRule = earning[e.type as keyof typeof earning];
    awards.push({ volunteerId, reason: rule.reason, amount: rule.amount(rules), cap: rule.cap(rules), key: `event:${e.id}` });
  }
  const region = regionOf(e);
  let total = 0;
  for (const a of awards) {
    if (a.amount <= 0) continue;
    // A replay usually finds its entry here and stops (a plain read: no lock, so parallel awards never block on it).
    if (await tx.em.getRepository(PointsEntry).existsBy({ idempotencyKey: a.key })) continue;
    // The counter's lock serializes every award of this volunteer, day and reason, racing replays of this event included.
    const earnedToday = await lockDailyCounter(tx, a.volunteerId, e.day, a.reason);
    const points = cappedAward(a.amount, a.cap, earnedToday);
    if (points <= 0) continue;
    const created = await appendOnce(tx, {
      volunteerId: a.volunteerId,
      delta: points,
      reason: a.reason,
      idempotencyKey: a.key,
      sourceEventId: e.id,
      ruleVersion: version,
      day: e.day,
      regionCode: region,
    });
    // A replay that raced the first award past the read above: the entry is there, the counter stays.
    if (!created) continue;
    await addToDailyCounter(tx, a.volunteerId, e.day, a.reason, points, a.cap);
    total += points;
  }
  if (e.type === EventType.CHECK_IN && total > 0) {
    await tx.em
      .getRepository(CheckIn)
      .createQueryBuilder()
      .update()
      .set({ points: () => "points + :total" })
      .where("volunteer_id = :volunteerId AND day = :day", { volunteerId, day: String(e.payload.day ?? e.day), total })
      .execute();
  }
  return total;
}

/**
 * Appends an award; false when its key was awarded already. Under a cap a racing replay may compute another
 * amount than the first award did, which the ledger calls a CONFLICT on the key: for an event's award that
 * still only means "already awarded".
 */
async function appendOnce(tx: Tx, input: Parameters<typeof appendEntry>[1]): Promise<boolean> {
  try {
    return (await appendEntry(tx, input)).created;
  } catch (err) {
    if (err instanceof DomainError && err.code === "CONFLICT" && err.field === "idempotencyKey") return false;
    throw err;
  }
}

/**
 * Makes sure the counter row exists and holds its lock for the rest of the transaction, and returns
 * what was earned that day so far. On MariaDB the upsert takes the exclusive lock at once and the
 * locking read sees the latest committed value (a plain read would see the transaction's snapshot).
 * SQLite runs one writer at a time.
 */
async function lockDailyCounter(tx: Tx, volunteerId: number, day: string, reason: string): Promise<number> {
  const mariadb = dialectOf(tx.em.connection) === "mariadb";
  if (mariadb) {
    await tx.em.query(
      "INSERT INTO points_daily (volunteer_id, day, reason, earned) VALUES (?, ?, ?, 0) ON DUPLICATE KEY UPDATE earned = earned",
      [volunteerId, day, reason],
    );
  } else {
    await tx.em
      .getRepository(PointsDaily)
      .createQueryBuilder()
      .insert()
      .values({ volunteerId, day, reason, earned: 0 })
      .orIgnore()
      .execute();
  }
  const qb = tx.em
    .getRepository(PointsDaily)
    .createQueryBuilder("d")
    .where("d.volunteer_id = :volunteerId AND d.day = :day AND d.reason = :reason", { volunteerId, day, reason });
  if (mariadb) qb.setLock("pessimistic_write");
  const row = await qb.getOneOrFail();
  return Number(row.earned);
}

/** The conditional UPDATE that keeps the counter within the cap (it cannot fail under the lock; if it did, the award rolls back). */
async function addToDailyCounter(tx: Tx, volunteerId: number, day: string, reason: string, points: number, cap: number | null) {
  const res = await tx.em
    .getRepository(PointsDaily)
    .createQueryBuilder()
    .update()
    .set({ earned: () => "earned + :points" })
    .where(`volunteer_id = :volunteerId AND day = :day AND reason = :reason${cap === null ? "" : " AND earned + :points <= :cap"}`, {
      volunteerId,
      day,
      reason,
      points,
      cap,
    })
    .execute();
  if (!res.affected) throw new Error(`daily points cap passed: ${reason} ${day}`);
}

/** Check-in points are awarded in the check-in's own transaction, so `checkIn` can return them. */
export const checkInPointsConsumer: EventConsumer = {
  name: "points-check-in",
  mode: "inline",
  types: [EventType.CHECK_IN],
  handle: async (tx, e) => {
    await awardForEvent(tx, e);
  },
};

/** Everything else is earned from the outbox in order, exactly once, a little after the fact. */
export const pointsEarningConsumer: EventConsumer = {
  name: "points-earning",
  mode: "drain",
  types: EARNING_EVENT_TYPES,
  handle: async (tx, e) => {
    await awardForEvent(tx, e);
  },
};
