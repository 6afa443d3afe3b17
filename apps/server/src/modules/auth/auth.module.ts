import type { FeatureModule } from "../../app/feature-module.js";
import { AuthResolver } from "./auth.resolver.js";
import { LoginThrottle } from "./login-throttle.entity.js";
import { purgeAuthRowsJob } from "./purge-auth-rows.js";
import { Session } from "./session.entity.js";

export const authModule: FeatureModule = {
  name: "auth",
  resolvers: [AuthResolver],
  entities: [Session, LoginThrottle],
  jobs: [purgeAuthRowsJob()],
};
