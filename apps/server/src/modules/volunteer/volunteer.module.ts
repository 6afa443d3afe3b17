import type { FeatureModule } from "../../app/feature-module.js";
import { parseIntKey } from "../../graphql/relay/global-id.js";
import { Volunteer, VOLUNTEER_TYPE } from "./volunteer.entity.js";
import { volunteersExport } from "./volunteer-export.js";
import { VolunteerResolver } from "./volunteer.resolver.js";
import { VolunteerService } from "./volunteer.service.js";

export const volunteerModule: FeatureModule = {
  name: "volunteer",
  resolvers: [VolunteerResolver],
  entities: [Volunteer],
  exports: [volunteersExport],
  nodes: {
    [VOLUNTEER_TYPE]: async (rc, key) => {
      const id = parseIntKey(key);
      return id === null ? null : new VolunteerService(rc).findVisible(id);
    },
  },
};
