import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { DATETIME } from "../../db/columns.js";
import { toGlobalId } from "../../graphql/relay/global-id.js";
import { Node } from "../../graphql/relay/node.type.js";
import { LocalDateScalar } from "../../graphql/scalars.js";
import {
  CommendationRoundStatus,
  commendationRoundStatusLabels,
  NominationStatus,
  nominationStatusLabels,
  NomineeKind,
  nomineeKindLabels,
} from "./commendation-rules.js";

const described = <T extends string>(labels: Record<T, string>) =>
  Object.fromEntries(Object.entries(labels).map(([k, v]) => [k, { description: v as string }]));

registerEnumType(CommendationRoundStatus, {
  name: "CommendationRoundStatus",
  description: "年度表彰状态",
  valuesConfig: described(commendationRoundStatusLabels),
});
registerEnumType(NominationStatus, { name: "NominationStatus", description: "提名状态", valuesConfig: described(nominationStatusLabels) });
registerEnumType(NomineeKind, { name: "NomineeKind", description: "提名类别", valuesConfig: described(nomineeKindLabels) });

export const COMMENDATION_ROUND_TYPE = "CommendationRound";
export const NOMINATION_TYPE = "CommendationNomination";

/**
 * 年度表彰: one round per year (unique). OPEN → CLOSED (nominations end) → PUBLISHED (the honour roll;
 * nothing changes afterwards). `from`/`to` is the ranking period nominations are scored on.
 */
@ObjectType(COMMENDATION_ROUND_TYPE, { implements: Node, description: "年度表彰（每年一轮）" })
@Entity("commendation_round")
@Index("uq_commendation_round_year", ["year"], { unique: true })
export class CommendationRound implements Node {
  @PrimaryGeneratedColumn("increment", { name: "id" })
  dbId: number;

  @Field(() => ID)
  get id(): string {
    return toGlobalId(COMMENDATION_ROUND_TYPE, this.dbId);
  }

  @Field(() => Int, { description: "年度" })
  @Column({ type: "integer" })
  year: number;

  @Field(() => CommendationRoundStatus, { description: "状态" })
  @Column({ type: "varchar", length: 10 })
  status: CommendationRoundStatus;

  @Field(() => LocalDateScalar, { description: "排名统计期间起（含）" })
  @Column({ name: "period_from", type: "varchar", length: 10 })
  from: string;

  @Field(() => LocalDateScalar, { description: "排名统计期间止（不含）" })
  @Column({ name: "period_to", type: "varchar", length: 10 })
  to: string;

  @Field(() => Int, { description: "每市先进单位提名名额" })
  @Column({ name: "region_quota", type: "integer" })
  regionQuota: number;

  @Field(() => Int, { description: "每市先进个人提名名额" })
  @Column({ name: "individual_quota", type: "integer" })
  individualQuota: number;

  @Field(() => String, { nullable: true, description: "说明（省科协填写）" })
  @Column({ type: "varchar", length: 200, nullable: true })
  note: string | null;

  @Column({ name: "opened_by_id", type: "integer", nullable: true })
  openedById: number | null;

  @Field(() => Date, { description: "开启时间" })
  @Column({ name: "opened_at", ...DATETIME })
  openedAt: Date;

  @Field(() => Date, { nullable: true, description: "截止提名时间" })
  @Column({ name: "closed_at", ...DATETIME, nullable: true })
  closedAt: Date | null;

  @Field(() => Date, { nullable: true, description: "公布时间" })
  @Column({ name: "published_at", ...DATETIME, nullable: true })
  publishedAt: Date | null;

  @Column({ name: "updated_at", ...DATETIME })
  updatedAt: Date;
}

/**
 * One row per (round, city-level unit): its quotas and the places in use (PENDING + CONFIRMED
 * nominations). `*_used` move only by conditional UPDATEs inside the nomination's transaction, so the
 * row lock orders concurrent nominations of a city and the quota is never exceeded.
 */
@ObjectType("CommendationCityQuota", { description: "一个市在本轮表彰中的提名名额与使用情况" })
@Entity("commendation_city")
@Index("uq_commendation_city", ["roundId", "cityCode"], { unique: true })
export class CommendationCity {
  @PrimaryGeneratedColumn("increment", { name: "id" })
  dbId: number;

  @Column({ name: "round_id", type: "integer" })
  roundId: number;

