import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { expressMiddleware } from "@as-integrations/express5";
import express, { type Express } from "express";
import type { GraphQLSchema } from "graphql";
import type { Server } from "node:http";
import type { DataSource } from "typeorm";
import type { AppConfig } from "../config/config.js";
import type { Logger } from "../logger.js";
import { type Context, createContext } from "../graphql/context.js";
import { createErrorFormatter } from "../graphql/errors.js";

export interface AppDeps {
  config: AppConfig;
  ds: DataSource;
  logger: Logger;
  schema: GraphQLSchema;
  httpServer: Server;
}

/** Express app: /healthz, /graphql and the admin SPA's production build at /. */
export async function createApp({ config, ds, logger, schema, httpServer }: AppDeps): Promise<{ app: Express; apollo: ApolloServer<Context> }> {
  const apollo = new ApolloServer<Context>({
    schema,
    formatError: createErrorFormatter(logger),
    includeStacktraceInErrorResponses: false,
    introspection: true,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer })],
  });
  await apollo.start();

  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", "loopback");

  app.get("/healthz", async (_req, res) => {
    try {
      await ds.query("SELECT 1");
      res.json({ status: "ok" });
    } catch (err) {
      logger.error({ err }, "health check failed");
      res.status(503).json({ status: "unavailable" });
    }
  });

  app.use(
    "/graphql",
    express.json({ limit: "1mb" }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const requestId = (req.headers["x-request-id"] as string | undefined)?.slice(0, 64) || randomUUID();
        return createContext(ds, logger, requestId);
      },
    }),
  );

  const indexHtml = resolve(config.adminDist, "index.html");
  if (existsSync(indexHtml)) {
    app.use(express.static(config.adminDist, { index: false, maxAge: "1h" }));
    // Client-side routes: every other GET that accepts HTML gets the SPA shell.
    app.get(/^(?!\/graphql|\/healthz).*/, (req, res, next) => (req.accepts("html") ? res.sendFile(indexHtml) : next()));
  } else {
    logger.warn({ adminDist: config.adminDist }, "admin build not found; serving the API only (run `npm run build`)");
    app.get("/", (_req, res) => res.type("text/plain").send("科普中国信息员 API: POST /graphql\n"));
  }

  // Malformed JSON bodies and other middleware errors: a GraphQL-shaped answer, never a stack.
  app.use((err: Error & { status?: number; type?: string }, _req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (res.headersSent) return next(err);
    const status = err.status && err.status < 500 ? err.status : 500;
    if (status >= 500) logger.error({ err }, "unhandled HTTP error");
    res.status(status).json({
      errors: [{ message: status < 500 ? "请求格式有误" : "服务器内部错误", extensions: { code: status < 500 ? "BAD_USER_INPUT" : "INTERNAL_SERVER_ERROR" } }],
    });
  });
  return { app, apollo };
}
