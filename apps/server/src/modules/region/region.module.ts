import type { FeatureModule } from "../../app/feature-module.js";
import { Region, REGION_TYPE } from "./region.entity.js";
import { createRegionLoaders } from "./region.loaders.js";
import { RegionResolver } from "./region.resolver.js";

export const regionModule: FeatureModule = {
  name: "region",
  resolvers: [RegionResolver],
  entities: [Region],
  // Regions are public reference data (the published division tree).
  nodes: { [REGION_TYPE]: (rc, key) => rc.loaders(createRegionLoaders).byCode.load(key) },
};
