import { type MigrationInterface, type QueryRunner, Table, TableIndex } from "typeorm";
import { dt, idColumn as id, int, vc } from "../../../db/migrations/columns.js";

/** Activities and their sign-ups (issue 10). */
export class CreateActivities1764640000000 implements MigrationInterface {
  name = "CreateActivities1764640000000";

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: "activity",
        columns: [
          id,
          vc("kind", 10),
          vc("status", 10),
          vc("title", 100),
          { name: "description", type: "text" },
          vc("region_code", 12),
          dt("starts_at"),
          dt("ends_at"),
          vc("place", 200),
          vc("cover_url", 500, true),
          { name: "image_urls", type: "text" },
          vc("organiser", 100, true),
          int("author_id"),
          vc("author_tier", 20),
          int("society_id", true),
          int("capacity", true),
          dt("sign_up_deadline", true),
          { ...int("signed_up"), default: 0 },
          { ...int("submission_count"), default: 0 },
          int("decided_by_id", true),
          vc("decision_comment", 500, true),
          dt("submitted_at", true),
          dt("decided_at", true),
          dt("published_at", true),
          dt("cancelled_at", true),
          int("cancelled_by_id", true),
          vc("cancel_reason", 500, true),
          dt("created_at"),
          dt("updated_at"),
        ],
      }),
    );
    await q.createIndex("activity", new TableIndex({ name: "idx_activity_status_region", columnNames: ["status", "region_code", "id"] }));
    await q.createIndex("activity", new TableIndex({ name: "idx_activity_region_starts", columnNames: ["region_code", "starts_at"] }));
    await q.createIndex("activity", new TableIndex({ name: "idx_activity_starts", columnNames: ["starts_at", "id"] }));
    await q.createIndex("activity", new TableIndex({ name: "idx_activity_author", columnNames: ["author_id", "id"] }));
    await q.createIndex("activity", new TableIndex({ name: "idx_activity_society", columnNames: ["society_id", "id"] }));

    await q.createTable(
      new Table({
        name: "activity_sign_up",
        columns: [
          id,
          int("activity_id"),
          int("volunteer_id"),
          vc("status", 10),
          { ...int("revision"), default: 1 },
          vc("attendance", 10, true),
          int("attendance_marked_by_id", true),
          dt("attendance_marked_at", true),
          dt("signed_up_at"),
          dt("withdrawn_at", true),
          dt("created_at"),
          dt("updated_at"),
        ],
      }),
    );
    await q.createIndex(
      "activity_sign_up",
      new TableIndex({ name: "uq_activity_sign_up", columnNames: ["activity_id", "volunteer_id"], isUnique: true }),
    );
    await q.createIndex(
      "activity_sign_up",
      new TableIndex({ name: "idx_activity_sign_up_list", columnNames: ["activity_id", "status", "id"] }),
    );
    await q.createIndex(
      "activity_sign_up",
      new TableIndex({ name: "idx_activity_sign_up_volunteer", columnNames: ["volunteer_id", "id"] }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable("activity_sign_up");
    await q.dropTable("activity");
  }
}
