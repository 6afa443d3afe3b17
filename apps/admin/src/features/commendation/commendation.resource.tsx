import { CrownOutlined, FlagOutlined, StarOutlined } from "@ant-design/icons";
import { lazyPage, type AppResource } from "../../app/resource";

/**
 * 数据统计 › 年度表彰 / 个人排行 / 科普示范 (issue 12): managers and the province. Nominating is for
 * city managers (and the province); the server refuses anyone else, and other managers only follow.
 */
export const commendationResources: readonly AppResource[] = [
  {
    key: "commendation",
    paths: ["/commendation"],
    page: lazyPage(() => import("./commendation-page"), "CommendationPage"),
    access: "TOWNSHIP_MANAGER",
    menu: { label: "年度表彰", icon: <CrownOutlined />, order: 7, group: "data" },
    shortcuts: [
      {
        text: "省科协开启年度表彰并设定各市名额；各市从单位排名和个人排行中提名；省科协审核后公布表彰名单并导出。",
        access: "CITY_MANAGER",
      },
    ],
  },
  {
    key: "top-volunteers",
    paths: ["/commendation/top-volunteers"],
    page: lazyPage(() => import("./top-volunteers-page"), "TopVolunteersPage"),
    access: "TOWNSHIP_MANAGER",
    menu: { label: "个人排行", icon: <StarOutlined />, order: 5, group: "data" },
  },
  {
    key: "demonstration",
    paths: ["/commendation/demonstration"],
    page: lazyPage(() => import("./demonstration-page"), "DemonstrationPage"),
    access: "TOWNSHIP_MANAGER",
    menu: { label: "科普示范", icon: <FlagOutlined />, order: 6, group: "data" },
  },
];
