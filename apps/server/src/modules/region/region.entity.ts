import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { PopulationSource, RegionLevel, populationSourceLabels, regionLevelLabels } from "@kepu/domain";
import { Node } from "../../graphql/relay/node.type.js";
import { toGlobalId } from "../../graphql/relay/global-id.js";

registerEnumType(RegionLevel, {
  name: "RegionLevel",
  description: "地区级别",
  valuesConfig: Object.fromEntries(Object.entries(regionLevelLabels).map(([k, v]) => [k, { description: v }])),
});
registerEnumType(PopulationSource, {
  name: "PopulationSource",
  description: "人口数据来源",
  valuesConfig: Object.fromEntries(Object.entries(populationSourceLabels).map(([k, v]) => [k, { description: v }])),
});

export const REGION_TYPE = "Region";

/**
 * A node of the GB/T 2260 tree. The code is a materialized path (a descendant's code starts with
 * its ancestor's), so subtree checks are string prefixes and subtree scans are index ranges.
 * `population` is denormalized: the own figure, else the sum of the children's, kept up to date
 * along the ancestor chain whenever an own figure changes.
 */
@ObjectType(REGION_TYPE, { implements: Node, description: "地区（GB/T 2260 行政区划及统计用区划）" })
@Entity("region")
@Index("idx_region_parent", ["parentCode", "code"])
@Index("idx_region_level", ["level", "code"])
export class Region implements Node {
  @Field(() => ID)
  get id(): string {
    return toGlobalId(REGION_TYPE, this.code);
  }

  @Field({ description: "区划代码" })
  @PrimaryColumn({ type: "varchar", length: 12 })
  code: string;

  @Column({ name: "parent_code", type: "varchar", length: 12, nullable: true })
  parentCode: string | null;

  @Field({ description: "名称" })
  @Column({ type: "varchar", length: 64 })
  name: string;

  @Field(() => RegionLevel, { description: "级别" })
  @Column({ type: "varchar", length: 10 })
  level: RegionLevel;

  /** 0 for the province … 4 for villages; orders search results broadest first. */
  @Column({ type: "smallint" })
  depth: number;

  @Field(() => Int, { description: "直接下级数量" })
  @Column({ name: "child_count", type: "int", default: 0 })
  childCount: number;

  @Field(() => Int, { nullable: true, description: "本级录入的人口（不含下级合计）" })
  @Column({ name: "own_population", type: "int", nullable: true })
  ownPopulation: number | null;

  @Column({ name: "own_population_source", type: "varchar", length: 16, nullable: true })
  ownPopulationSource: PopulationSource | null;

  @Field(() => Int, { nullable: true, description: "常住人口：本级数据，缺省时为下级合计" })
  @Column({ type: "int", nullable: true })
  population: number | null;

  @Field(() => PopulationSource, { nullable: true, description: "人口数据来源" })
  @Column({ name: "population_source", type: "varchar", length: 16, nullable: true })
  populationSource: PopulationSource | null;
}
