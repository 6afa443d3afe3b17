import type { DataSource } from "typeorm";
import type { Logger } from "../logger.js";
import { createLoaders, type Loaders } from "./loaders.js";

/** Everything a resolver may use for one request. Loaders are per request, so caches never leak between users. */
export interface Context {
  ds: DataSource;
  loaders: Loaders;
  logger: Logger;
  requestId: string;
}

export function createContext(ds: DataSource, logger: Logger, requestId: string): Context {
  return { ds, loaders: createLoaders(ds), logger: logger.child({ requestId }), requestId };
}
