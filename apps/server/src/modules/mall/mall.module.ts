import type { FeatureModule } from "../../app/feature-module.js";
import { parseIntKey } from "../../graphql/relay/global-id.js";
import { CreateMall1764670000000 } from "./1764670000000-create-mall.js";
import { MALL_ITEM_TYPE, MallItem, MallItemHolding, MallRestock } from "./mall-item.entity.js";
import { MallItemResolver } from "./mall-item.resolver.js";
import { MallItemService } from "./mall-item.service.js";
import { Redemption, REDEMPTION_TYPE } from "./redemption.entity.js";
import { redemptionExport } from "./redemption-export.js";
import { RedemptionResolver } from "./redemption.resolver.js";
import { RedemptionService } from "./redemption.service.js";

export const mallModule: FeatureModule = {
  name: "mall",
  resolvers: [MallItemResolver, RedemptionResolver],
  entities: [MallItem, MallItemHolding, MallRestock, Redemption],
  migrations: [CreateMall1764670000000],
  nodes: {
    [MALL_ITEM_TYPE]: async (rc, key) => {
      const id = parseIntKey(key);
      return id === null ? null : new MallItemService(rc).findVisible(id);
    },
    [REDEMPTION_TYPE]: async (rc, key) => {
      const id = parseIntKey(key);
      return id === null ? null : new RedemptionService(rc).findVisible(id);
    },
  },
  exports: [redemptionExport],
};
