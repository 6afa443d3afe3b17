import type { DataSource } from "typeorm";
import type { PiiCipher } from "../auth/pii.js";
import type { Secrets } from "../auth/secrets.js";
import type { Viewer } from "../auth/viewer.js";
import type { Logger } from "../logger.js";
import { createLoaders, type Loaders } from "./loaders.js";

/** Process-wide dependencies, made once at boot. */
export interface AppServices {
  ds: DataSource;
  logger: Logger;
  secrets: Secrets;
  pii: PiiCipher;
}

export interface RequestMeta {
  requestId: string;
  ip: string | null;
  userAgent: string | null;
}

/** Everything a resolver may use for one request. Loaders are per request, so caches never leak between users. */
export interface Context extends AppServices, RequestMeta {
  loaders: Loaders;
  viewer: Viewer | null;
}

export function createContext(app: AppServices, meta: RequestMeta, viewer: Viewer | null): Context {
  return { ...app, ...meta, logger: app.logger.child({ requestId: meta.requestId }), loaders: createLoaders(app.ds), viewer };
}
