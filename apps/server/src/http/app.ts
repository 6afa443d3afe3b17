import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { expressMiddleware } from "@as-integrations/express5";
import express, { type Express } from "express";
import type { GraphQLSchema } from "graphql";
import type { Server } from "node:http";
import type { AppConfig } from "../config/config.js";
import { type AppServices, type Context, createContext } from "../graphql/context.js";
import { appError, createErrorFormatter } from "../graphql/errors.js";
import { AuthService } from "../modules/auth/auth.service.js";

export interface AppDeps {
  config: AppConfig;
  services: AppServices;
  schema: GraphQLSchema;
  httpServer: Server;
}

const BEARER = /^Bearer\s+(\S{1,2048})$/i;

/** Express app: /healthz, /graphql and the admin SPA's production build at /. */
export async function createApp({ config, services, schema, httpServer }: AppDeps): Promise<{ app: Express; apollo: ApolloServer<Context> }> {
  const { ds, logger } = services;
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
  app.set("trust proxy", config.trustProxy);

  app.get("/livez", (_req, res) => {
    res.json({ status: "ok" });
  });

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
        const meta = { requestId, ip: req.ip ?? null, userAgent: req.headers["user-agent"] ?? null };
        const header = req.headers.authorization;
        let viewer = null;
        if (header) {
          // A token that is present but bad fails the request: silently treating it as anonymous hides expiry from clients.
          const token = BEARER.exec(header)?.[1];
          if (!token) throw appError("UNAUTHENTICATED", "Authorization 头格式应为 Bearer <token>", { http: { status: 401 } });
          viewer = await new AuthService(ds, services.secrets, meta).resolveViewer(token);
        }
        return createContext(services, meta, viewer);
      },
    }),
  );

  const indexHtml = resolve(config.adminDist, "index.html");
  if (existsSync(indexHtml)) {
    app.use(express.static(config.adminDist, { index: false, maxAge: "1h" }));
    // Client-side routes: every other GET that accepts HTML gets the SPA shell.
    app.get(/^(?!\/graphql|\/healthz|\/livez).*/, (req, res, next) => (req.accepts("html") ? res.sendFile(indexHtml) : next()));
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
