import { DomainError, ErrorCode, experienceDelta, isPointsReason, type PointsReason } from "@kepu/domain";
import { dialectOf } from "../../db/data-source.js";
import { isUniqueViolation } from "../../db/unique-violation.js";
import type { Tx } from "../../platform/unit-of-work.js";
import { Volunteer } from "../volunteer/volunteer.entity.js";
import { PointsAccount, PointsEntry } from "./points-entry.entity.js";

export { PointsAccount, PointsEntry } from "./points-entry.entity.js";

/** What a caller asks the ledger to record. */
export interface LedgerEntryInput {
  volunteerId: number;
  /** signed, non-zero integer: positive earns or refunds, negative spends */
  delta: number;
  reason: PointsReason;
  /**
   * Unique per real-world change (≤ 128 chars), e.g. `event:<eventId>`, `redeem:<volunteerId>:<clientKey>`.
   * A repeat with the same key returns the first entry and changes nothing.
   */
  idempotencyKey: string;
  sourceEventId?: number | null;
  /** free text ≤ 200 chars: a redemption id, the adjustment's reason, … */
  reference?: string | null;
  ruleVersion?: number | null;
  /** Asia/Shanghai day the entry counts for (leaderboard periods); default `tx.day` */
  day?: string;
  /** region the entry is attributed to; default the volunteer's home region now */
  regionCode?: string | null;
}

export interface LedgerEntryResult {
  entry: PointsEntry;
  /** false when the idempotency key was seen before (nothing changed) */
  created: boolean;
  /** the volunteer's balance after this call, within the caller's transaction */
  balance: number;
}

/**
 * THE write API of the points ledger (stable signature; the points mall spends through it).
 *
 * Call it inside the caller's `rc.write(tx => …)`: the entry and the cached balance change in that one
 * transaction, and roll back with it.
 *
 * 1. Inserts the entry under its unique idempotency key. A duplicate key returns the existing entry with
 *    `created: false` and changes nothing (CONFLICT when that key was used for another volunteer or delta).
 * 2. Changes `points_account` with one conditional UPDATE (`balance + delta >= 0`): a spend that would take
 *    the balance below zero throws INSUFFICIENT_POINTS "积分不足" (the caller's transaction must roll back,
 *    which `rc.write` does when the error propagates). Concurrent spends serialize on the account row.
 * 3. Experience (经验值, lifetime earned) grows by `experienceDelta(reason, delta)`: positive deltas of
 *    earning reasons and positive ADJUSTMENTs; REDEMPTION / REDEMPTION_REFUND and negative deltas never change it.
 */
export async function appendEntry(tx: Tx, input: LedgerEntryInput): Promise<LedgerEntryResult> {
  const { volunteerId, delta, reason, idempotencyKey } = input;
  if (!Number.isSafeInteger(delta) || delta === 0) throw new DomainError(ErrorCode.BAD_USER_INPUT, "积分变动须为非零整数", "delta");
  if (!isPointsReason(reason)) throw new DomainError(ErrorCode.INTERNAL_SERVER_ERROR, `unknown points reason: ${String(reason)}`);
  if (idempotencyKey.length === 0 || idempotencyKey.length > 128) {
    throw new DomainError(ErrorCode.BAD_USER_INPUT, "幂等键长度应为 1–128 个字符", "idempotencyKey");
  }
  const earned = experienceDelta(reason, delta);
  const regionCode = input.regionCode !== undefined ? input.regionCode : await homeRegion(tx, volunteerId);
  const row: Omit<PointsEntry, "dbId" | "id"> = {
    volunteerId,
    delta,
    reason,
    idempotencyKey,
    sourceEventId: input.sourceEventId ?? null,
    reference: input.reference === undefined || input.reference === null ? null : [...input.reference].slice(0, 200).join(""),
    ruleVersion: input.ruleVersion ?? null,
    earned,
    regionCode,
    day: input.day ?? tx.day,
    createdAt: tx.now,
  };
  const repo = tx.em.getRepository(PointsEntry);
  let dbId: number;
  try {
    // A failed statement rolls back only itself on both dialects, so the caller's transaction goes on.
    const result = await repo.insert(row);
    dbId = Number(result.identifiers[0]?.dbId ?? result.raw?.insertId);
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
    // MariaDB: a locking read, since the first entry may have committed after this transaction's snapshot.
    const qb = repo.createQueryBuilder("e").where("e.idempotency_key = :idempotencyKey", { idempotencyKey });
    if (dialectOf(tx.em.connection) === "mariadb") qb.setLock("pessimistic_read");
    const existing = await qb.getOneOrFail();
    if (existing.volunteerId !== volunteerId || existing.delta !== delta) {
      throw new DomainError(ErrorCode.CONFLICT, "该幂等键已用于另一笔积分变动", "idempotencyKey");
    }
    return { entry: existing, created: false, balance: await balanceOf(tx, volunteerId) };
  }
  await applyToAccount(tx, volunteerId, delta, earned);
  return { entry: Object.assign(new PointsEntry(), row, { dbId }), created: true, balance: await balanceOf(tx, volunteerId) };
}

/** The cached balance as this transaction sees it (0 without an account). */
export async function balanceOf(tx: Tx, volunteerId: number): Promise<number> {
  const account = await tx.em.getRepository(PointsAccount).findOneBy({ volunteerId });
  return account ? Number(account.balance) : 0;
}

async function homeRegion(tx: Tx, volunteerId: number): Promise<string | null> {
  const v = await tx.em.getRepository(Volunteer).findOne({ where: { dbId: volunteerId }, select: { dbId: true, regionCode: true } });
  return v?.regionCode ?? null;
}

/**
 * One conditional UPDATE. A credit first makes sure the account row exists with an upsert that writes
 * nothing when it does: on MariaDB that takes the row's exclusive lock at once, whereas an UPDATE of a
 * missing row takes a gap lock, and two first credits would then deadlock inserting into that gap.
 * A debit without an account is simply refused.
 */
async function applyToAccount(tx: Tx, volunteerId: number, delta: number, earned: number): Promise<void> {
  if (delta > 0) {
    if (dialectOf(tx.em.connection) === "mariadb") {
      await tx.em.query(
        "INSERT INTO points_account (volunteer_id, balance, experience, updated_at) VALUES (?, 0, 0, ?) ON DUPLICATE KEY UPDATE volunteer_id = volunteer_id",
        [volunteerId, tx.now],
      );
    } else {
      await tx.em
        .getRepository(PointsAccount)
        .createQueryBuilder()
        .insert()
        .values({ volunteerId, balance: 0, experience: 0, updatedAt: tx.now })
        .orIgnore()
        .execute();
    }
  }
  if (!(await conditionalUpdate(tx, volunteerId, delta, earned))) throw new DomainError(ErrorCode.INSUFFICIENT_POINTS, "积分不足");
}

async function conditionalUpdate(tx: Tx, volunteerId: number, delta: number, earned: number): Promise<boolean> {
  const res = await tx.em
    .getRepository(PointsAccount)
    .createQueryBuilder()
    .update()
    .set({ balance: () => "balance + :delta", experience: () => "experience + :earned", updatedAt: tx.now })
    .where("volunteer_id = :volunteerId AND balance + :delta >= 0", { volunteerId, delta, earned })
    .execute();
  return (res.affected ?? 0) > 0;
}
