import { ArgsType, Field, Int } from "type-graphql";
import { RegionLevel } from "@kepu/domain";

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: "每页条数，1–100，默认 20" })
  first?: number | null;

  @Field(() => String, { nullable: true, description: "上一页的 endCursor" })
  after?: string | null;
}

@ArgsType()
export class RegionsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: "只列出该地区的直接下级" })
  parentCode?: string | null;

  @Field(() => RegionLevel, { nullable: true })
  level?: RegionLevel | null;

  @Field(() => String, { nullable: true, description: "按名称（或代码前缀）搜索" })
  search?: string | null;
}
