import { type MigrationInterface, type QueryRunner, Table, TableIndex } from "typeorm";
import { int, vc } from "../../db/migrations/columns.js";

const counters = ["registrations", "shares", "activity_posts", "check_ins", "comments", "society_posts"].map((c) => ({
  ...int(c),
  default: 0,
}));
const pk = <T extends { name: string }>(c: T) => ({ ...c, isPrimary: true });

/**
 * The KPI rollups (docs/kpis.md), all derived from `domain_event` by the kpi drain and rebuilt by
 * `rollup rebuild`:
 * - kpi_daily / kpi_monthly: additive counters per (ancestor region down to township, day | month);
 * - kpi_active_day: one row per volunteer, day and region they acted in (what distinct counts read);
 * - kpi_volunteer_region: the regions each volunteer acted in (almost always one);
 * - kpi_active_prev: per (province/city/county ancestor, active day, previous active day there) the
 *   number of volunteers, so 活跃人数 for any [from, to) is SUM(n) WHERE day ∈ [from, to) AND prev_day < from;
 * - kpi_active_period: the same count precomputed per calendar month, quarter and year;
 * - kpi_region_ancestor: each region's ancestors (itself included) for the rebuild's joins;
 * - kpi_population: every region's figure with provenance, estimates filled in below the cities.
 */
export class CreateKpiRollups1764680000000 implements MigrationInterface {
  name = "CreateKpiRollups1764680000000";

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(new Table({ name: "kpi_daily", columns: [pk(vc("region_code", 12)), pk(vc("day", 10)), ...counters] }));
    await q.createTable(new Table({ name: "kpi_monthly", columns: [pk(vc("region_code", 12)), pk(vc("month", 7)), ...counters] }));
    await q.createTable(
      new Table({ name: "kpi_active_day", columns: [pk(int("volunteer_id")), pk(vc("day", 10)), pk(vc("region_code", 12))] }),
    );
    await q.createIndex("kpi_active_day", new TableIndex({ name: "idx_kpi_active_day_region", columnNames: ["region_code", "day"] }));
    await q.createTable(new Table({ name: "kpi_volunteer_region", columns: [pk(int("volunteer_id")), pk(vc("region_code", 12))] }));
    await q.createTable(
      new Table({
        name: "kpi_active_prev",
        columns: [pk(vc("region_code", 12)), pk(vc("day", 10)), pk(vc("prev_day", 10)), int("n")],
      }),
    );
    await q.createTable(
      new Table({
        name: "kpi_active_period",
        columns: [pk(vc("region_code", 12)), pk(vc("granularity", 8)), pk(vc("period_start", 10)), int("n")],
      }),
    );
    await q.createTable(
      new Table({
        name: "kpi_region_ancestor",
        columns: [pk(vc("code", 12)), pk(vc("ancestor_code", 12)), int("ancestor_depth")],
      }),
    );
    await q.createIndex(
      "kpi_region_ancestor",
      new TableIndex({ name: "idx_kpi_region_ancestor_anc", columnNames: ["ancestor_code", "ancestor_depth"] }),
    );
    await q.createTable(
      new Table({
        name: "kpi_population",
        columns: [pk(vc("code", 12)), { ...int("population"), isNullable: true }, vc("source", 16, true), int("village_count")],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of [
      "kpi_population",
      "kpi_region_ancestor",
      "kpi_active_period",
      "kpi_active_prev",
      "kpi_volunteer_region",
      "kpi_active_day",
      "kpi_monthly",
      "kpi_daily",
    ]) {
      await q.dropTable(t);
    }
  }
}
