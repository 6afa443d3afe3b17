import { Column, Entity, PrimaryColumn } from "typeorm";
import { DATETIME } from "../../db/columns.js";

/**
 * How far a draining consumer has read the outbox. Its row is locked while a batch is applied, and
 * the batch's effects and the cursor's advance commit together: exactly once, however many drainers.
 */
@Entity("event_consumer_cursor")
export class ConsumerCursor {
  @PrimaryColumn({ type: "varchar", length: 64 })
  consumer: string;

  @Column({ name: "last_event_id", type: "integer" })
  lastEventId: number;

  /** Highest event id seen committed at `horizonAt`; safe to read once the settle window has passed (see drainer.ts). */
  @Column({ name: "horizon_event_id", type: "integer", nullable: true })
  horizonEventId: number | null;

  @Column({ name: "horizon_at", ...DATETIME, nullable: true })
  horizonAt: Date | null;

  @Column({ name: "updated_at", ...DATETIME })
  updatedAt: Date;
}
