import { currentStreak, EventType, monthRange, nextStreak, toLocalDate } from "@kepu/domain";
import { dialectOf } from "../../db/data-source.js";
import { isUniqueViolation } from "../../db/unique-violation.js";
import { requireVolunteer } from "../../platform/actor-guards.js";
import type { RequestContext } from "../../platform/request-context.js";
import type { Tx } from "../../platform/unit-of-work.js";
import { Volunteer } from "../volunteer/volunteer.entity.js";
import { balanceOf, PointsAccount } from "./points-ledger.js";
import { CheckIn, CheckInStreak } from "./points-state.entity.js";

export interface CheckInOutcome {
  alreadyCheckedIn: boolean;
  /** points this call awarded (0 for a repeat the same day) */
  pointsAwarded: number;
  streak: number;
  balance: number;
}

export interface CheckInCalendarData {
  month: string;
  days: { day: string; streak: number; points: number }[];
  currentStreak: number;
  longestStreak: number;
  checkedInToday: boolean;
}

/** Today's Asia/Shanghai date by the app's clock (the one writes use; tests control it). */
export const todayOf = (rc: RequestContext): string => toLocalDate(rc.app.clock?.() ?? new Date());

/**
 * 每日签到. A check-in is a row unique on (volunteer, day) — a second one that day, however parallel,
 * fails that key and answers `alreadyCheckedIn` — and a CHECK_IN event whose inline points consumer
 * awards the day's points in the same transaction (points only ever come from events).
 */
export class CheckInService {
  constructor(private readonly rc: RequestContext) {}

  async checkIn(): Promise<CheckInOutcome> {
    const volunteerId = Number(requireVolunteer(this.rc.actor).volunteerId);
    return this.rc.write(async (tx) => {
      const day = tx.day;
      const previous = await tx.em
        .getRepository(CheckIn)
        .createQueryBuilder("c")
        .where("c.volunteer_id = :volunteerId AND c.day < :day", { volunteerId, day })
        .orderBy("c.day", "DESC")
        .limit(1)
        .getOne();
      const streak = nextStreak(day, previous ? { day: previous.day, streak: Number(previous.streak) } : null);
      try {
        await tx.em.getRepository(CheckIn).insert({ volunteerId, day, streak, points: 0, createdAt: tx.now });
      } catch (err) {
        if (!isUniqueViolation(err)) throw err;
        const first = await this.lockedCheckIn(tx, volunteerId, day);
        return {
          alreadyCheckedIn: true,
          pointsAwarded: 0,
          streak: Number(first.streak),
          balance: await this.committedBalance(tx, volunteerId),
        };
      }
      await this.keepStreak(tx, volunteerId, day, streak);
      const home = await tx.em.getRepository(Volunteer).findOne({ where: { dbId: volunteerId }, select: { dbId: true, regionCode: true } });
      await tx.emit({
        type: EventType.CHECK_IN,
        subjectType: "Volunteer",
        subjectId: volunteerId,
        regionCode: home?.regionCode ?? null,
        idempotencyKey: `check-in:${volunteerId}:${day}`,
        payload: { day, streak },
      });
      const done = await this.lockedCheckIn(tx, volunteerId, day);
      return { alreadyCheckedIn: false, pointsAwarded: Number(done.points), streak, balance: await balanceOf(tx, volunteerId) };
    });
  }

  /** The check-in as committed (MariaDB: a locking read, since the transaction's snapshot may predate a parallel winner). */
  private async lockedCheckIn(tx: Tx, volunteerId: number, day: string): Promise<CheckIn> {
    const qb = tx.em
      .getRepository(CheckIn)
      .createQueryBuilder("c")
      .where("c.volunteer_id = :volunteerId AND c.day = :day", { volunteerId, day });
    if (dialectOf(tx.em.connection) === "mariadb") qb.setLock("pessimistic_read");
    return qb.getOneOrFail();
  }

  /** The balance including a parallel winner's award (MariaDB: a locking read past this transaction's snapshot). */
  private async committedBalance(tx: Tx, volunteerId: number): Promise<number> {
    if (dialectOf(tx.em.connection) !== "mariadb") return balanceOf(tx, volunteerId);
    const row = await tx.em
      .getRepository(PointsAccount)
      .createQueryBuilder("a")
      .where("a.volunteer_id = :volunteerId", { volunteerId })
      .setLock("pessimistic_read")
      .getOne();
    return row ? Number(row.balance) : 0;
  }

  private async keepStreak(tx: Tx, volunteerId: number, day: string, streak: number): Promise<void> {
    const params = [volunteerId, streak, streak, day, tx.now];
    if (dialectOf(tx.em.connection) === "mariadb") {
      await tx.em.query(
        `INSERT INTO points_streak (volunteer_id, current_streak, longest_streak, last_day, updated_at) VALUES (?, ?, ?, ?, ?)
         ON DUPLICATE KEY UPDATE current_streak = VALUES(current_streak), last_day = VALUES(last_day), updated_at = VALUES(updated_at),
           longest_streak = CASE WHEN longest_streak < VALUES(current_streak) THEN VALUES(current_streak) ELSE longest_streak END`,
        params,
      );
    } else {
      await tx.em.query(
        `INSERT INTO points_streak (volunteer_id, current_streak, longest_streak, last_day, updated_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (volunteer_id) DO UPDATE SET current_streak = excluded.current_streak, last_day = excluded.last_day,
           updated_at = excluded.updated_at,
           longest_streak = CASE WHEN longest_streak < excluded.current_streak THEN excluded.current_streak ELSE longest_streak END`,
        [volunteerId, streak, streak, day, tx.now.toISOString().replace("T", " ").replace("Z", "")],
      );
    }
  }

  /** A volunteer's check-ins in a `YYYY-MM` month, with the streaks as they stand today. */
  async calendar(volunteerId: number, month: string): Promise<CheckInCalendarData> {
    const { from, to } = monthRange(month);
    const rows = await this.rc.ds
      .getRepository(CheckIn)
      .createQueryBuilder("c")
      .where("c.volunteer_id = :volunteerId AND c.day >= :from AND c.day <= :to", { volunteerId, from, to })
      .orderBy("c.day", "ASC")
      .getMany();
    const today = todayOf(this.rc);
    const streak = await this.rc.ds.getRepository(CheckInStreak).findOneBy({ volunteerId });
    return {
      month,
      days: rows.map((r) => ({ day: r.day, streak: Number(r.streak), points: Number(r.points) })),
      currentStreak: streak ? currentStreak(today, { day: streak.lastDay, streak: Number(streak.currentStreak) }) : 0,
      longestStreak: streak ? Number(streak.longestStreak) : 0,
      checkedInToday: streak?.lastDay === today,
    };
  }
}
