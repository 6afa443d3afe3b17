import { ArgsType, Field } from "type-graphql";
import { RegionLevel } from "@kepu/domain";
import { PageArgs } from "../../../graphql/relay/page.args.js";

@ArgsType()
export class RegionsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: "只列出该地区的直接下级" })
  parentCode?: string | null;

  @Field(() => RegionLevel, { nullable: true })
  level?: RegionLevel | null;

  @Field(() => String, { nullable: true, description: "按名称（或代码前缀）搜索" })
  search?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "只列出该地区及其全部下级（如管理员的地区选择器传入其管辖地区）；只是收窄，地区本身公开",
  })
  within?: string | null;
}
