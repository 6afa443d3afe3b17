import type { Command } from "commander";
import { rebuildRollups } from "../modules/kpi/kpi-rebuild.js";
import { generate } from "./generate/generator.js";
import { phasedProgress, withMaintenanceDatabase } from "./rollup.command.js";

/** Progress with rows per second, for long generation phases. */
function rateProgress() {
  const phases = phasedProgress();
  const t0 = performance.now();
  let last = 0;
  return {
    update(phase: string, done: number, total: number) {
      phases.update(phase, done, total);
      const now = performance.now();
      if (now - last > 10_000 || done === total) {
        last = now;
        process.stderr.write(`  ${phase}: ${done}/${total}, ${Math.round(done / ((now - t0) / 1000))} 行/秒（本阶段起算含前序阶段时间）\n`);
      }
    },
    stop: phases.stop,
  };
}

/** `generate --scale S [--seed N]`: realistic data on the real region tree, then `rollup rebuild`. */
export function registerGenerateCommand(program: Command): void {
  program
    .command("generate")
    .description(
      "fill an empty database with realistic data (scale 1 = Henan at 2 %: 2 M volunteers, a year of 60 M actions), then rebuild the KPI rollups",
    )
    .requiredOption("--scale <s>", "1 = Henan at the 2 % target; 0.01 and 0.1 for trials")
    .option("--seed <n>", "random seed (same seed, same data)", "1")
    .option("--rows-per-statement <n>", "rows per multi-row INSERT", "2000")
    .action((opts: { scale: string; seed: string; rowsPerStatement: string }) =>
      withMaintenanceDatabase(async (ds) => {
        const progress = rateProgress();
        try {
          const r = await generate(ds, {
            scale: Number(opts.scale),
            seed: Number(opts.seed),
            rowsPerStatement: Number(opts.rowsPerStatement),
            onProgress: progress.update,
          });
          progress.stop();
          console.log(
            `generated ${r.volunteers} volunteers and ${Object.values(r.events).reduce((a, b) => a + b, 0)} events in ${(r.ms / 1000).toFixed(1)} s (${r.rowsPerSecond} rows/s)`,
          );
          for (const [type, n] of Object.entries(r.events)) console.log(`  ${type}: ${n}`);
          console.log(`  behind on purpose: cities ${r.laggingCities.join(", ")} and ${r.laggingCounties} counties`);
          const rebuild = await rebuildRollups(ds, { onProgress: progress.update });
          progress.stop();
          console.log(`rollup rebuild: ${(rebuild.ms / 1000).toFixed(1)} s`);
          for (const [table, n] of Object.entries(rebuild.rows)) console.log(`  ${table}: ${n} rows`);
        } finally {
          progress.stop();
        }
      }),
    );
}
