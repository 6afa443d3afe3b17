import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { DATETIME } from "../../db/columns.js";

/**
 * The event outbox: one append-only row per countable action or change, written in the same
 * transaction as the change (docs/events.md). Never updated, never deleted by the application.
 */
@Entity("domain_event")
@Index("uq_domain_event_key", ["idempotencyKey"], { unique: true })
@Index("idx_domain_event_type_day", ["type", "day"])
@Index("idx_domain_event_region_day", ["regionCode", "day"])
export class DomainEvent {
  @PrimaryGeneratedColumn("increment", { name: "id" })
  id: number;

  @Column({ type: "varchar", length: 48 })
  type: string;

  /** `volunteer`, `apiKey`, `system` or `anonymous` */
  @Column({ name: "actor_kind", type: "varchar", length: 16 })
  actorKind: string;

  /** the volunteer or API key id; the job or command name for the system */
  @Column({ name: "actor_id", type: "varchar", length: 64, nullable: true })
  actorId: string | null;

  @Column({ name: "subject_type", type: "varchar", length: 32 })
  subjectType: string;

  @Column({ name: "subject_id", type: "varchar", length: 32 })
  subjectId: string;

  /** The subject's region at the moment of the event: later moves never re-attribute history. */
  @Column({ name: "region_code", type: "varchar", length: 12, nullable: true })
  regionCode: string | null;

  /** Asia/Shanghai calendar day of `occurredAt` (what KPI periods count by). */
  @Column({ type: "varchar", length: 10 })
  day: string;

  @Column({ name: "occurred_at", ...DATETIME })
  occurredAt: Date;

  @Column({ name: "idempotency_key", type: "varchar", length: 128 })
  idempotencyKey: string;

  /** Small JSON object with what consumers need that the row's columns do not carry. */
  @Column({ type: "text" })
  payload: string;

  @Column({ name: "request_id", type: "varchar", length: 64, nullable: true })
  requestId: string | null;
}

/** How long (ms) a stored event's payload may be: events are facts, not documents. */
export const MAX_EVENT_PAYLOAD = 4_000;
