import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Tier, tierLabels } from "@kepu/domain";
import { DATETIME } from "../../db/columns.js";
import { Node } from "../../graphql/relay/node.type.js";
import { toGlobalId } from "../../graphql/relay/global-id.js";

registerEnumType(Tier, {
  name: "Tier",
  description: "用户层级",
  valuesConfig: Object.fromEntries(Object.entries(tierLabels).map(([k, v]) => [k, { description: v }])),
});

export const VOLUNTEER_TYPE = "Volunteer";

/**
 * A person with an account. Personal data never leaves in full: the ID number is stored only
 * encrypted (`idNumberSealed`) with a keyed hash for uniqueness; GraphQL exposes masked forms.
 * Fields that depend on who is asking (phone, region…) are resolved in volunteer.resolver.ts.
 */
@ObjectType(VOLUNTEER_TYPE, { implements: Node, description: "科普中国信息员（科普员）" })
@Entity("volunteer")
@Index("uq_volunteer_phone", ["phone"], { unique: true })
@Index("uq_volunteer_id_number_hash", ["idNumberHash"], { unique: true })
@Index("idx_volunteer_region", ["regionCode", "dbId"])
@Index("idx_volunteer_certified", ["certifiedAt"])
@Index("idx_volunteer_tier", ["tier", "managedRegionCode"])
export class Volunteer implements Node {
  @PrimaryGeneratedColumn("increment", { name: "id" })
  dbId: number;

  @Field(() => ID)
  get id(): string {
    return toGlobalId(VOLUNTEER_TYPE, this.dbId);
  }

  @Column({ type: "varchar", length: 11 })
  phone: string;

  @Column({ name: "password_hash", type: "varchar", length: 160 })
  passwordHash: string;

  @Field(() => String, { nullable: true, description: "昵称" })
  @Column({ type: "varchar", length: 32, nullable: true })
  nickname: string | null;

  @Field(() => Tier, { description: "层级" })
  @Column({ type: "varchar", length: 20, default: "INDIVIDUAL" })
  tier: Tier;

  @Column({ name: "managed_region_code", type: "varchar", length: 12, nullable: true })
  managedRegionCode: string | null;

  @Field(() => String, { nullable: true, description: "真实姓名（实名认证后）" })
  @Column({ name: "real_name", type: "varchar", length: 32, nullable: true })
  realName: string | null;

  @Column({ name: "id_number_sealed", type: "varchar", length: 120, nullable: true })
  idNumberSealed: string | null;

  @Column({ name: "id_number_hash", type: "varchar", length: 64, nullable: true })
  idNumberHash: string | null;

  @Field(() => String, { nullable: true, description: "脱敏身份证号，如 4101**********1234" })
  @Column({ name: "id_number_masked", type: "varchar", length: 18, nullable: true })
  idNumberMasked: string | null;

  /** Home region (county level or below), set at certification. */
  @Column({ name: "region_code", type: "varchar", length: 12, nullable: true })
  regionCode: string | null;

  @Field(() => String, { nullable: true, description: "工作单位" })
  @Column({ name: "work_unit", type: "varchar", length: 64, nullable: true })
  workUnit: string | null;

  @Field(() => Date, { nullable: true, description: "实名认证时间（注册量按此计）" })
  @Column({ name: "certified_at", ...DATETIME, nullable: true })
  certifiedAt: Date | null;

  @Field(() => Date, { description: "账号创建时间" })
  @Column({ name: "created_at", ...DATETIME })
  createdAt: Date;

  @Column({ name: "updated_at", ...DATETIME })
  updatedAt: Date;

  @Field({ description: "是否已实名认证" })
  get certified(): boolean {
    return this.certifiedAt !== null;
  }
}
