import { type MigrationInterface, type QueryRunner, Table, TableIndex } from "typeorm";
import { int, vc } from "../../db/migrations/columns.js";

const pk = <T extends { name: string }>(c: T) => ({ ...c, isPrimary: true });

/**
 * 活跃 days as one bitmap per (volunteer, region, year) — kpi_active_year, 46 bytes, one bit per day —
 * instead of one row per (volunteer, day, region): about 20× fewer rows at Henan scale (docs/kpis.md),
 * which is what lets the generator and `rollup rebuild` finish in minutes. kpi_volunteer_region goes
 * too (a volunteer's regions are their rows here), and kpi_region_ancestor (the recount walks the tree in memory).
 *
 * The old tables' contents are not converted: every rollup is emptied and the kpi cursor removed, so
 * the drain recounts from the first event (or run `npm run cli -- rollup rebuild` on a large database).
 */
export class KpiActiveYears1764700000000 implements MigrationInterface {
  name = "KpiActiveYears1764700000000";

  async up(q: QueryRunner): Promise<void> {
    const mariadb = q.connection.options.type !== "better-sqlite3";
    await q.createTable(
      new Table({
        name: "kpi_active_year",
        columns: [
          pk(int("volunteer_id")),
          pk(vc("region_code", 12)),
          pk(int("year")),
          mariadb ? { name: "days", type: "varbinary", length: "46" } : { name: "days", type: "blob" },
        ],
      }),
    );
    await q.createIndex("kpi_active_year", new TableIndex({ name: "idx_kpi_active_year_region", columnNames: ["region_code", "year"] }));
    await q.dropTable("kpi_active_day");
    await q.dropTable("kpi_volunteer_region");
    // Only the SQL rebuild joined on it; the recount walks the tree in memory.
    await q.dropTable("kpi_region_ancestor");
    await emptyRollups(q);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({ name: "kpi_active_day", columns: [pk(int("volunteer_id")), pk(vc("day", 10)), pk(vc("region_code", 12))] }),
    );
    await q.createIndex("kpi_active_day", new TableIndex({ name: "idx_kpi_active_day_region", columnNames: ["region_code", "day"] }));
    await q.createTable(new Table({ name: "kpi_volunteer_region", columns: [pk(int("volunteer_id")), pk(vc("region_code", 12))] }));
    await q.createTable(
      new Table({ name: "kpi_region_ancestor", columns: [pk(vc("code", 12)), pk(vc("ancestor_code", 12)), int("ancestor_depth")] }),
    );
    await q.createIndex(
      "kpi_region_ancestor",
      new TableIndex({ name: "idx_kpi_region_ancestor_anc", columnNames: ["ancestor_code", "ancestor_depth"] }),
    );
    await q.dropTable("kpi_active_year");
    await emptyRollups(q);
  }
}

/** The rollups are derived: empty them and let the drain start over from the first event. */
async function emptyRollups(q: QueryRunner): Promise<void> {
  for (const t of ["kpi_daily", "kpi_monthly", "kpi_active_prev", "kpi_active_period"]) await q.query(`DELETE FROM ${t}`);
  await q.query("DELETE FROM event_consumer_cursor WHERE consumer = 'kpi-rollup'");
}
