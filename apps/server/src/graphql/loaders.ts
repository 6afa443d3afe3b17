import type { DataSource } from "typeorm";
import { createRegionLoaders } from "../modules/region/region.loaders.js";

/** One bag of DataLoaders per request; every relation field resolves through one of these. */
export function createLoaders(ds: DataSource) {
  return {
    region: createRegionLoaders(ds),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
