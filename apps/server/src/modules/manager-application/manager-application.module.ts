import type { FeatureModule } from "../../app/feature-module.js";
import { parseIntKey } from "../../graphql/relay/global-id.js";
import { MANAGER_APPLICATION_TYPE, ManagerApplication } from "./manager-application.entity.js";
import { ManagerApplicationResolver } from "./manager-application.resolver.js";
import { ManagerApplicationService } from "./manager-application.service.js";

export const managerApplicationModule: FeatureModule = {
  name: "manager-application",
  resolvers: [ManagerApplicationResolver],
  entities: [ManagerApplication],
  nodes: {
    [MANAGER_APPLICATION_TYPE]: async (rc, key) => {
      const id = parseIntKey(key);
      return id === null ? null : new ManagerApplicationService(rc).findVisible(id);
    },
  },
};