  @Field({ description: "市级地区代码" })
  @Column({ name: "city_code", type: "varchar", length: 12 })
  cityCode: string;

  @Field(() => Int, { description: "先进单位名额" })
  @Column({ name: "region_quota", type: "integer" })
  regionQuota: number;

  @Field(() => Int, { description: "先进个人名额" })
  @Column({ name: "individual_quota", type: "integer" })
  individualQuota: number;

  @Field(() => Int, { description: "已用先进单位名额（待审核与已确认）" })
  @Column({ name: "regions_used", type: "integer", default: 0 })
  regionsUsed: number;

  @Field(() => Int, { description: "已用先进个人名额（待审核与已确认）" })
  @Column({ name: "individuals_used", type: "integer", default: 0 })
  individualsUsed: number;

  @Column({ name: "updated_at", ...DATETIME })
  updatedAt: Date;
}

/**
 * 提名: one row per (round, nominee) — `nomineeKey` is `R:<region code>` or `V:<volunteer id>` — so a
 * retried nomination finds its row; a withdrawn one is reactivated (revision + 1) when nominated again.
 * The score, rank and figures are a snapshot taken when it was (last) nominated.
 */
@ObjectType(NOMINATION_TYPE, { implements: Node, description: "年度表彰提名" })
@Entity("commendation_nomination")
@Index("uq_commendation_nominee", ["roundId", "nomineeKey"], { unique: true })
@Index("idx_commendation_nomination_city", ["roundId", "cityCode", "status"])
@Index("idx_commendation_nomination_status", ["roundId", "status", "dbId"])
export class CommendationNomination implements Node {
  @PrimaryGeneratedColumn("increment", { name: "id" })
  dbId: number;

  @Field(() => ID)
  get id(): string {
    return toGlobalId(NOMINATION_TYPE, this.dbId);
  }

  @Column({ name: "round_id", type: "integer" })
  roundId: number;

  @Field({ description: "提名所属市级地区代码" })
  @Column({ name: "city_code", type: "varchar", length: 12 })
  cityCode: string;

  @Field(() => NomineeKind, { description: "类别" })
  @Column({ type: "varchar", length: 10 })
  kind: NomineeKind;

  @Column({ name: "nominee_key", type: "varchar", length: 20 })
  nomineeKey: string;

  /** the nominated region, or the volunteer's home region when nominated */
  @Column({ name: "region_code", type: "varchar", length: 12 })
  regionCode: string;

  @Column({ name: "volunteer_id", type: "integer", nullable: true })
  volunteerId: number | null;

  @Field(() => NominationStatus, { description: "状态" })
  @Column({ type: "varchar", length: 10 })
  status: NominationStatus;

  /** times it was nominated: keys the NOMINATED / WITHDRAWN events of each activation */
  @Column({ type: "integer", default: 1 })
  revision: number;

  @Field(() => String, { nullable: true, description: "推荐理由" })
  @Column({ type: "varchar", length: 500, nullable: true })
  reason: string | null;

  @Field(() => Int, { nullable: true, description: "提名时的名次（单位：在同级地区中按综合得分；个人：在本市按期间积分）" })
  @Column({ name: "rank_at_nomination", type: "integer", nullable: true })
  rank: number | null;

  /** JSON of `NominationSnapshot` (commendation.service.ts): score, peers and the figures then */
  @Column({ type: "text" })
  snapshot: string;

  @Column({ name: "nominated_by_id", type: "integer", nullable: true })
  nominatedById: number | null;

  @Field(() => Date, { description: "提名时间" })
  @Column({ name: "nominated_at", ...DATETIME })
  nominatedAt: Date;

  @Column({ name: "decided_by_id", type: "integer", nullable: true })
  decidedById: number | null;

  @Field(() => Date, { nullable: true, description: "审核时间" })
  @Column({ name: "decided_at", ...DATETIME, nullable: true })
  decidedAt: Date | null;

  @Field(() => String, { nullable: true, description: "审核意见（驳回理由）" })
  @Column({ name: "decision_comment", type: "varchar", length: 500, nullable: true })
  decisionComment: string | null;

  @Field(() => Date, { nullable: true, description: "撤回时间" })
  @Column({ name: "withdrawn_at", ...DATETIME, nullable: true })
  withdrawnAt: Date | null;

  @Column({ name: "created_at", ...DATETIME })
  createdAt: Date;

  @Column({ name: "updated_at", ...DATETIME })
  updatedAt: Date;
}
