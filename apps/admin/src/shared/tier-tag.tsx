import { tierLabels, type Tier } from "@kepu/domain";
import { Tag } from "antd";

/** Warmer colours for more authority, so a list of mixed tiers reads at a glance. */
const tierColors: Record<Tier, string> = {
  INDIVIDUAL: "default",
  TOWNSHIP_MANAGER: "gold",
  COUNTY_MANAGER: "green",
  CITY_MANAGER: "blue",
  PROVINCE_ADMIN: "red",
};

export function TierTag({ tier }: { tier: Tier }) {
  return (
    <Tag color={tierColors[tier]} data-testid="tier-tag" style={{ marginInlineEnd: 0 }}>
      {tierLabels[tier]}
    </Tag>
  );
}
