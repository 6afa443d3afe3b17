import type { FeatureModule } from "../../app/feature-module.js";
import { parseIntKey } from "../../graphql/relay/global-id.js";
import { CreateShare1764620000000 } from "./1764620000000-create-share.js";
import { purgeVisitorHashesJob } from "./purge-visitor-hashes.js";
import { SHARE_TYPE, ShareEvent, ShareOpen } from "./share.entity.js";
import { ContentShareCountsResolver, ContentShareStatsResolver, ShareResolver } from "./share.resolver.js";
import { ShareService } from "./share.service.js";

export const shareModule: FeatureModule = {
  name: "share",
  resolvers: [ShareResolver, ContentShareStatsResolver, ContentShareCountsResolver],
  entities: [ShareEvent, ShareOpen],
  migrations: [CreateShare1764620000000],
  jobs: [purgeVisitorHashesJob()],
  nodes: {
    [SHARE_TYPE]: async (rc, key) => {
      const id = parseIntKey(key);
      return id === null ? null : new ShareService(rc).findVisible(id);
    },
  },
};
