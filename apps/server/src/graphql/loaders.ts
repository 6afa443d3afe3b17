import type { DataSource } from "typeorm";
import { createManagerApplicationLoaders } from "../modules/manager-application/manager-application.loaders.js";
import { createRegionLoaders } from "../modules/region/region.loaders.js";
import { createVolunteerLoaders } from "../modules/volunteer/volunteer.loaders.js";

/** One bag of DataLoaders per request; every relation field resolves through one of these. */
export function createLoaders(ds: DataSource) {
  return {
    region: createRegionLoaders(ds),
    volunteer: createVolunteerLoaders(ds),
    managerApplication: createManagerApplicationLoaders(ds),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
