import { type MigrationInterface, type QueryRunner, Table, TableIndex } from "typeorm";
import { idColumn as id, dt, vc } from "./columns.js";

/** Accounts, sessions, login throttling, manager applications and the audit log. */
export class CreateVolunteers1764400000000 implements MigrationInterface {
  name = "CreateVolunteers1764400000000";

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: "volunteer",
        columns: [
          id,
          vc("phone", 11),
          vc("password_hash", 160),
          vc("nickname", 32, true),
          { ...vc("tier", 20), default: "'INDIVIDUAL'" },
          vc("managed_region_code", 12, true),
          vc("real_name", 32, true),
          vc("id_number_sealed", 120, true),
          vc("id_number_hash", 64, true),
          vc("id_number_masked", 18, true),
          vc("region_code", 12, true),
          vc("work_unit", 64, true),
          dt("certified_at", true),
          dt("created_at"),
          dt("updated_at"),
        ],
      }),
    );
    await q.createIndex("volunteer", new TableIndex({ name: "uq_volunteer_phone", columnNames: ["phone"], isUnique: true }));
    await q.createIndex(
      "volunteer",
      new TableIndex({ name: "uq_volunteer_id_number_hash", columnNames: ["id_number_hash"], isUnique: true }),
    );
    await q.createIndex("volunteer", new TableIndex({ name: "idx_volunteer_region", columnNames: ["region_code", "id"] }));
    await q.createIndex("volunteer", new TableIndex({ name: "idx_volunteer_certified", columnNames: ["certified_at"] }));
    await q.createIndex("volunteer", new TableIndex({ name: "idx_volunteer_tier", columnNames: ["tier", "managed_region_code"] }));

    await q.createTable(
      new Table({
        name: "session",
        columns: [
          { ...vc("id", 32), isPrimary: true },
          { name: "volunteer_id", type: "integer" },
          dt("created_at"),
          dt("expires_at"),
          dt("revoked_at", true),
          vc("user_agent", 200, true),
          vc("ip", 45, true),
        ],
      }),
    );
    await q.createIndex("session", new TableIndex({ name: "idx_session_volunteer", columnNames: ["volunteer_id", "revoked_at"] }));

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

    await q.createTable(
      new Table({
        name: "manager_application",
        columns: [
          id,
          { name: "applicant_id", type: "integer" },
          { name: "pending_key", type: "integer", isNullable: true },
          vc("tier", 20),
          vc("region_code", 12),
          vc("reason", 500, true),
          vc("status", 10),
          { name: "decided_by_id", type: "integer", isNullable: true },
          vc("decision_comment", 500, true),
          dt("decided_at", true),
          dt("created_at"),
        ],
      }),
    );
    // Unique while pending (the key is the applicant id), NULL afterwards: one open application per person.
    await q.createIndex(
      "manager_application",
      new TableIndex({ name: "uq_application_pending", columnNames: ["pending_key"], isUnique: true }),
    );
    await q.createIndex(
      "manager_application",
      new TableIndex({ name: "idx_application_region", columnNames: ["status", "region_code", "id"] }),
    );
    await q.createIndex("manager_application", new TableIndex({ name: "idx_application_applicant", columnNames: ["applicant_id", "id"] }));

    await q.createTable(
      new Table({
        name: "audit_log",
        columns: [
          id,
          { name: "actor_id", type: "integer", isNullable: true },
          vc("action", 48),
          vc("target_type", 32),
          vc("target_id", 32),
          vc("region_code", 12, true),
          { name: "before", type: "text", isNullable: true },
          { name: "after", type: "text", isNullable: true },
          vc("request_id", 64, true),
          dt("created_at"),
        ],
      }),
    );
    await q.createIndex("audit_log", new TableIndex({ name: "idx_audit_action", columnNames: ["action", "id"] }));
    await q.createIndex("audit_log", new TableIndex({ name: "idx_audit_target", columnNames: ["target_type", "target_id"] }));
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ["audit_log", "manager_application", "login_throttle", "session", "volunteer"]) await q.dropTable(t);
  }
}
