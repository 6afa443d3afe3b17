import { ConfigError, loadConfig } from "./config/config.js";
import { createLogger } from "./logger.js";
import { startServer } from "./boot.js";

let config;
try {
  config = loadConfig();
} catch (err) {
  // Fail fast at boot with the offending variable named, before anything else happens.
  console.error(err instanceof ConfigError ? err.message : err);
  process.exit(1);
}
const logger = createLogger(config.logLevel);
const started = performance.now();
try {
  const running = await startServer(config, logger);
  logger.info(
    { url: running.url, graphql: `${running.url}/graphql`, db: config.database.kind, bootMs: Math.round(performance.now() - started) },
    "server listening",
  );
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.once(signal, () => {
      logger.info({ signal }, "shutting down");
      const force = setTimeout(() => process.exit(1), 15_000).unref();
      running.stop().then(
        () => {
          clearTimeout(force);
          logger.info("stopped");
          process.exit(0);
        },
        (err) => {
          logger.error({ err }, "error during shutdown");
          process.exit(1);
        },
      );
    });
  }
} catch (err) {
  logger.fatal({ err }, "failed to start");
  process.exit(1);
}
