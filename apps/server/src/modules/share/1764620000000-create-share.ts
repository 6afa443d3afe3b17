import { type MigrationInterface, type QueryRunner, Table, TableIndex } from "typeorm";
import { dt, idColumn as id, int, vc } from "../../db/migrations/columns.js";

/** Shares with their tracked links, and the opens of those links (one per visitor per day). */
export class CreateShare1764620000000 implements MigrationInterface {
  name = "CreateShare1764620000000";

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: "share_event",
        columns: [
          id,
          int("volunteer_id"),
          vc("client_event_id", 64),
          int("content_id"),
          vc("platform", 16),
          vc("token", 22),
          vc("region_code", 12, true),
          vc("day", 10),
          dt("created_at"),
          dt("revoked_at", true),
          int("revoked_by_id", true),
        ],
      }),
    );
    const index = (table: string, name: string, columnNames: string[], isUnique = false) =>
      q.createIndex(table, new TableIndex({ name, columnNames, isUnique }));
    await index("share_event", "uq_share_client_event", ["volunteer_id", "client_event_id"], true);
    await index("share_event", "uq_share_token", ["token"], true);
    await index("share_event", "idx_share_content_day", ["content_id", "day"]);
    await index("share_event", "idx_share_region_day", ["region_code", "day"]);

    await q.createTable(
      new Table({
        name: "share_open",
        columns: [
          id,
          int("share_id"),
          int("content_id"),
          vc("platform", 16),
          vc("region_code", 12, true),
          vc("day", 10),
          vc("visitor_hash", 22, true),
          dt("opened_at"),
        ],
      }),
    );
    await index("share_open", "uq_share_open_visitor", ["share_id", "day", "visitor_hash"], true);
    await index("share_open", "idx_share_open_content_day", ["content_id", "day"]);
    await index("share_open", "idx_share_open_region_day", ["region_code", "day"]);
    await index("share_open", "idx_share_open_day", ["day"]);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable("share_open");
    await q.dropTable("share_event");
  }
}
