import { CreateRegion1764300000000 } from "./1764300000000-create-region.js";

/** Every migration, oldest first. Both dialects run the same list from empty to current. */
export const migrations = [CreateRegion1764300000000];
