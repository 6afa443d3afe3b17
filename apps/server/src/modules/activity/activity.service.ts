import {
  activityCancelProblem,
  activityDecisionProblem,
  type ActivityInputRaw,
  type ActivityStatus,
  ACTIVITY_REASON_MAX,
  assertActivityRegion,
  badInput,
  canDecideActivity,
  canManageActivity,
  canSeeActivity,
  cleanActivityInput,
  cleanMultilineText,
  conflict,
  DomainError,
  forbidden,
  notFound,
  personOf,
  publishesOnSubmit,
} from "@kepu/domain";
import type { EntityManager } from "typeorm";
import { requireVolunteer } from "../../platform/actor-guards.js";
import type { RequestContext } from "../../platform/request-context.js";
import type { Tx } from "../../platform/unit-of-work.js";
import { RegionService } from "../region/region.service.js";
import { canManageSociety, societyBasicsOf } from "../society/society-roles.js";
import { Volunteer } from "../volunteer/volunteer.entity.js";
import { createVolunteerLoaders } from "../volunteer/volunteer.loaders.js";
import { Activity, activityKey } from "./activity.entity.js";
import { activityCancelled, activityPublished, activityRejected, activitySubmitted } from "./activity.events.js";
import { createActivityLoaders } from "./activity.loaders.js";

/** ActivityInput as the resolver hands it over: the content plus the society, already decoded. */
export interface ActivityInputData extends ActivityInputRaw {
  regionCode: string;
  societyId?: number | null;
}

/** Statuses the author may still edit: a rejected activity goes back to being a draft. */
const EDITABLE: readonly ActivityStatus[] = ["DRAFT", "REJECTED"];

/**
 * The life of an activity (docs/domain.md, Activities): drafts, submission, decision,
 * cancellation. Every change is one `rc.write`, guarded on the status it starts from, so of two
 * racing changes one wins and the other answers CONFLICT; each emits its events in that write.
 */
export class ActivityService {
  constructor(private readonly rc: RequestContext) {}

  private get loaders() {
    return this.rc.loaders(createActivityLoaders);
  }

  canSee(a: Activity): boolean {
    return canSeeActivity(this.rc.actor, activityKey(a));
  }

  canDecide(a: Activity): boolean {
    const person = personOf(this.rc.actor);
    if (a.status !== "PENDING") return false;
    return this.rc.actor.kind === "system" || (!!person && canDecideActivity(person, activityKey(a)));
  }

  canManage(a: Activity): boolean {
    return canManageActivity(this.rc.actor, activityKey(a));
  }

  canEdit(a: Activity): boolean {
    return personOf(this.rc.actor)?.volunteerId === String(a.authorId) && EDITABLE.includes(a.status);
  }

  canCancel(a: Activity): boolean {
    return activityCancelProblem(this.rc.actor, { ...activityKey(a), endsAt: a.endsAt }, new Date()) === null;
  }

  async findVisible(dbId: number): Promise<Activity | null> {
    const a = await this.loaders.byId.load(dbId);
    return a && this.canSee(a) ? a : null;
  }

  /** An activity the caller may see, else NOT_FOUND (an invisible one is not confirmed to exist). */
  async requireVisible(dbId: number): Promise<Activity> {
    const a = await this.findVisible(dbId);
    if (!a) throw notFound("活动不存在");
    return a;
  }

  /** `submitActivity`: straight into review (or published, when the province submits). */
  submit(input: ActivityInputData): Promise<Activity> {
    return this.create(input, true);
  }

  /** `saveActivityDraft`: kept for the author only until submitted. */
  saveDraft(input: ActivityInputData): Promise<Activity> {
    return this.create(input, false);
  }

  private async create(input: ActivityInputData, submit: boolean): Promise<Activity> {
    const author = await this.author();
    const region = await new RegionService(this.rc).requireInput(input.regionCode, "regionCode");
    const created = await this.rc.write(async (tx) => {
      const fields = await this.checkedFields(tx, input, author, region);
      const repo = tx.em.getRepository(Activity);
      const row = repo.create({
        ...fields,
        status: "DRAFT",
        authorId: author.dbId,
        authorTier: author.tier,
        signedUp: 0,
        submissionCount: 0,
        decidedById: null,
        decisionComment: null,
        submittedAt: null,
        decidedAt: null,
        publishedAt: null,
        cancelledAt: null,
        cancelledById: null,
        cancelReason: null,
        createdAt: tx.now,
        updatedAt: tx.now,
      });
      if (submit) this.enterReview(tx, row, author);
      await repo.insert(row);
      if (submit) await this.emitSubmission(tx, row, author);
      return row;
    });
    return created;
  }

