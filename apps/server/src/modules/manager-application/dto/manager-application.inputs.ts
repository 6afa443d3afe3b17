import { ArgsType, Field, InputType } from "type-graphql";
import { ApplicationStatus, Tier } from "@kepu/domain";
import { ConnectionType } from "../../../graphql/relay/connection.type.js";
import { PageArgs } from "../../../graphql/relay/page.args.js";
import { ManagerApplication } from "../manager-application.entity.js";

export const ManagerApplicationConnection = ConnectionType(ManagerApplication, "ManagerApplication");

@InputType({ description: "管理员认证申请" })
export class ManagerApplicationInput {
  @Field(() => Tier, { description: "申请层级：TOWNSHIP_MANAGER / COUNTY_MANAGER / CITY_MANAGER" }) tier: Tier;
  @Field({ description: "管辖地区代码，级别须与层级一致" }) regionCode: string;
  @Field(() => String, { nullable: true, description: "申请理由" }) reason?: string | null;
}

@ArgsType()
export class ManagerApplicationsArgs extends PageArgs {
  @Field(() => ApplicationStatus, { nullable: true }) status?: ApplicationStatus | null;
  @Field(() => Boolean, { nullable: true, description: "true：只列出调用者可以审批的申请" }) decidable?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: "true：只列出调用者本人的申请" }) mine?: boolean | null;
}
