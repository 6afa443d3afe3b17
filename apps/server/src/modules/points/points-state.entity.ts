import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from "typeorm";
import { DATETIME } from "../../db/columns.js";

/**
 * Points earned per volunteer, day and reason: the counter a daily cap is enforced on, changed by a
 * conditional UPDATE inside the awarding transaction so parallel awards never pass the cap.
 */
@Entity("points_daily")
export class PointsDaily {
  @PrimaryColumn({ name: "volunteer_id", type: "integer" })
  volunteerId: number;

  @PrimaryColumn({ type: "varchar", length: 10 })
  day: string;

  @PrimaryColumn({ type: "varchar", length: 32 })
  reason: string;

  @Column({ type: "integer" })
  earned: number;
}

/** 签到: one row per volunteer and Asia/Shanghai day (the unique key makes a second check-in that day impossible). */
@Entity("points_check_in")
@Index("uq_points_check_in_day", ["volunteerId", "day"], { unique: true })
export class CheckIn {
  @PrimaryGeneratedColumn("increment", { name: "id" })
  dbId: number;

  @Column({ name: "volunteer_id", type: "integer" })
  volunteerId: number;

  @Column({ type: "varchar", length: 10 })
  day: string;

  /** the consecutive-day count this check-in made */
  @Column({ type: "integer" })
  streak: number;

  /** points it earned (check-in and streak bonus), as awarded by the points consumer */
  @Column({ type: "integer" })
  points: number;

  @Column({ name: "created_at", ...DATETIME })
  createdAt: Date;
}

/** The current and longest check-in streak of a volunteer (the current one lapses when a day is missed: see `currentStreak`). */
@Entity("points_streak")
export class CheckInStreak {
  @PrimaryColumn({ name: "volunteer_id", type: "integer" })
  volunteerId: number;

  @Column({ name: "current_streak", type: "integer" })
  currentStreak: number;

  @Column({ name: "longest_streak", type: "integer" })
  longestStreak: number;

  @Column({ name: "last_day", type: "varchar", length: 10 })
  lastDay: string;

  @Column({ name: "updated_at", ...DATETIME })
  updatedAt: Date;
}

/** One version of the earning rules; the version in force at an instant is the latest whose `effectiveFrom` ≤ it. */
@Entity("points_rule_version")
@Index("idx_points_rule_effective", ["effectiveFrom"])
export class PointsRuleVersion {
  @PrimaryColumn({ type: "integer" })
  version: number;

  /** JSON of `PointsRules` */
  @Column({ type: "text" })
  rules: string;

  @Column({ name: "effective_from", ...DATETIME })
  effectiveFrom: Date;

  @Column({ name: "created_by_id", type: "integer", nullable: true })
  createdById: number | null;

  @Column({ type: "varchar", length: 200, nullable: true })
  note: string | null;

  @Column({ name: "created_at", ...DATETIME })
  createdAt: Date;
}
