import { EnvironmentOutlined } from "@ant-design/icons";
import { lazyPage, type AppResource } from "../../app/resource";

export const regionsResource: AppResource = {
  key: "regions",
  // One route with an optional segment keeps the page (and its loaded tree) mounted while the selection changes.
  paths: ["/regions/:code?"],
  page: lazyPage(() => import("./regions-page"), "RegionsPage"),
  menu: { label: "地区", icon: <EnvironmentOutlined />, order: 20 },
  shortcuts: [{ text: "浏览全省行政区划树（市、区县、乡镇街道、村社区），查看各地区常住人口及其数据来源。" }],
};
