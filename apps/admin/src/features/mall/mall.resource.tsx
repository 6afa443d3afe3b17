import { GiftOutlined, ShoppingOutlined } from "@ant-design/icons";
import { lazyPage, type AppResource } from "../../app/resource";
import { PendingRedemptionsBadge } from "./pending-redemptions-badge";

/** 积分商城: the province's items (stock, sales, 上架, 补货). */
export const mallItemsResource: AppResource = {
  key: "mall-items",
  paths: ["/mall/items"],
  page: lazyPage(() => import("./mall-items-page"), "MallItemsPage"),
  access: "PROVINCE_ADMIN",
  menu: { label: "积分商城", icon: <GiftOutlined />, order: 60, group: "points" },
  shortcuts: [{ text: "管理积分商城的商品：新建、编辑、上架停用与补货，查看库存和兑换量。" }],
};

/** 兑换订单: the province's fulfilment queue. */
export const redemptionsResource: AppResource = {
  key: "redemptions",
  paths: ["/mall/redemptions"],
  page: lazyPage(() => import("./redemptions-page"), "RedemptionsPage"),
  access: "PROVINCE_ADMIN",
  menu: { label: "兑换订单", icon: <ShoppingOutlined />, order: 61, group: "points", badge: PendingRedemptionsBadge },
  shortcuts: [{ text: "处理积分兑换订单：话费充值、实物寄送后批量标记已发放，导出待发放订单，必要时取消并退还积分。" }],
};

/** Both mall pages, for the registry (app/resources.ts). */
export const mallResources: readonly AppResource[] = [mallItemsResource, redemptionsResource];
