import { CreateRegion1764300000000 } from "./1764300000000-create-region.js";
import { CreateVolunteers1764400000000 } from "./1764400000000-create-volunteers.js";
import { AuthHardening1764520000000 } from "./1764520000000-auth-hardening.js";

/** Every migration, oldest first. Both dialects run the same list from empty to current. */
export const migrations = [CreateRegion1764300000000, CreateVolunteers1764400000000, AuthHardening1764520000000];
