import type { Command } from "commander";
import type { DataSource } from "typeorm";
import { loadConfig } from "../config/config.js";
import { prepareDatabase } from "../boot.js";
import { createLogger } from "../logger.js";
import { rebuildRollups, verifyRollups } from "../modules/kpi/kpi-rebuild.js";
import { drainKpis } from "../modules/kpi/kpi-drain.js";
import { createProgress, type Progress } from "./progress.js";

/** A database for long maintenance statements: no statement deadline (a rebuild's INSERT … SELECT may rightly take minutes). */
export async function withMaintenanceDatabase<T>(fn: (ds: DataSource) => Promise<T>): Promise<T> {
  const config = loadConfig();
  config.dbStatementTimeoutMs = 0;
  const ds = await prepareDatabase(config, createLogger(process.env.LOG_LEVEL ?? "warn"));
  try {
    return await fn(ds);
  } finally {
    await ds.destroy();
  }
}

/** One progress bar per phase, replaced when the phase changes. */
export function phasedProgress(): { update: (phase: string, done: number, total: number) => void; stop: () => void } {
  let phase = "";
  let bar: Progress | null = null;
  return {
    update(p, done, total) {
      if (p !== phase) {
        bar?.stop();
        bar = createProgress(p);
        phase = p;
      }
      bar!.update(done, total);
    },
    stop: () => bar?.stop(),
  };
}

/** `rollup rebuild` and `rollup verify` (docs/kpis.md). */
export function registerRollupCommand(program: Command): void {
  const rollup = program.command("rollup").description("KPI rollups: rebuild from the raw events, or verify against them");
  rollup
    .command("rebuild")
    .description("truncate every KPI rollup and rebuild it from domain_event (pauses the kpi drain meanwhile)")
    .option("--chunk <events>", "events read per page of the recount", "50000")
    .action((opts: { chunk: string }) =>
      withMaintenanceDatabase(async (ds) => {
        const progress = phasedProgress();
        try {
          const r = await rebuildRollups(ds, { chunkIds: Number(opts.chunk), onProgress: progress.update });
          progress.stop();
          console.log(`rebuilt up to event #${r.upToEventId} in ${(r.ms / 1000).toFixed(1)} s`);
          for (const [table, n] of Object.entries(r.rows)) console.log(`  ${table}: ${n} rows`);
        } finally {
          progress.stop();
        }
      }),
    );
  rollup
    .command("verify")
    .description("recount every KPI rollup from the raw events and print the differences; exits 1 on any")
    .option("--no-drain", "compare as stored, without first applying pending events")
    .action((opts: { drain: boolean }) =>
      withMaintenanceDatabase(async (ds) => {
        if (opts.drain) await drainKpis(ds);
        const progress = phasedProgress();
        const r = await verifyRollups(ds, progress.update);
        progress.stop();
        console.log(`checked events up to #${r.checkedUpToEventId}: ${r.differences} difference(s)`);
        for (const [table, n] of Object.entries(r.byTable)) console.log(`  ${table}: ${n}`);
        for (const d of r.samples) console.log(`  ${d.table} ${d.key}: expected ${d.expected || "(none)"}, stored ${d.actual || "(none)"}`);
        if (r.differences > 0) process.exitCode = 1;
      }),
    );
}
