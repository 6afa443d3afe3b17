import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { DATETIME } from "../../db/columns.js";
import { Node } from "../../graphql/relay/node.type.js";
import { toGlobalId } from "../../graphql/relay/global-id.js";

export const CHANNEL_TYPE = "Channel";

/** 频道: the six defaults (seeded by the migration) and the province's own; keyed by a stable code. */
@ObjectType(CHANNEL_TYPE, { implements: Node, description: "频道" })
@Entity("channel")
@Index("idx_channel_order", ["sortOrder", "code"])
export class Channel implements Node {
  @Field(() => ID)
  get id(): string {
    return toGlobalId(CHANNEL_TYPE, this.code);
  }

  @Field({ description: "频道代码，如 tech、health" })
  @PrimaryColumn({ type: "varchar", length: 32 })
  code: string;

  @Field({ description: "频道名称" })
  @Column({ type: "varchar", length: 32 })
  name: string;

  @Field(() => Int, { description: "排序，小的在前" })
  @Column({ name: "sort_order", type: "integer" })
  sortOrder: number;

  @Field({ description: "是否启用（停用的频道不出现在科普员的频道列表中）" })
  @Column({ type: "boolean" })
  enabled: boolean;

  @Field({ description: "是否为内置频道" })
  @Column({ name: "built_in", type: "boolean" })
  builtIn: boolean;

  @Column({ name: "created_at", ...DATETIME })
  createdAt: Date;

  @Column({ name: "updated_at", ...DATETIME })
  updatedAt: Date;
}

/** A volunteer's chosen channels, in their order (我的频道). */
@Entity("volunteer_channel")
export class VolunteerChannel {
  @PrimaryColumn({ name: "volunteer_id", type: "integer" })
  volunteerId: number;

  @PrimaryColumn({ name: "channel_code", type: "varchar", length: 32 })
  channelCode: string;

  @Column({ name: "sort_order", type: "integer" })
  sortOrder: number;
}
