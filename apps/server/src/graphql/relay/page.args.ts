import { ArgsType, Field, Int } from "type-graphql";

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: "每页条数，1–100，默认 20" })
  first?: number | null;

  @Field(() => String, { nullable: true, description: "上一页的 endCursor" })
  after?: string | null;
}
