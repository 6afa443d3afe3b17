import { populationSourceLabels, type PopulationSource } from "@kepu/domain";
import { Tag } from "antd";

/** Census figures are authoritative, the rest less so; colour lets a reviewer tell them apart at a glance. */
const sourceColors: Record<PopulationSource, string> = {
  CENSUS_2020: "blue",
  IMPORTED: "green",
  ESTIMATE: "orange",
  CHILDREN_SUM: "purple",
};

export function PopulationSourceTag({ source }: { source: PopulationSource | null | undefined }) {
  if (!source) return <Tag>未知</Tag>;
  return <Tag color={sourceColors[source]}>{populationSourceLabels[source]}</Tag>;
}
