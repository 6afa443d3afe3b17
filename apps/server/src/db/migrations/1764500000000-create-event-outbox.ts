import { type MigrationInterface, type QueryRunner, Table, TableIndex } from "typeorm";
import { dt, vc, int } from "./columns.js";

/** The event outbox, the draining consumers' cursors, and the job leases (docs/events.md). */
export class CreateEventOutbox1764500000000 implements MigrationInterface {
  name = "CreateEventOutbox1764500000000";

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: "domain_event",
        columns: [
          { name: "id", type: "integer", isPrimary: true, isGenerated: true, generationStrategy: "increment" },
          vc("type", 48),
          vc("actor_kind", 16),
          vc("actor_id", 64, true),
          vc("subject_type", 32),
          vc("subject_id", 32),
          vc("region_code", 12, true),
          vc("day", 10),
          dt("occurred_at"),
          vc("idempotency_key", 128),
          { name: "payload", type: "text" },
          vc("request_id", 64, true),
        ],
      }),
    );
    await q.createIndex("domain_event", new TableIndex({ name: "uq_domain_event_key", columnNames: ["idempotency_key"], isUnique: true }));
    await q.createIndex("domain_event", new TableIndex({ name: "idx_domain_event_type_day", columnNames: ["type", "day"] }));
    await q.createIndex("domain_event", new TableIndex({ name: "idx_domain_event_region_day", columnNames: ["region_code", "day"] }));

    await q.createTable(
      new Table({
        name: "event_consumer_cursor",
        columns: [
          { ...vc("consumer", 64), isPrimary: true },
          int("last_event_id"),
          int("horizon_event_id", true),
          dt("horizon_at", true),
          dt("updated_at"),
        ],
      }),
    );

    await q.createTable(
      new Table({
        name: "job_lease",
        columns: [{ ...vc("name", 64), isPrimary: true }, vc("holder", 64), dt("expires_at"), dt("last_run_at", true)],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable("job_lease");
    await q.dropTable("event_consumer_cursor");
    await q.dropTable("domain_event");
  }
}
