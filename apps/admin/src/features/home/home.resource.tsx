import { DashboardOutlined } from "@ant-design/icons";
import { lazyPage, type AppResource } from "../../app/resource";

export const homeResource: AppResource = {
  key: "home",
  paths: ["/"],
  page: lazyPage(() => import("./home-page"), "HomePage"),
  menu: { label: "概览", icon: <DashboardOutlined />, order: 10 },
};
