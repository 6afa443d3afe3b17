import { type MigrationInterface, type QueryRunner, Table, TableIndex } from "typeorm";
import { defaultPointsRules } from "@kepu/domain";
import { dt, idColumn, int, vc } from "../../db/migrations/columns.js";

/**
 * Points (issue 11): the append-only ledger and its cached accounts, the per-day earning counters
 * that enforce daily caps, check-ins and streaks, and the versioned earning rules (version 1 = the
 * documented defaults, in force from the beginning).
 */
export class CreatePoints1764660000000 implements MigrationInterface {
  name = "CreatePoints1764660000000";

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: "points_entry",
        columns: [
          idColumn,
          int("volunteer_id"),
          int("delta"),
          vc("reason", 32),
          vc("idempotency_key", 128),
          int("source_event_id", true),
          vc("reference", 200, true),
          int("rule_version", true),
          int("earned"),
          vc("region_code", 12, true),
          vc("day", 10),
          dt("created_at"),
        ],
      }),
    );
    await q.createIndex("points_entry", new TableIndex({ name: "uq_points_entry_key", columnNames: ["idempotency_key"], isUnique: true }));
    await q.createIndex("points_entry", new TableIndex({ name: "idx_points_entry_volunteer", columnNames: ["volunteer_id", "id"] }));
    await q.createIndex("points_entry", new TableIndex({ name: "idx_points_entry_region_day", columnNames: ["region_code", "day"] }));

    await q.createTable(
      new Table({
        name: "points_account",
        columns: [{ ...int("volunteer_id"), isPrimary: true }, int("balance"), int("experience"), dt("updated_at")],
      }),
    );

    await q.createTable(
      new Table({
        name: "points_daily",
        columns: [
          { ...int("volunteer_id"), isPrimary: true },
          { ...vc("day", 10), isPrimary: true },
          { ...vc("reason", 32), isPrimary: true },
          int("earned"),
        ],
      }),
    );

    await q.createTable(
      new Table({
        name: "points_check_in",
        columns: [idColumn, int("volunteer_id"), vc("day", 10), int("streak"), int("points"), dt("created_at")],
      }),
    );
    await q.createIndex(
      "points_check_in",
      new TableIndex({ name: "uq_points_check_in_day", columnNames: ["volunteer_id", "day"], isUnique: true }),
    );

    await q.createTable(
      new Table({
        name: "points_streak",
        columns: [
          { ...int("volunteer_id"), isPrimary: true },
          int("current_streak"),
          int("longest_streak"),
          vc("last_day", 10),
          dt("updated_at"),
        ],
      }),
    );

    await q.createTable(
      new Table({
        name: "points_rule_version",
        columns: [
          { ...int("version"), isPrimary: true },
          { name: "rules", type: "text" },
          dt("effective_from"),
          int("created_by_id", true),
          vc("note", 200, true),
          dt("created_at"),
        ],
      }),
    );
    await q.createIndex("points_rule_version", new TableIndex({ name: "idx_points_rule_effective", columnNames: ["effective_from"] }));
    const epoch = "2000-01-01 00:00:00.000";
    await q.query(
      "INSERT INTO points_rule_version (version, rules, effective_from, created_by_id, note, created_at) VALUES (?, ?, ?, NULL, ?, ?)",
      [1, JSON.stringify(defaultPointsRules), epoch, "默认规则", epoch],
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable("points_rule_version");
    await q.dropTable("points_streak");
    await q.dropTable("points_check_in");
    await q.dropTable("points_daily");
    await q.dropTable("points_account");
    await q.dropTable("points_entry");
  }
}
