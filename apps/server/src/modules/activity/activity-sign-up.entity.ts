import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { SignUpStatus, signUpStatusLabels } from "@kepu/domain";
import { DATETIME } from "../../db/columns.js";
import { Node } from "../../graphql/relay/node.type.js";
import { toGlobalId } from "../../graphql/relay/global-id.js";

registerEnumType(SignUpStatus, {
  name: "ActivitySignUpStatus",
  description: "报名状态",
  valuesConfig: Object.fromEntries(Object.entries(signUpStatusLabels).map(([k, v]) => [k, { description: v }])),
});

export const ACTIVITY_SIGN_UP_TYPE = "ActivitySignUp";

/** Attendance as taken on site; null until someone marks it. */
export type Attendance = "ATTENDED" | "ABSENT";

/**
 * 活动报名. One row per (activity, volunteer), unique: a withdrawal keeps the row and a later
 * sign-up reactivates it (`revision` counts activations and keys their events).
 */
@ObjectType(ACTIVITY_SIGN_UP_TYPE, { implements: Node, description: "活动报名" })
@Entity("activity_sign_up")
@Index("uq_activity_sign_up", ["activityId", "volunteerId"], { unique: true })
@Index("idx_activity_sign_up_list", ["activityId", "status", "dbId"])
@Index("idx_activity_sign_up_volunteer", ["volunteerId", "dbId"])
export class ActivitySignUp implements Node {
  @PrimaryGeneratedColumn("increment", { name: "id" })
  dbId: number;

  @Field(() => ID)
  get id(): string {
    return toGlobalId(ACTIVITY_SIGN_UP_TYPE, this.dbId);
  }

  @Column({ name: "activity_id", type: "integer" })
  activityId: number;

  @Column({ name: "volunteer_id", type: "integer" })
  volunteerId: number;

  @Field(() => SignUpStatus, { description: "报名状态" })
  @Column({ type: "varchar", length: 10 })
  status: SignUpStatus;

  @Column({ type: "integer", default: 1 })
  revision: number;

  @Column({ type: "varchar", length: 10, nullable: true })
  attendance: Attendance | null;

  @Column({ name: "attendance_marked_by_id", type: "integer", nullable: true })
  attendanceMarkedById: number | null;

  @Field(() => Date, { nullable: true, description: "签到登记时间" })
  @Column({ name: "attendance_marked_at", ...DATETIME, nullable: true })
  attendanceMarkedAt: Date | null;

  @Field(() => Date, { description: "报名时间（最近一次）" })
  @Column({ name: "signed_up_at", ...DATETIME })
  signedUpAt: Date;

  @Field(() => Date, { nullable: true, description: "取消报名时间" })
  @Column({ name: "withdrawn_at", ...DATETIME, nullable: true })
  withdrawnAt: Date | null;

  @Field(() => Date, { description: "首次报名时间" })
  @Column({ name: "created_at", ...DATETIME })
  createdAt: Date;

  @Column({ name: "updated_at", ...DATETIME })
  updatedAt: Date;

  @Field(() => Boolean, { nullable: true, description: "是否到场：true 已到场，false 未到场，null 尚未登记" })
  get attended(): boolean | null {
    return this.attendance === null ? null : this.attendance === "ATTENDED";
  }
}
