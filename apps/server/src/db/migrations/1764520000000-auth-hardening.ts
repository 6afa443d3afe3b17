import { type MigrationInterface, type QueryRunner, Table, TableIndex } from "typeorm";
import { dt, vc } from "./columns.js";

/**
 * Login throttling v2: counters per (phone, address), per phone (daily ceiling), per address and
 * for registrations, reserved before the password is checked (`attempts` counts failures and
 * attempts in flight). Throttle state is short-lived, so the old table is replaced rather than
 * converted. Plus indexes to purge ended sessions and stale counters in batches.
 */
export class AuthHardening1764520000000 implements MigrationInterface {
  name = "AuthHardening1764520000000";

  async up(q: QueryRunner): Promise<void> {
    await q.dropTable("login_throttle");
    await q.createTable(
      new Table({
        name: "login_throttle",
        columns: [
          { ...vc("key", 100), isPrimary: true },
          { name: "attempts", type: "integer" },
          dt("window_started_at"),
          dt("locked_until", true),
        ],
      }),
    );
    await q.createIndex("login_throttle", new TableIndex({ name: "idx_login_throttle_window", columnNames: ["window_started_at"] }));
    await q.createIndex("session", new TableIndex({ name: "idx_session_expires", columnNames: ["expires_at"] }));
    await q.createIndex("session", new TableIndex({ name: "idx_session_revoked", columnNames: ["revoked_at"] }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropIndex("session", "idx_session_revoked");
    await q.dropIndex("session", "idx_session_expires");
    await q.dropTable("login_throttle");
    await q.createTable(
      new Table({
        name: "login_throttle",
        columns: [
          { ...vc("key", 64), isPrimary: true },
          { name: "failures", type: "integer" },
          dt("window_started_at"),
          dt("locked_until", true),
        ],
      }),
    );
  }
}
