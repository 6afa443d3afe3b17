import { regionLevelLabels, type RegionLevel } from "@kepu/domain";
import { Tag } from "antd";

const levelColors: Record<RegionLevel, string> = {
  PROVINCE: "geekblue",
  CITY: "cyan",
  COUNTY: "green",
  TOWNSHIP: "gold",
  VILLAGE: "default",
};

export function RegionLevelTag({ level }: { level: RegionLevel }) {
  return <Tag color={levelColors[level]}>{regionLevelLabels[level]}</Tag>;
}