  /** `updateActivity`: the author edits a draft or a rejected activity, which becomes a draft again. */
  async update(dbId: number, input: ActivityInputData): Promise<Activity> {
    const author = await this.author();
    const existing = await this.requireVisible(dbId);
    if (existing.authorId !== author.dbId) throw forbidden("只能修改自己发布的活动");
    const region = await new RegionService(this.rc).requireInput(input.regionCode, "regionCode");
    await this.rc.write(async (tx) => {
      const fields = await this.checkedFields(tx, input, author, region);
      const res = await tx.em
        .createQueryBuilder()
        .update(Activity)
        .set({ ...fields, status: "DRAFT", updatedAt: tx.now })
        .where("id = :id AND author_id = :author AND status IN (:...editable)", { id: dbId, author: author.dbId, editable: EDITABLE })
        .execute();
      if (!res.affected) throw conflict("只有草稿或已驳回的活动可以修改");
    });
    return this.reload(dbId);
  }

  /** `submitActivityDraft`: the author sends a draft (or an edited rejected one) for review. */
  async submitDraft(dbId: number): Promise<Activity> {
    const author = await this.author();
    const existing = await this.requireVisible(dbId);
    if (existing.authorId !== author.dbId) throw forbidden("只能提交自己的活动");
    const region = await new RegionService(this.rc).requireInput(existing.regionCode, "regionCode");
    await this.rc.write(async (tx) => {
      const row = await tx.em.getRepository(Activity).findOneByOrFail({ dbId });
      if (row.status !== "DRAFT") throw conflict("只有草稿可以提交审核");
      if (row.regionCode !== region.code) throw conflict("活动刚被修改，请刷新后重试");
      // Times and rules are checked again: a draft saved last week may start in the past by now.
      await this.checkedFields(tx, row, author, region);
      const before = row.status;
      this.enterReview(tx, row, author);
      const res = await tx.em
        .createQueryBuilder()
        .update(Activity)
        .set({
          status: row.status,
          authorTier: row.authorTier,
          submissionCount: row.submissionCount,
          submittedAt: row.submittedAt,
          decidedById: row.decidedById,
          decisionComment: null,
          decidedAt: row.decidedAt,
          publishedAt: row.publishedAt,
          updatedAt: tx.now,
        })
        .where("id = :id AND status = :before", { id: dbId, before })
        .execute();
      if (!res.affected) throw conflict("只有草稿可以提交审核");
      await this.emitSubmission(tx, row, author);
    });
    return this.reload(dbId);
  }

  /** `decideActivity`: approve (publish) or reject with a reason. */
  async decide(dbId: number, approve: boolean, rawComment: string | null | undefined): Promise<Activity> {
    await this.requireVisible(dbId);
    const comment = cleanMultilineText(rawComment, "comment", "审核意见", ACTIVITY_REASON_MAX);
    const deciderId = personOf(this.rc.actor) ? Number(personOf(this.rc.actor)!.volunteerId) : null;
    await this.rc.write(async (tx) => {
      const row = await tx.em.getRepository(Activity).findOneByOrFail({ dbId });
      const problem = activityDecisionProblem(tx.actor, activityKey(row));
      if (problem) throw problem;
      // After the authority check, so a stranger learns nothing from it.
      if (!approve && !comment) throw badInput("驳回活动须填写理由", "comment");
      if (approve && row.endsAt.getTime() <= tx.now.getTime()) throw conflict("活动已结束，不能再发布");
      const status: ActivityStatus = approve ? "PUBLISHED" : "REJECTED";
      const res = await tx.em
        .createQueryBuilder()
        .update(Activity)
        .set({
          status,
          decidedById: deciderId,
          decisionComment: comment,
          decidedAt: tx.now,
          updatedAt: tx.now,
          ...(approve ? { publishedAt: tx.now } : {}),
        })
        .where("id = :id AND status = 'PENDING'", { id: dbId })
        .execute();
      if (!res.affected) throw conflict("该活动已被审核");
      if (approve) await tx.emit(activityPublished(row, await this.homeOf(tx.em, row.authorId), false));
      else await tx.emit(activityRejected(row, comment!));
    });
    return this.reload(dbId);
  }

