import "reflect-metadata";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { DataSource } from "typeorm";
import { type AppConfig, assetPath } from "./config/config.js";
import { createDataSource, migrate } from "./db/data-source.js";
import { createSchema } from "./graphql/schema.js";
import { createApp } from "./http/app.js";
import { memoizeMediaTypeNegotiation } from "./http/media-type-memo.js";
import { createGraphQLHandler, isGraphQLPath } from "./http/graphql-handler.js";
import type { Logger } from "./logger.js";
import type { AppServices } from "./platform/app-services.js";
import { EventBus } from "./platform/events/event-bus.js";
import { seedRegions } from "./modules/region/region-seed.service.js";
import { PiiCipher } from "./security/pii.js";
import { resolveSecrets } from "./security/secrets.js";
import { seedDemoData } from "./modules/demo/demo-data.service.js";
import { moduleConsumers, moduleJobs } from "./app/modules.js";
import { serverSchema } from "./app/database-schema.js";
import { JobRunner } from "./jobs/job-runner.js";
import { generate } from "./cli/generate/generator.js";
import { toLocalDate } from "@kepu/domain";

export interface Running {
  url: string;
  port: number;
  ds: DataSource;
  services: AppServices;
  server: Server;
  stop: () => Promise<void>;
}

/** Prepares the database (migrate, load the region tree when empty). Shared by the server and the CLI. */
export async function prepareDatabase(config: AppConfig, logger: Logger): Promise<DataSource> {
  const ds = createDataSource(config.database, {
    schema: serverSchema(),
    sqlLog: config.sqlLog,
    logger,
    statementTimeoutMs: config.dbStatementTimeoutMs,
    connectTimeoutMs: config.dbConnectTimeoutMs,
  });
  await ds.initialize();
  const applied = await migrate(ds);
  if (applied.length) logger.info({ applied }, "migrations applied");
  const t0 = performance.now();
  const seeded = await seedRegions(ds, {
    regionFile: assetPath(config, "regions-41.tsv.gz"),
    censusFile: assetPath(config, "population-census-2020.csv"),
  });
  if (!seeded.skipped) logger.info({ regions: seeded.inserted, ms: Math.round(performance.now() - t0) }, "region tree loaded");
  return ds;
}

/** The process-wide services over an open database: what requests, the CLI and jobs share. */
export function createAppServices(config: AppConfig, logger: Logger, ds: DataSource): AppServices {
  const secrets = resolveSecrets(config);
  return { config, ds, logger, secrets, pii: new PiiCipher(secrets.piiKey), events: new EventBus(moduleConsumers()) };
}

/** Starts the HTTP server; `stop` drains requests, then closes the database (graceful shutdown). */
export async function startServer(config: AppConfig, logger: Logger): Promise<Running> {
  const ds = await prepareDatabase(config, logger);
  const services = createAppServices(config, logger, ds);
  if (config.demoData) {
    const demo = await seedDemoData(services);
    if (demo.created)
      logger.info({ volunteers: demo.volunteers, applications: demo.applications }, "demo data created (see README for logins)");
    if (demo.created && config.demoKpiScale > 0) {
      // A year of activity up to today, so the dashboards a newcomer opens are alive; the kpi drain rolls it up.
      const t0 = performance.now();
      const g = await generate(ds, { scale: config.demoKpiScale, seed: 1, until: toLocalDate(new Date()) });
      logger.info({ volunteers: g.volunteers, events: g.events, ms: Math.round(performance.now() - t0) }, "demo KPI history generated");
    }
  }
  const schema = await createSchema();
  memoizeMediaTypeNegotiation();
  const server = createServer();
  const { app, apollo, contextOf, documentHashes } = await createApp({ config, services, schema, httpServer: server });
  // /graphql bypasses express (graphql-handler.ts); everything else (SPA, health, exports) goes through it.
  const graphql = createGraphQLHandler({ apollo, contextOf, app, logger, documentHashes });
  server.on("request", (req, res) => (isGraphQLPath(req.url) ? graphql(req, res) : app(req, res)));
  await new Promise<void>((ok, fail) => {
    server.once("error", fail);
    server.listen(config.port, config.host, () => ok());
  });
  const jobs = config.jobs ? new JobRunner(services, moduleJobs()) : null;
  jobs?.start();
  const port = (server.address() as AddressInfo).port;
  const url = `http://localhost:${port}`;
  let stopping: Promise<void> | null = null;
  const stop = () =>
    (stopping ??= (async () => {
      await apollo.stop(); // drains in-flight requests via the drain plugin, closes the listener
      await jobs?.stop();
      await ds.destroy();
    })());
  return { url, port, ds, services, server, stop };
}
