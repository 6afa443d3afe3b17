import type { Tier } from "@kepu/domain";

/** Shared by every demo account; documented in the README. */
export const DEMO_PASSWORD = "Kepu@2026";

export interface DemoAccount {
  phone: string;
  nickname: string;
  realName: string;
  tier: Tier;
  managedRegionCode: string | null;
  homeRegionCode: string | null;
}

/** One account per tier, across different cities and counties (README lists them). */
export const demoAccounts: DemoAccount[] = [
  {
    phone: "13800000000",
    nickname: "省科协科普部",
    realName: "李省管",
    tier: "PROVINCE_ADMIN",
    managedRegionCode: null,
    homeRegionCode: null,
  },
  {
    phone: "13800000001",
    nickname: "郑州市管理员",
    realName: "郑市管",
    tier: "CITY_MANAGER",
    managedRegionCode: "4101",
    homeRegionCode: "410102001",
  },
  {
    phone: "13800000002",
    nickname: "金水区管理员",
    realName: "金县管",
    tier: "COUNTY_MANAGER",
    managedRegionCode: "410105",
    homeRegionCode: "410105003",
  },
  {
    phone: "13800000003",
    nickname: "经八路街道管理员",
    realName: "经乡管",
    tier: "TOWNSHIP_MANAGER",
    managedRegionCode: "410105001",
    homeRegionCode: "410105001",
  },
  {
    phone: "13800000004",
    nickname: "洛阳市管理员",
    realName: "洛市管",
    tier: "CITY_MANAGER",
    managedRegionCode: "4103",
    homeRegionCode: "410302001",
  },
  {
    phone: "13800000005",
    nickname: "二七区管理员",
    realName: "二县管",
    tier: "COUNTY_MANAGER",
    managedRegionCode: "410103",
    homeRegionCode: "410103001",
  },
  {
    phone: "13800000006",
    nickname: "济源沁园街道管理员",
    realName: "济乡管",
    tier: "TOWNSHIP_MANAGER",
    managedRegionCode: "419001001",
    homeRegionCode: "419001001",
  },
  {
    phone: "13800000009",
    nickname: "科普小王",
    realName: "王小科",
    tier: "INDIVIDUAL",
    managedRegionCode: null,
    homeRegionCode: "410105002",
  },
];

/** Pending applications the demo starts with: [applicant home, tier, region, reason]. */
export const demoApplications: [string, Tier, string, string][] = [
  ["410105002", "TOWNSHIP_MANAGER", "410105002", "负责花园路街道科普员队伍建设"],
  ["410103003", "TOWNSHIP_MANAGER", "410103003", "二七区街道科协工作人员"],
  ["410102002", "COUNTY_MANAGER", "410102", "中原区科协科普部干部"],
  ["410502001", "CITY_MANAGER", "4105", "安阳市科协科普部"],
  ["410302002", "TOWNSHIP_MANAGER", "410302002", "洛阳老城区街道科普干事"],
];
