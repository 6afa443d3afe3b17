import { Column, Entity, PrimaryColumn } from "typeorm";
import { DATETIME } from "../db/columns.js";

/** Which process may run a scheduled job until when: one row per job, taken by a conditional update. */
@Entity("job_lease")
export class JobLease {
  @PrimaryColumn({ type: "varchar", length: 64 })
  name: string;

  @Column({ type: "varchar", length: 64 })
  holder: string;

  @Column({ name: "expires_at", ...DATETIME })
  expiresAt: Date;

  @Column({ name: "last_run_at", ...DATETIME, nullable: true })
  lastRunAt: Date | null;
}
