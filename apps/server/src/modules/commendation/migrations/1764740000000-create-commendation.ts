import { type MigrationInterface, type QueryRunner, Table, TableIndex } from "typeorm";
import { dt, idColumn as id, int, vc } from "../../../db/migrations/columns.js";

/** The yearly commendation (issue 12): rounds, per-city quotas and nominations. */
export class CreateCommendation1764740000000 implements MigrationInterface {
  name = "CreateCommendation1764740000000";

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: "commendation_round",
        columns: [
          id,
          int("year"),
          vc("status", 10),
          vc("period_from", 10),
          vc("period_to", 10),
          int("region_quota"),
          int("individual_quota"),
          vc("note", 200, true),
          int("opened_by_id", true),
          dt("opened_at"),
          dt("closed_at", true),
          dt("published_at", true),
          dt("updated_at"),
        ],
      }),
    );
    await q.createIndex(
      "commendation_round",
      new TableIndex({ name: "uq_commendation_round_year", columnNames: ["year"], isUnique: true }),
    );

    await q.createTable(
      new Table({
        name: "commendation_city",
        columns: [
          id,
          int("round_id"),
          vc("city_code", 12),
          int("region_quota"),
          int("individual_quota"),
          { ...int("regions_used"), default: 0 },
          { ...int("individuals_used"), default: 0 },
          dt("updated_at"),
        ],
      }),
    );
    await q.createIndex(
      "commendation_city",
      new TableIndex({ name: "uq_commendation_city", columnNames: ["round_id", "city_code"], isUnique: true }),
    );

    await q.createTable(
      new Table({
        name: "commendation_nomination",
        columns: [
          id,
          int("round_id"),
          vc("city_code", 12),
          vc("kind", 10),
          vc("nominee_key", 20),
          vc("region_code", 12),
          int("volunteer_id", true),
          vc("status", 10),
          { ...int("revision"), default: 1 },
          vc("reason", 500, true),
          int("rank_at_nomination", true),
          { name: "snapshot", type: "text" },
          int("nominated_by_id", true),
          dt("nominated_at"),
          int("decided_by_id", true),
          dt("decided_at", true),
          vc("decision_comment", 500, true),
          dt("withdrawn_at", true),
          dt("created_at"),
          dt("updated_at"),
        ],
      }),
    );
    await q.createIndex(
      "commendation_nomination",
      new TableIndex({ name: "uq_commendation_nominee", columnNames: ["round_id", "nominee_key"], isUnique: true }),
    );
    await q.createIndex(
      "commendation_nomination",
      new TableIndex({ name: "idx_commendation_nomination_city", columnNames: ["round_id", "city_code", "status"] }),
    );
    await q.createIndex(
      "commendation_nomination",
      new TableIndex({ name: "idx_commendation_nomination_status", columnNames: ["round_id", "status", "id"] }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable("commendation_nomination");
    await q.dropTable("commendation_city");
    await q.dropTable("commendation_round");
  }
}
