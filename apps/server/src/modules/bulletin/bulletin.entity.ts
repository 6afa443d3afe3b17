import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { DATETIME } from "../../db/columns.js";
import { Node } from "../../graphql/relay/node.type.js";
import { toGlobalId } from "../../graphql/relay/global-id.js";
import { LocalDateScalar } from "../../graphql/scalars.js";
import { BulletinPeriodKind, bulletinPeriodKindLabels, BulletinSource, bulletinSourceLabels, periodLabel } from "./bulletin-period.js";
import type { BulletinSnapshot } from "./bulletin-snapshot.js";

const described = <T extends string>(labels: Record<T, string>) =>
  Object.fromEntries(Object.entries(labels).map(([k, v]) => [k, { description: v as string }]));
registerEnumType(BulletinPeriodKind, {
  name: "BulletinPeriodKind",
  description: "通报期间类型",
  valuesConfig: described(bulletinPeriodKindLabels),
});
registerEnumType(BulletinSource, { name: "BulletinSource", description: "通报来源", valuesConfig: described(bulletinSourceLabels) });

export const BULLETIN_TYPE = "Bulletin";

/**
 * 通报: a league table of a region's children for a period, frozen when made (`snapshot`, not
 * selected with the row: lists never carry it). `dedupeKey` is unique and makes both kinds of
 * creation idempotent: `S:<region>:<from>:<to>` for the monthly job (one per region and month
 * however many processes run it), `R:<actor>:<clientRequestId>` for a manager's retried request.
 */
@ObjectType(BULLETIN_TYPE, { implements: Node, description: "通报：某地区某期间各直接下级的排名表（生成时固定）" })
@Entity("bulletin")
@Index("uq_bulletin_dedupe", ["dedupeKey"], { unique: true })
@Index("idx_bulletin_region", ["regionCode", "periodFrom", "dbId"])
@Index("idx_bulletin_period", ["periodFrom", "dbId"])
export class Bulletin implements Node {
  @PrimaryGeneratedColumn("increment", { name: "id" })
  dbId: number;

  @Field(() => ID)
  get id(): string {
    return toGlobalId(BULLETIN_TYPE, this.dbId);
  }

  @Field({ description: "地区代码" })
  @Column({ name: "region_code", type: "varchar", length: 12 })
  regionCode: string;

  @Field(() => BulletinPeriodKind, { description: "期间类型" })
  @Column({ name: "period_kind", type: "varchar", length: 10 })
  periodKind: BulletinPeriodKind;

  @Field(() => LocalDateScalar, { name: "from", description: "期间起（含）" })
  @Column({ name: "period_from", type: "varchar", length: 10 })
  periodFrom: string;

  @Field(() => LocalDateScalar, { name: "to", description: "期间止（不含）" })
  @Column({ name: "period_to", type: "varchar", length: 10 })
  periodTo: string;

  @Field({ description: "期间，如 2026年10月、2026年第四季度" })
  get periodLabel(): string {
    return periodLabel(this.periodKind, this.periodFrom, this.periodTo);
  }

  @Field({ description: "标题，如「河南省 2026年10月 科普中国信息员工作通报」" })
  @Column({ type: "varchar", length: 120 })
  title: string;

  @Field(() => BulletinSource, { description: "来源：每月自动生成或手动生成" })
  @Column({ type: "varchar", length: 10 })
  source: BulletinSource;

  @Column({ name: "dedupe_key", type: "varchar", length: 100 })
  dedupeKey: string;

  /** null: made by the monthly job */
  @Column({ name: "created_by_id", type: "integer", nullable: true })
  createdById: number | null;

  @Field(() => Date, { description: "生成时间" })
  @Column({ name: "created_at", ...DATETIME })
  createdAt: Date;

  @Field(() => LocalDateScalar, { description: "风险判断所依据的日期（按此前 30/90 天的注册速度推算）" })
  @Column({ name: "as_of", type: "varchar", length: 10 })
  asOf: string;

  @Field(() => Int, { description: "排名的下级地区数" })
  @Column({ name: "region_count", type: "integer" })
  regionCount: number;

  @Field(() => Int, { description: "有风险（按近期速度年底前达不到 2%）的下级地区数" })
  @Column({ name: "at_risk_count", type: "integer" })
  atRiskCount: number;

  @Field(() => Int, { description: "注册比例达到 2% 的下级地区数" })
  @Column({ name: "meets_target_count", type: "integer" })
  meetsTargetCount: number;

  @Field(() => Int, { description: "注册比例达到 1% 的下级地区数" })
  @Column({ name: "meets_threshold_count", type: "integer" })
  meetsThresholdCount: number;

  /** The table as published (see BulletinSnapshot); loaded on demand, by DataLoader. */
  @Column({ type: "json", select: false })
  snapshot?: BulletinSnapshot;
}
