import { Column, Entity, PrimaryColumn } from "typeorm";
import { DATETIME } from "../../db/columns.js";

/**
 * Failed-login counters per phone and per client address, in the database so every API replica
 * shares them without another service.
 */
@Entity("login_throttle")
export class LoginThrottle {
  /** `phone:<number>` or `ip:<address>` */
  @PrimaryColumn({ type: "varchar", length: 64 })
  key: string;

  @Column({ type: "integer" })
  failures: number;

  @Column({ name: "window_started_at", ...DATETIME })
  windowStartedAt: Date;

  @Column({ name: "locked_until", ...DATETIME, nullable: true })
  lockedUntil: Date | null;
}
