import { type MigrationInterface, type QueryRunner, Table, TableIndex } from "typeorm";
import { dt, idColumn as id, int, vc } from "../../db/migrations/columns.js";

/** 积分商城: items, per-person holdings, restocks and redemptions (orders). */
export class CreateMall1764670000000 implements MigrationInterface {
  name = "CreateMall1764670000000";

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: "mall_item",
        columns: [
          id,
          vc("name", 60),
          { name: "description", type: "text", isNullable: true },
          vc("image_url", 500, true),
          vc("kind", 16),
          int("price_points"),
          int("stock"),
          int("sold"),
          int("per_person_limit", true),
          dt("sale_from", true),
          dt("sale_until", true),
          { name: "enabled", type: "boolean" },
          int("created_by_id", true),
          dt("created_at"),
          dt("updated_at"),
        ],
      }),
    );
    await q.createIndex("mall_item", new TableIndex({ name: "idx_mall_item_enabled", columnNames: ["enabled", "id"] }));

    await q.createTable(
      new Table({
        name: "mall_item_holding",
        columns: [{ ...int("item_id"), isPrimary: true }, { ...int("volunteer_id"), isPrimary: true }, int("quantity")],
      }),
    );

    await q.createTable(
      new Table({
        name: "mall_restock",
        columns: [id, int("item_id"), int("delta"), int("stock_after"), vc("idempotency_key", 64), int("actor_id", true), dt("created_at")],
      }),
    );
    await q.createIndex(
      "mall_restock",
      new TableIndex({ name: "uq_mall_restock_key", columnNames: ["item_id", "idempotency_key"], isUnique: true }),
    );

    await q.createTable(
      new Table({
        name: "mall_redemption",
        columns: [
          id,
          int("volunteer_id"),
          int("item_id"),
          vc("item_name", 60),
          vc("kind", 16),
          int("quantity"),
          int("unit_points"),
          int("total_points"),
          vc("status", 10),
          vc("idempotency_key", 64),
          vc("phone_sealed", 120, true),
          vc("phone_masked", 11, true),
          vc("region_code", 12, true),
          vc("cancel_reason", 500, true),
          int("cancelled_by_id", true),
          int("fulfilled_by_id", true),
          dt("created_at"),
          dt("fulfilled_at", true),
          dt("cancelled_at", true),
        ],
      }),
    );
    await q.createIndex(
      "mall_redemption",
      new TableIndex({ name: "uq_mall_redemption_key", columnNames: ["volunteer_id", "idempotency_key"], isUnique: true }),
    );
    await q.createIndex("mall_redemption", new TableIndex({ name: "idx_mall_redemption_volunteer", columnNames: ["volunteer_id", "id"] }));
    await q.createIndex("mall_redemption", new TableIndex({ name: "idx_mall_redemption_status", columnNames: ["status", "id"] }));
    await q.createIndex("mall_redemption", new TableIndex({ name: "idx_mall_redemption_item", columnNames: ["item_id", "id"] }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable("mall_redemption");
    await q.dropTable("mall_restock");
    await q.dropTable("mall_item_holding");
    await q.dropTable("mall_item");
  }
}
