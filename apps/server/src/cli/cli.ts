import "reflect-metadata";
import { Command, Option } from "commander";
import { ConfigError, loadConfig } from "../config/config.js";
import { prepareDatabase } from "../boot.js";
import { createLogger } from "../logger.js";
import { formatImportSummary, importPopulation, parseSource } from "./import-population.command.js";
import { createAdmin } from "./create-admin.command.js";
import { DomainError } from "@kepu/domain";

const program = new Command("kepu").description("科普中国信息员平台运维命令 (operational commands)");

async function withDatabase<T>(fn: (ds: Awaited<ReturnType<typeof prepareDatabase>>) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const ds = await prepareDatabase(config, createLogger(process.env.LOG_LEVEL ?? "warn"));
  try {
    return await fn(ds);
  } finally {
    await ds.destroy();
  }
}

program
  .command("migrate")
  .description("apply pending migrations and load the region tree into an empty database")
  .action(() => withDatabase(async () => console.log("database is current")));

program
  .command("import-population")
  .description("import resident population per region from a CSV file with lines `code,population`")
  .argument("<file>", "CSV file (UTF-8; header optional)")
  .addOption(new Option("--source <source>", "provenance recorded for the figures").choices(["IMPORTED", "ESTIMATE", "CENSUS_2020"]).default("IMPORTED"))
  .option("--dry-run", "validate and report without writing", false)
  .action((file: string, opts: { source: string; dryRun: boolean }) =>
    withDatabase(async (ds) => {
      const result = await importPopulation(ds, file, parseSource(opts.source), opts.dryRun);
      console.log(formatImportSummary(result));
      if (result.accepted === 0 && result.rejected.length > 0) process.exitCode = 1;
    }),
  );

program
  .command("create-admin")
  .description("create a PROVINCE_ADMIN account, or reset an existing account to one (its sessions end)")
  .requiredOption("--phone <phone>", "mainland mobile number (login name)")
  .requiredOption("--password <password>", "8–64 characters with letters and digits")
  .option("--nickname <name>", "display name", "省科协科普部")
  .action((opts: { phone: string; password: string; nickname: string }) =>
    withDatabase(async (ds) => {
      const r = await createAdmin(ds, opts.phone, opts.password, opts.nickname);
      console.log(r.created ? `created PROVINCE_ADMIN #${r.id} (${r.phone})` : `reset #${r.id} (${r.phone}) to PROVINCE_ADMIN with the new password; its sessions and login lock were cleared`);
    }),
  );

program.parseAsync(process.argv).catch((err: unknown) => {
  console.error(err instanceof ConfigError || err instanceof DomainError || err instanceof Error ? `error: ${err.message}` : err);
  process.exit(1);
});
