import { type MigrationInterface, type QueryRunner, Table, TableIndex } from "typeorm";
import { dt, idColumn as id, int, vc } from "../../db/migrations/columns.js";

/** Notifications (通知), written by the notifications event consumer. */
export class CreateNotification1764630000000 implements MigrationInterface {
  name = "CreateNotification1764630000000";

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: "notification",
        columns: [
          id,
          int("recipient_id"),
          vc("kind", 40),
          vc("title", 60),
          vc("text", 300),
          vc("subject_type", 32),
          vc("subject_id", 32),
          int("content_id", true),
          int("actor_id", true),
          int("event_id"),
          dt("read_at", true),
          dt("created_at"),
        ],
      }),
    );
    await q.createIndex(
      "notification",
      new TableIndex({ name: "uq_notification_event", columnNames: ["event_id", "recipient_id"], isUnique: true }),
    );
    await q.createIndex("notification", new TableIndex({ name: "idx_notification_recipient", columnNames: ["recipient_id", "id"] }));
    await q.createIndex(
      "notification",
      new TableIndex({ name: "idx_notification_unread", columnNames: ["recipient_id", "read_at", "id"] }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable("notification");
  }
}