  /** `cancelActivity`: the author or a superior over its region; a published one needs a reason (its sign-ups are told). */
  async cancel(dbId: number, rawReason: string | null | undefined): Promise<Activity> {
    await this.requireVisible(dbId);
    const reason = cleanMultilineText(rawReason, "reason", "取消原因", ACTIVITY_REASON_MAX);
    const person = personOf(this.rc.actor);
    await this.rc.write(async (tx) => {
      const repo = tx.em.getRepository(Activity);
      const row = await repo.findOneByOrFail({ dbId });
      const problem = activityCancelProblem(tx.actor, { ...activityKey(row), endsAt: row.endsAt }, tx.now);
      if (problem) throw problem;
      if (row.status === "PUBLISHED" && !reason) throw badInput("取消已发布的活动须填写原因（将告知已报名的科普员）", "reason");
      const res = await tx.em
        .createQueryBuilder()
        .update(Activity)
        .set({
          status: "CANCELLED",
          cancelledAt: tx.now,
          cancelledById: person ? Number(person.volunteerId) : null,
          cancelReason: reason,
          updatedAt: tx.now,
        })
        .where("id = :id AND status = :status", { id: dbId, status: row.status })
        .execute();
      if (!res.affected) throw conflict("活动状态已变化，请刷新后重试");
      // Read after the guarded UPDATE: the row is ours now, so no sign-up can slip in between.
      const { signedUp } = await repo.findOneByOrFail({ dbId });
      await tx.emit(activityCancelled(row, reason, signedUp, row.publishedAt !== null));
    });
    return this.reload(dbId);
  }

  private async reload(dbId: number): Promise<Activity> {
    this.loaders.byId.clear(dbId);
    return (await this.loaders.byId.load(dbId))!;
  }

  /** The signed-in author's current row (tier and home decide the region rules). */
  private async author(): Promise<Volunteer> {
    const actor = requireVolunteer(this.rc.actor);
    const me = await this.rc.loaders(createVolunteerLoaders).byId.load(Number(actor.volunteerId));
    if (!me) throw notFound("账号不存在");
    return me;
  }

  private async homeOf(em: EntityManager, volunteerId: number): Promise<string | null> {
    const v = await em.getRepository(Volunteer).findOne({ select: { dbId: true, regionCode: true }, where: { dbId: volunteerId } });
    return v?.regionCode ?? null;
  }

  /** Content, region and society rules, read against the write's clock and inside its transaction. */
  private async checkedFields(
    tx: Tx,
    input: ActivityInputData,
    author: Volunteer,
    region: { code: string; level: Parameters<typeof assertActivityRegion>[2]["level"] },
  ) {
    const fields = cleanActivityInput(input, tx.now);
    const societyId = input.societyId ?? null;
    let society: { regionCode: string } | null = null;
    if (fields.kind === "SOCIETY") {
      if (societyId === null) throw badInput("社团活动须选择社团", "societyId");
      const basics = await societyBasicsOf(tx.em, societyId);
      if (!basics) throw badInput("社团不存在", "societyId");
      if (!(await canManageSociety(tx.em, societyId, author.dbId))) {
        throw new DomainError("FORBIDDEN", "只有社团社长或管理员才能发布社团活动（社团须为正常状态）");
      }
      society = basics;
    } else if (societyId !== null) throw badInput("只有社团活动可以指定社团", "societyId");
    const person = { volunteerId: String(author.dbId), tier: author.tier, managedRegionCode: author.managedRegionCode };
    assertActivityRegion(fields.kind, { ...person, homeRegionCode: author.regionCode }, region, society);
    return { ...fields, regionCode: region.code, societyId: fields.kind === "SOCIETY" ? societyId : null };
  }

  /** Into review: PENDING, or PUBLISHED at once when the province submits (nobody ranks above it). */
  private enterReview(tx: Tx, row: Activity, author: Volunteer): void {
    row.submissionCount += 1;
    row.submittedAt = tx.now;
    row.authorTier = author.tier;
    row.decisionComment = null;
    if (publishesOnSubmit(author)) {
      Object.assign(row, { status: "PUBLISHED", publishedAt: tx.now, decidedAt: tx.now, decidedById: author.dbId });
    } else {
      Object.assign(row, { status: "PENDING", decidedAt: null, decidedById: null });
    }
  }

  private async emitSubmission(tx: Tx, row: Activity, author: Volunteer): Promise<void> {
    await tx.emit(activitySubmitted(row));
    if (row.status === "PUBLISHED") await tx.emit(activityPublished(row, author.regionCode, true));
  }
}
