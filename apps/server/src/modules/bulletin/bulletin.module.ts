import type { FeatureModule } from "../../app/feature-module.js";
import { parseIntKey } from "../../graphql/relay/global-id.js";
import { bulletinExport } from "./bulletin-export.js";
import { BULLETIN_TYPE, Bulletin } from "./bulletin.entity.js";
import { monthlyBulletinJob } from "./bulletin.job.js";
import { BulletinResolver, BulletinRowResolver } from "./bulletin.resolver.js";
import { BulletinService } from "./bulletin.service.js";
import { CreateBulletins1764760000000 } from "./migrations/1764760000000-create-bulletins.js";

/**
 * 通报 (issue 12, item 5): league tables of a region's children for a period, made on demand or by
 * the monthly job, frozen when made, listed and downloaded as XLSX / CSV (docs/kpis.md, Bulletins).
 */
export const bulletinModule: FeatureModule = {
  name: "bulletin",
  resolvers: [BulletinResolver, BulletinRowResolver],
  entities: [Bulletin],
  migrations: [CreateBulletins1764760000000],
  nodes: {
    [BULLETIN_TYPE]: async (rc, key) => {
      const id = parseIntKey(key);
      return id === null ? null : new BulletinService(rc).findVisible(id);
    },
  },
  jobs: [monthlyBulletinJob()],
  exports: [bulletinExport],
};
