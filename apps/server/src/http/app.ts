import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { expressMiddleware } from "@as-integrations/express5";
import { DomainError } from "@kepu/domain";
import express, { type Express } from "express";
import type { GraphQLSchema } from "graphql";
import type { Server } from "node:http";
import type { AppConfig } from "../config/config.js";
import type { AppServices } from "../platform/app-services.js";
import { RequestContext } from "../platform/request-context.js";
import { createVolunteerLoaders } from "../modules/volunteer/volunteer.loaders.js";
import { appError, createErrorFormatter } from "../graphql/errors.js";
import { limitParseOptions, queryLimitsPlugin } from "../graphql/limits/limits-plugin.js";
import { AuthService } from "../modules/auth/auth.service.js";
import { checkDatabase } from "./health.js";
import { beginRequest, requestIdOf } from "./request-log.js";
import { setSecurityHeaders } from "./security-headers.js";

export interface AppDeps {
  config: AppConfig;
  services: AppServices;
  schema: GraphQLSchema;
  httpServer: Server;
}

const BEARER = /^Bearer\s+(\S{1,2048})$/i;

/** Express app: /healthz, /graphql and the admin SPA's production build at /. */
export async function createApp({
  config,
  services,
  schema,
  httpServer,
}: AppDeps): Promise<{ app: Express; apollo: ApolloServer<RequestContext> }> {
  const { ds, logger } = services;
  const apollo = new ApolloServer<RequestContext>({
    schema,
    formatError: createErrorFormatter(logger),
    includeStacktraceInErrorResponses: false,
    introspection: true,
    // Query limits (src/graphql/limits): size at parse, depth/aliases/cost before execution, deadline and response size during it.
    parseOptions: limitParseOptions(config.queryLimits),
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), queryLimitsPlugin(config.queryLimits)],
  });
  await apollo.start();

  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", config.trustProxy);

  // Every response: request id (echoed), access-log line, security headers (the console's CSP
  // everywhere but the GraphQL endpoint).
  app.use((req, res, next) => {
    beginRequest(req, res, logger);
    setSecurityHeaders(res, { console: !/^\/graphql(?:[/?]|$)/.test(req.url) });
    next();
  });

  app.get("/livez", (_req, res) => {
    res.json({ status: "ok" });
  });

  // 503 within ~2.5 s when the database fails or does not answer (a frozen link must not hang probes).
  app.get("/healthz", async (req, res) => {
    const health = await checkDatabase(() => ds.query("SELECT 1"));
    if (health.ok) {
      res.json({ status: "ok" });
      return;
    }
    logger.error({ err: health.error, reason: health.reason, ms: health.ms, requestId: requestIdOf(req) }, "health check failed");
    res.status(503).json({ status: "unavailable" });
  });

  app.use(
    "/graphql",
    express.json({ limit: "1mb" }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const requestId = requestIdOf(req);
        const client = { ip: req.ip ?? null, userAgent: req.headers["user-agent"]?.slice(0, 200) ?? null };
        const rc = RequestContext.anonymous(services, requestId, client);
        const header = req.headers.authorization;
        if (header) {
          // A token that is present but bad fails the request: silently treating it as anonymous hides expiry from clients.
          const token = BEARER.exec(header)?.[1];
          if (!token) throw appError("UNAUTHENTICATED", "Authorization 头格式应为 Bearer <token>", { http: { status: 401 } });
          const session = await new AuthService(rc).resolveSession(token).catch((err: unknown) => {
            // Thrown before execution, so Apollo takes the HTTP status from here: 401 tells clients to sign in again.
            throw err instanceof DomainError ? appError(err.code, err.message, { http: { status: 401 } }) : err;
          });
          rc.actAs(session.actor, session.sessionId);
          rc.loaders(createVolunteerLoaders).byId.prime(session.volunteer.dbId, session.volunteer);
        }
        return rc;
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
      errors: [
        {
          message: status < 500 ? "请求格式有误" : "服务器内部错误",
          extensions: { code: status < 500 ? "BAD_USER_INPUT" : "INTERNAL_SERVER_ERROR" },
        },
      ],
    });
  });
  return { app, apollo };
}
