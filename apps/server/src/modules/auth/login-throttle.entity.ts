import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import { DATETIME } from "../../db/columns.js";

/**
 * Attempt counters for logins and registrations, in the database so every API replica shares them
 * without another service. One row per key (see `throttleKeys`): `login:pa:<phone>|<address>`,
 * `login:p:<phone>`, `login:a:<address>`, `register:a:<address>`. An attempt is reserved with one
 * conditional UPDATE (or INSERT-if-absent) *before* the password is checked, so parallel attempts
 * can never check more passwords than the limit (login-throttle.service.ts).
 */
@Entity("login_throttle")
@Index("idx_login_throttle_window", ["windowStartedAt"])
export class LoginThrottle {
  @PrimaryColumn({ type: "varchar", length: 100 })
  key: string;

  /** Attempts reserved in the current window: failures plus those still being checked. */
  @Column({ type: "integer" })
  attempts: number;

  @Column({ name: "window_started_at", ...DATETIME })
  windowStartedAt: Date;

  /** Set when the window filled up, for policies that lock longer than what is left of the window. */
  @Column({ name: "locked_until", ...DATETIME, nullable: true })
  lockedUntil: Date | null;
}
