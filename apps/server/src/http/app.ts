import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { DomainError } from "@kepu/domain";
import express, { type Express } from "express";
import type { GraphQLSchema } from "graphql";
import type { Server } from "node:http";
import type { AppConfig } from "../config/config.js";
import type { AppServices } from "../platform/app-services.js";
import { RequestContext } from "../platform/request-context.js";
import { createErrorFormatter } from "../graphql/errors.js";
import { isLoadingField } from "../graphql/schema.js";
import { limitParseOptions, queryLimitsPlugin } from "../graphql/limits/limits-plugin.js";
import { AuthService } from "../modules/auth/auth.service.js";
import { moduleExports } from "../app/modules.js";
import { exportHandler } from "./exports.js";
import { DocumentHashes } from "./document-hashes.js";
import { ValidatedDocuments } from "./document-store.js";
import { FastQueries, registerFastQueries } from "./graphql-fast-path.js";
import { checkDatabase } from "./health.js";
import { mountShareLinks } from "./share-links.js";
import { beginRequest, requestIdOf } from "./request-log.js";
import { setSecurityHeaders } from "./security-headers.js";
import { sendShell, staticAssets } from "./static-assets.js";

export interface AppDeps {
  config: AppConfig;
  services: AppServices;
  schema: GraphQLSchema;
  httpServer: Server;
}

const BEARER = /^Bearer\s+(\S{1,2048})$/i;

/** Express app: /healthz and the admin SPA's production build at /; /graphql is served by graphql-handler.ts with `apollo` and `contextOf`. */
export async function createApp({ config, services, schema, httpServer }: AppDeps): Promise<{
  app: Express;
  apollo: ApolloServer<RequestContext>;
  contextOf: (req: express.Request) => Promise<RequestContext>;
  documentHashes: DocumentHashes;
}> {
  const { ds, logger } = services;
  const documentHashes = new DocumentHashes();
  const documents = new ValidatedDocuments();
  const formatError = createErrorFormatter(logger);
  // Queries of documents Apollo has validated, served without its pipeline (graphql-fast-path.ts).
  const fastQueries = new FastQueries({ schema, documents, hashes: documentHashes, limits: config.queryLimits, formatError });
  const apollo = new ApolloServer<RequestContext>({
    schema,
    // Each distinct document is hashed once (graphql-handler.ts); clients' own APQ registrations live in the same bounded cache.
    persistedQueries: { cache: documentHashes.cache },
    // Apollo's store of parsed and validated documents, readable by the fast path.
    documentStore: documents,
    formatError,
    includeStacktraceInErrorResponses: false,
    introspection: true,
    // Query limits (src/graphql/limits): size at parse, depth/aliases/cost before execution, deadline and response size during it.
    parseOptions: limitParseOptions(config.queryLimits),
    // No @cacheControl hints anywhere: without the disabled plugin Apollo wraps every field resolver to collect them.
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      queryLimitsPlugin(config.queryLimits, { loadingFields: isLoadingField }),
      ApolloServerPluginCacheControlDisabled(),
      // Once the server stops, every request goes through Apollo (which drains and refuses).
      { serverWillStart: async () => ({ serverWillStop: async () => fastQueries.stop() }) },
    ],
  });
  await apollo.start();
  registerFastQueries(apollo, fastQueries);

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

  /** The request's context: anonymous, or the session its bearer token names. */
  const contextOf = async (req: express.Request): Promise<RequestContext> => {
    const requestId = requestIdOf(req);
    const client = { ip: req.ip ?? null, userAgent: req.headers["user-agent"]?.slice(0, 200) ?? null };
    const rc = RequestContext.anonymous(services, requestId, client);
    const header = req.headers.authorization;
    if (header) {
      // A token that is present but bad fails the request: silently treating it as anonymous hides expiry from clients.
      const token = BEARER.exec(header)?.[1];
      if (!token) throw new DomainError("UNAUTHENTICATED", "Authorization 头格式应为 Bearer <token>");
      const session = await new AuthService(rc).resolveSession(token);
      rc.actAs(session.actor, session.sessionId);
    }
    return rc;
  };

  // Downloads need the same session as the API; the console fetches them with its bearer token.
  // Every module's ExportDefinition, as CSV or XLSX (`/exports/volunteers.csv` among them).
  app.get("/exports/:file", exportHandler(moduleExports(), contextOf, logger));

  // Share links (/s/<token>): the public H5 page of a volunteer's share, counting opens (share-links.ts).
  mountShareLinks(app, services);

  const indexHtml = resolve(config.adminDist, "index.html");
  if (existsSync(indexHtml)) {
    app.use(staticAssets(config.adminDist));
    // Client-side routes: every other GET that accepts HTML gets the SPA shell.
    app.get(/^(?!\/graphql|\/healthz|\/livez|\/exports\/).*/, (req, res, next) =>
      req.accepts("html") ? sendShell(res, indexHtml) : next(),
    );
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
  return { app, apollo, contextOf, documentHashes };
}
