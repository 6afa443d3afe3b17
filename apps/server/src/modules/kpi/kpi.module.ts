import type { FeatureModule } from "../../app/feature-module.js";
import { CreateKpiRollups1764680000000 } from "./1764680000000-create-kpi-rollups.js";
import { KpiActiveYears1764700000000 } from "./1764700000000-kpi-active-years.js";
import { kpiRollupJob } from "./kpi-drain.js";
import { kpiExports } from "./kpi.exports.js";
import { KpiRankingRowResolver, KpiResolver, KpiTargetProgressResolver, RegionKpisResolver } from "./kpi.resolver.js";

/**
 * The KPI engine (issue 12): rollups kept by their own drain of the outbox (a job, so a whole batch
 * is applied with aggregated upserts), and the regionKpis / kpiSeries / kpiTargets / kpiRanking reads.
 */
export const kpiModule: FeatureModule = {
  name: "kpi",
  resolvers: [KpiResolver, RegionKpisResolver, KpiTargetProgressResolver, KpiRankingRowResolver],
  migrations: [CreateKpiRollups1764680000000, KpiActiveYears1764700000000],
  jobs: [kpiRollupJob()],
  exports: kpiExports,
};
