import { type MigrationInterface, type QueryRunner, Table, TableIndex } from "typeorm";
import { dt, idColumn as id, int, vc } from "../../../db/migrations/columns.js";

/** 通报 (issue 12, item 5): one row per bulletin, its table frozen as JSON (`json`: LONGTEXT on MariaDB, beyond 64 KB). */
export class CreateBulletins1764760000000 implements MigrationInterface {
  name = "CreateBulletins1764760000000";

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: "bulletin",
        columns: [
          id,
          vc("region_code", 12),
          vc("period_kind", 10),
          vc("period_from", 10),
          vc("period_to", 10),
          vc("title", 120),
          vc("source", 10),
          vc("dedupe_key", 100),
          int("created_by_id", true),
          dt("created_at"),
          vc("as_of", 10),
          int("region_count"),
          int("at_risk_count"),
          int("meets_target_count"),
          int("meets_threshold_count"),
          { name: "snapshot", type: "json" },
        ],
      }),
    );
    await q.createIndex("bulletin", new TableIndex({ name: "uq_bulletin_dedupe", columnNames: ["dedupe_key"], isUnique: true }));
    await q.createIndex("bulletin", new TableIndex({ name: "idx_bulletin_region", columnNames: ["region_code", "period_from", "id"] }));
    await q.createIndex("bulletin", new TableIndex({ name: "idx_bulletin_period", columnNames: ["period_from", "id"] }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable("bulletin");
  }
}
