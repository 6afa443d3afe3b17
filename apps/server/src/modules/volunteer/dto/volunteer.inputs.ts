import { Field, InputType, ObjectType, registerEnumType } from "type-graphql";
import { Tier } from "@kepu/domain";
import { LocalDateScalar } from "../../../graphql/scalars.js";
import { ConnectionType } from "../../../graphql/relay/connection.type.js";
import { Volunteer } from "../volunteer.entity.js";
import { VolunteerSort } from "../volunteer.service.js";

registerEnumType(VolunteerSort, {
  name: "VolunteerSort",
  description: "科普员列表排序",
  valuesConfig: {
    NEWEST: { description: "注册时间，新到旧（默认）" },
    OLDEST: { description: "注册时间，旧到新" },
    CERTIFIED_AT_DESC: { description: "认证时间，新到旧（仅列出已认证者）" },
  },
});

export const VolunteerConnection = ConnectionType(Volunteer, "Volunteer");

@InputType({ description: "注册" })
export class RegisterInput {
  @Field({ description: "中国大陆手机号" }) phone: string;
  @Field({ description: "8–64 位，须含字母和数字" }) password: string;
  @Field(() => String, { nullable: true }) nickname?: string | null;
}

@ObjectType({ description: "登录结果" })
export class AuthPayload {
  @Field({ description: "会话令牌：Authorization: Bearer <token>" }) token: string;
  @Field(() => Date) expiresAt: Date;
  @Field(() => Volunteer) volunteer: Volunteer;
}

@InputType({ description: "实名认证" })
export class CertifyInput {
  @Field({ description: "真实姓名" }) realName: string;
  @Field({ description: "18 位居民身份证号" }) idNumber: string;
  @Field({ description: "所在地区代码（区县级或以下）" }) regionCode: string;
  @Field(() => String, { nullable: true, description: "工作单位" }) workUnit?: string | null;
}

@InputType({ description: "科普员筛选条件；地区默认为调用者的管辖范围" })
export class VolunteerFilter {
  @Field(() => String, { nullable: true, description: "地区代码（含全部下级）" }) regionCode?: string | null;
  @Field(() => Tier, { nullable: true }) tier?: Tier | null;
  @Field(() => Boolean, { nullable: true }) certified?: boolean | null;
  @Field(() => String, { nullable: true, description: "昵称、姓名或手机号后 4 位" }) search?: string | null;
  @Field(() => LocalDateScalar, { nullable: true, description: "认证日期起（含）" }) certifiedFrom?: string | null;
  @Field(() => LocalDateScalar, { nullable: true, description: "认证日期止（不含）" }) certifiedTo?: string | null;
}
