import type { FeatureModule } from "../../app/feature-module.js";
import { parseIntKey } from "../../graphql/relay/global-id.js";
import { activitySignUpsExport } from "./activity-sign-up-export.js";
import { ACTIVITY_SIGN_UP_TYPE, ActivitySignUp } from "./activity-sign-up.entity.js";
import { ActivitySignUpResolver } from "./activity-sign-up.resolver.js";
import { ActivitySignUpService } from "./activity-sign-up.service.js";
import { ACTIVITY_TYPE, Activity } from "./activity.entity.js";
import { ActivityFieldsResolver } from "./activity-fields.resolver.js";
import { ActivityResolver } from "./activity.resolver.js";
import { ActivityService } from "./activity.service.js";
import { CreateActivities1764640000000 } from "./migrations/1764640000000-create-activities.js";

export const activityModule: FeatureModule = {
  name: "activity",
  resolvers: [ActivityResolver, ActivityFieldsResolver, ActivitySignUpResolver],
  entities: [Activity, ActivitySignUp],
  migrations: [CreateActivities1764640000000],
  nodes: {
    [ACTIVITY_TYPE]: async (rc, key) => {
      const id = parseIntKey(key);
      return id === null ? null : new ActivityService(rc).findVisible(id);
    },
    [ACTIVITY_SIGN_UP_TYPE]: async (rc, key) => {
      const id = parseIntKey(key);
      return id === null ? null : new ActivitySignUpService(rc).findVisible(id);
    },
  },
  exports: [activitySignUpsExport],
};
