import { type MigrationInterface, type QueryRunner, Table, TableIndex } from "typeorm";
import { dt, idColumn as id, int, vc } from "../../db/migrations/columns.js";

/** Societies (社团), their members and their posts (issue 10). */
export class CreateSocieties1764650000000 implements MigrationInterface {
  name = "CreateSocieties1764650000000";

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: "society",
        columns: [
          id,
          vc("name", 30),
          vc("name_key", 40, true),
          vc("description", 500, true),
          vc("region_code", 12),
          vc("join_policy", 10),
          vc("avatar_url", 500, true),
          vc("status", 10),
          int("requester_id"),
          int("owner_id"),
          int("decided_by_id", true),
          vc("decision_comment", 500, true),
          dt("decided_at", true),
          dt("dissolved_at", true),
          int("dissolved_by_id", true),
          vc("dissolve_reason", 500, true),
          dt("created_at"),
          dt("updated_at"),
        ],
      }),
    );
    // Unique while pending or active (`<county>:<name>`), NULL afterwards.
    await q.createIndex("society", new TableIndex({ name: "uq_society_name_key", columnNames: ["name_key"], isUnique: true }));
    await q.createIndex("society", new TableIndex({ name: "idx_society_region", columnNames: ["region_code", "id"] }));
    await q.createIndex("society", new TableIndex({ name: "idx_society_status", columnNames: ["status", "region_code", "id"] }));
    await q.createIndex("society", new TableIndex({ name: "idx_society_requester", columnNames: ["requester_id", "id"] }));

    await q.createTable(
      new Table({
        name: "society_member",
        columns: [
          id,
          int("society_id"),
          int("volunteer_id"),
          vc("role", 10),
          vc("status", 10),
          dt("joined_at", true),
          int("decided_by_id", true),
          dt("created_at"),
          dt("updated_at"),
        ],
      }),
    );
    await q.createIndex(
      "society_member",
      new TableIndex({ name: "uq_society_member", columnNames: ["society_id", "volunteer_id"], isUnique: true }),
    );
    await q.createIndex("society_member", new TableIndex({ name: "idx_society_member_list", columnNames: ["society_id", "status", "id"] }));
    await q.createIndex(
      "society_member",
      new TableIndex({ name: "idx_society_member_volunteer", columnNames: ["volunteer_id", "status"] }),
    );

    await q.createTable(
      new Table({
        name: "society_post",
        columns: [
          id,
          int("society_id"),
          int("author_id"),
          { name: "text", type: "text", isNullable: true },
          { name: "image_urls", type: "text" },
          vc("client_post_id", 64, true),
          dt("hidden_at", true),
          int("hidden_by_id", true),
          vc("hide_reason", 200, true),
          dt("created_at"),
        ],
      }),
    );
    await q.createIndex("society_post", new TableIndex({ name: "idx_society_post_feed", columnNames: ["society_id", "id"] }));
    // One post per (author, client key): a retried post is found, not written twice. NULL keys never collide.
    await q.createIndex(
      "society_post",
      new TableIndex({ name: "uq_society_post_client", columnNames: ["author_id", "client_post_id"], isUnique: true }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ["society_post", "society_member", "society"]) await q.dropTable(t);
  }
}
