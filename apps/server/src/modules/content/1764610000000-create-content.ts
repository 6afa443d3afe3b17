import { type MigrationInterface, type QueryRunner, Table, TableIndex } from "typeorm";
import { DEFAULT_CHANNELS } from "@kepu/domain";
import { dt, idColumn as id, int, vc } from "../../db/migrations/columns.js";

const pk = (name: string, type: "integer" | "varchar", length?: number) =>
  type === "integer" ? { ...int(name), isPrimary: true } : { ...vc(name, length ?? 32), isPrimary: true };
const bool = (name: string) => ({ name, type: "boolean", isNullable: false });

/** Channels (with the six defaults), content and its tags, comments, likes, favourites and downloads (issue 9). */
export class CreateContent1764610000000 implements MigrationInterface {
  name = "CreateContent1764610000000";

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: "channel",
        columns: [
          pk("code", "varchar", 32),
          vc("name", 32),
          int("sort_order"),
          bool("enabled"),
          bool("built_in"),
          dt("created_at"),
          dt("updated_at"),
        ],
      }),
    );
    await q.createIndex("channel", new TableIndex({ name: "idx_channel_order", columnNames: ["sort_order", "code"] }));
    const now = new Date().toISOString().replace("T", " ").replace("Z", "");
    for (const [i, c] of DEFAULT_CHANNELS.entries()) {
      await q.query(
        "INSERT INTO channel (code, name, sort_order, enabled, built_in, created_at, updated_at) VALUES (?, ?, ?, 1, 1, ?, ?)",
        [c.code, c.name, (i + 1) * 10, now, now],
      );
    }

    await q.createTable(
      new Table({
        name: "volunteer_channel",
        columns: [pk("volunteer_id", "integer"), pk("channel_code", "varchar", 32), int("sort_order")],
      }),
    );

    await q.createTable(
      new Table({
        name: "content",
        columns: [
          id,
          vc("external_id", 64, true),
          vc("kind", 10),
          vc("status", 12),
          vc("title", 120),
          vc("summary", 500, true),
          { name: "body", type: "json", isNullable: true },
          vc("cover_url", 1000, true),
          vc("video_url", 1000, true),
          int("duration_seconds", true),
          vc("source", 12),
          vc("channel_code", 32),
          { name: "tags", type: "text", isNullable: false },
          vc("region_code", 12, true),
          int("author_id", true),
          dt("featured_until", true),
          dt("published_at", true),
          dt("listed_at"),
          dt("created_at"),
          dt("updated_at"),
        ],
      }),
    );
    await q.createIndex("content", new TableIndex({ name: "uq_content_external_id", columnNames: ["external_id"], isUnique: true }));
    await q.createIndex("content", new TableIndex({ name: "idx_content_listing", columnNames: ["status", "listed_at", "id"] }));
    await q.createIndex(
      "content",
      new TableIndex({ name: "idx_content_channel", columnNames: ["channel_code", "status", "listed_at", "id"] }),
    );
    await q.createIndex("content", new TableIndex({ name: "idx_content_region", columnNames: ["region_code", "status"] }));

    await q.createTable(new Table({ name: "content_tag", columns: [pk("content_id", "integer"), pk("tag", "varchar", 20)] }));
    await q.createIndex("content_tag", new TableIndex({ name: "idx_content_tag", columnNames: ["tag", "content_id"] }));

    await q.createTable(
      new Table({
        name: "comment",
        columns: [
          id,
          int("content_id"),
          int("author_id"),
          int("parent_id", true),
          int("reply_to_id", true),
          int("reply_to_author_id", true),
          vc("body", 500),
          vc("region_code", 12, true),
          vc("status", 10),
          vc("hidden_reason", 200, true),
          int("hidden_by_id", true),
          dt("hidden_at", true),
          vc("client_key", 64, true),
          dt("created_at"),
        ],
      }),
    );
    await q.createIndex(
      "comment",
      new TableIndex({ name: "idx_comment_content", columnNames: ["content_id", "status", "parent_id", "id"] }),
    );
    await q.createIndex("comment", new TableIndex({ name: "idx_comment_parent", columnNames: ["parent_id", "status", "id"] }));
    await q.createIndex("comment", new TableIndex({ name: "idx_comment_moderation", columnNames: ["region_code", "status", "id"] }));
    await q.createIndex(
      "comment",
      new TableIndex({ name: "uq_comment_client_key", columnNames: ["author_id", "client_key"], isUnique: true }),
    );

    for (const [table, key] of [
      ["content_like", "content_id"],
      ["comment_like", "comment_id"],
    ] as const) {
      await q.createTable(new Table({ name: table, columns: [pk(key, "integer"), pk("volunteer_id", "integer"), dt("created_at")] }));
      await q.createIndex(table, new TableIndex({ name: `idx_${table}_volunteer`, columnNames: ["volunteer_id", key] }));
    }

    await q.createTable(new Table({ name: "content_favourite", columns: [id, int("content_id"), int("volunteer_id"), dt("created_at")] }));
    await q.createIndex(
      "content_favourite",
      new TableIndex({ name: "uq_content_favourite", columnNames: ["volunteer_id", "content_id"], isUnique: true }),
    );
    await q.createIndex("content_favourite", new TableIndex({ name: "idx_content_favourite_content", columnNames: ["content_id"] }));

    await q.createTable(
      new Table({ name: "content_download", columns: [id, int("content_id"), int("volunteer_id"), vc("day", 10), dt("created_at")] }),
    );
    await q.createIndex(
      "content_download",
      new TableIndex({ name: "uq_content_download_day", columnNames: ["content_id", "volunteer_id", "day"], isUnique: true }),
    );
    await q.createIndex("content_download", new TableIndex({ name: "idx_content_download_volunteer", columnNames: ["volunteer_id"] }));
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of [
      "content_download",
      "content_favourite",
      "comment_like",
      "content_like",
      "comment",
      "content_tag",
      "content",
      "volunteer_channel",
      "channel",
    ])
      await q.dropTable(t);
  }
}
