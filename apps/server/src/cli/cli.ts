import "reflect-metadata";
import { Command, Option } from "commander";
import { ConfigError, loadConfig } from "../config/config.js";
import { createAppServices, prepareDatabase } from "../boot.js";
import { RequestContext } from "../platform/request-context.js";
import { createLogger } from "../logger.js";
import { formatImportSummary, importPopulation, parseSource } from "./import-population.command.js";
import { createAdmin } from "./create-admin.command.js";
import { formatUnlock, unlockAccount } from "./unlock.command.js";
import { formatContentImport, importContentFile } from "./import-content.command.js";
import { purgeExpiredAuthRows } from "../modules/auth/purge-auth-rows.js";
import { pointsVerifyCommand } from "./points.command.js";
import { DomainError } from "@kepu/domain";
import { registerRollupCommand } from "./rollup.command.js";
import { registerGenerateCommand } from "./generate.command.js";

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

/** Runs a command as the system, through the same services (and events, and audit) as the API. */
async function asSystem<T>(command: string, fn: (rc: RequestContext) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const logger = createLogger(process.env.LOG_LEVEL ?? "warn");
  const ds = await prepareDatabase(config, logger);
  try {
    return await fn(RequestContext.system(createAppServices(config, logger, ds), `cli:${command}`));
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
  .addOption(
    new Option("--source <source>", "provenance recorded for the figures")
      .choices(["IMPORTED", "ESTIMATE", "CENSUS_2020"])
      .default("IMPORTED"),
  )
  .option("--dry-run", "validate and report without writing", false)
  .action((file: string, opts: { source: string; dryRun: boolean }) =>
    asSystem("import-population", async (rc) => {
      const result = await importPopulation(rc, file, parseSource(opts.source), opts.dryRun);
      console.log(formatImportSummary(result));
      if (result.accepted === 0 && result.rejected.length > 0) process.exitCode = 1;
    }),
  );

program
  .command("import-content")
  .description("import content items from a JSONL or CSV file, idempotent by externalId (re-running updates, never duplicates)")
  .argument("<file>", "JSONL (one object a line) or CSV with a header row; see docs/api.md for the columns")
  .option("--dry-run", "validate and report without writing", false)
  .option("--draft", "create new items as drafts instead of publishing them", false)
  .action((file: string, opts: { dryRun: boolean; draft: boolean }) =>
    asSystem("import-content", async (rc) => {
      const result = await importContentFile(rc, file, opts);
      console.log(formatContentImport(result));
      if (result.rejected.length > 0 && result.created + result.updated + result.unchanged === 0) process.exitCode = 1;
    }),
  );

program
  .command("create-admin")
  .description("create a PROVINCE_ADMIN account, or reset an existing account to one (its sessions end)")
  .requiredOption("--phone <phone>", "mainland mobile number (login name)")
  .requiredOption("--password <password>", "8–64 characters with letters and digits")
  .option("--nickname <name>", "display name", "省科协科普部")
  .action((opts: { phone: string; password: string; nickname: string }) =>
    asSystem("create-admin", async (rc) => {
      const r = await createAdmin(rc, opts.phone, opts.password, opts.nickname);
      console.log(
        r.created
          ? `created PROVINCE_ADMIN #${r.id} (${r.phone})`
          : `reset #${r.id} (${r.phone}) to PROVINCE_ADMIN with the new password; its sessions and login lock were cleared`,
      );
    }),
  );

program
  .command("unlock")
  .description("lift the login locks of a phone (every address, and its daily ceiling); --address also clears that address's counter")
  .requiredOption("--phone <phone>", "mainland mobile number")
  .option("--address <ip>", "a client address whose login counter is cleared as well")
  .action((opts: { phone: string; address?: string }) =>
    withDatabase(async (ds) => {
      console.log(formatUnlock(await unlockAccount(ds, opts.phone, opts.address), opts.address));
    }),
  );

program
  .command("purge-auth")
  .description("delete sessions ended more than 30 days ago and stale login counters, in batches")
  .action(() =>
    withDatabase(async (ds) => {
      const r = await purgeExpiredAuthRows(ds);
      console.log(`deleted ${r.sessions} ended session(s) and ${r.throttleRows} stale login counter(s)`);
    }),
  );

program
  .command("points")
  .description("points ledger maintenance")
  .command("verify")
  .description("recompute every balance and experience from the ledger; exits 1 on any difference")
  .action(() =>
    withDatabase(async (ds) => {
      process.exitCode = await pointsVerifyCommand(ds);
    }),
  );

registerRollupCommand(program);
registerGenerateCommand(program);

program.parseAsync(process.argv).catch((err: unknown) => {
  console.error(err instanceof ConfigError || err instanceof DomainError || err instanceof Error ? `error: ${err.message}` : err);
  process.exit(1);
});
