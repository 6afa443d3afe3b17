import {
  ACTIVITY_FULL_MESSAGE,
  canManageActivity,
  conflict,
  forbidden,
  notFound,
  personOf,
  type SignUpStatus,
  signUpProblem,
  toLocalDate,
} from "@kepu/domain";
import { isUniqueViolation } from "../../db/unique-violation.js";
import { requireVolunteer } from "../../platform/actor-guards.js";
import type { Connection } from "../../platform/pagination/connection.js";
import { paginate, type PageArgs } from "../../platform/pagination/keyset.js";
import type { RequestContext } from "../../platform/request-context.js";
import { type Attendance, ActivitySignUp } from "./activity-sign-up.entity.js";
import { Activity, activityKey } from "./activity.entity.js";
import { activitySignedUp, activitySignUpWithdrawn } from "./activity.events.js";
import { createActivityLoaders, signUpKey } from "./activity.loaders.js";
import { ActivityService } from "./activity.service.js";

/** Thrown inside a sign-up write to roll it back when someone (the same person, retrying) got there first. */
class SignedUpMeanwhile extends Error {}

const NOT_MANAGER = "只有活动发布者、省科协或管辖该地区的管理员才能查看报名和登记签到";

/**
 * Sign-ups, withdrawals and attendance. Capacity holds under concurrency because the count and the
 * row change in one transaction, and the count only moves by a conditional UPDATE
 * (`signed_up < capacity`): the row lock it takes orders concurrent sign-ups, each re-checks the
 * bound against the latest count, and a losing sign-up changes nothing.
 */
export class ActivitySignUpService {
  constructor(private readonly rc: RequestContext) {}

  private get loaders() {
    return this.rc.loaders(createActivityLoaders);
  }

  private get repo() {
    return this.rc.ds.getRepository(ActivitySignUp);
  }

  /** The person who signed up, and whoever runs the activity (its author, the province, managers over its region). */
  canSee(s: ActivitySignUp, a: Activity | null): boolean {
    if (personOf(this.rc.actor)?.volunteerId === String(s.volunteerId)) return true;
    return !!a && canManageActivity(this.rc.actor, activityKey(a));
  }

  async findVisible(dbId: number): Promise<ActivitySignUp | null> {
    const s = await this.loaders.signUpById.load(dbId);
    if (!s) return null;
    const a = await this.loaders.byId.load(s.activityId);
    return this.canSee(s, a) ? s : null;
  }

  /** The caller's own sign-up for an activity (any status), or null. */
  mine(activityId: number): Promise<ActivitySignUp | null> | null {
    const person = personOf(this.rc.actor);
    return person ? this.loaders.signUpOf.load(signUpKey(activityId, Number(person.volunteerId))) : null;
  }

  /** `signUpForActivity`: a repeat (or a retry racing the first) answers with the same sign-up. */
  async signUp(activityId: number): Promise<ActivitySignUp> {
    const me = Number(requireVolunteer(this.rc.actor).volunteerId);
    await new ActivityService(this.rc).requireVisible(activityId);
    const existing = await this.repo.findOneBy({ activityId, volunteerId: me });
    if (existing?.status === "ACTIVE") return existing;
    try {
      return await this.rc.write(async (tx) => {
        const a = await tx.em.getRepository(Activity).findOneByOrFail({ dbId: activityId });
        const problem = signUpProblem(a, tx.now);
        if (problem) throw problem;
        const signUps = tx.em.getRepository(ActivitySignUp);
        const current = await signUps.findOneBy({ activityId, volunteerId: me });
        if (current?.status === "ACTIVE") throw new SignedUpMeanwhile();
        const taken = await tx.em
          .createQueryBuilder()
          .update(Activity)
          .set({ signedUp: () => "signed_up + 1" })
          .where("id = :id AND status = 'PUBLISHED' AND (capacity IS NULL OR signed_up < capacity)", { id: activityId })
          .execute();
        // Unlimited places never fill: then only the status (cancelled meanwhile) can have stopped it.
        if (!taken.affected) throw conflict(a.capacity === null ? "活动状态已变化，不能报名" : ACTIVITY_FULL_MESSAGE);
        const activation = { status: "ACTIVE" as const, signedUpAt: tx.now, withdrawnAt: null, updatedAt: tx.now };
        let row: ActivitySignUp;
        if (current) {
          const res = await tx.em
            .createQueryBuilder()
            .update(ActivitySignUp)
            .set({ ...activation, revision: () => "revision + 1" })
            .where("id = :id AND status = 'WITHDRAWN'", { id: current.dbId })
            .execute();
          if (!res.affected) throw new SignedUpMeanwhile();
          row = Object.assign(current, activation, { revision: current.revision + 1 });
        } else {
          row = signUps.create({
            ...activation,
            activityId,
            volunteerId: me,
            revision: 1,
            attendance: null,
            attendanceMarkedById: null,
            attendanceMarkedAt: null,
            createdAt: tx.now,
          });
          // A concurrent first sign-up of the same person fails here on the unique key and rolls back whole.
          await signUps.insert(row);
        }
        await tx.emit(activitySignedUp(row, a.regionCode));
        return row;
      });
    } catch (err) {
      if (err instanceof SignedUpMeanwhile || isUniqueViolation(err)) {
        const winner = await this.repo.findOneBy({ activityId, volunteerId: me });
        if (winner?.status === "ACTIVE") return winner;
      }
      throw err;
    } finally {
      this.loaders.byId.clear(activityId);
      this.loaders.signUpOf.clear(signUpKey(activityId, me));
    }
  }

  /** `withdrawActivitySignUp`: frees the place; a repeat answers with the same withdrawn sign-up. */
  async withdraw(activityId: number): Promise<ActivitySignUp> {
    const me = Number(requireVolunteer(this.rc.actor).volunteerId);
    await new ActivityService(this.rc).requireVisible(activityId);
    try {
      return await this.rc.write(async (tx) => {
        const signUps = tx.em.getRepository(ActivitySignUp);
        const current = await signUps.findOneBy({ activityId, volunteerId: me });
        if (!current) throw notFound("您没有报名该活动");
        if (current.status === "WITHDRAWN") return current;
        const a = await tx.em.getRepository(Activity).findOneByOrFail({ dbId: activityId });
        if (a.status === "CANCELLED") throw conflict("活动已取消，报名已自动作废");
        if (tx.now.getTime() >= a.startsAt.getTime()) throw conflict("活动已开始，不能取消报名");
        const change = { status: "WITHDRAWN" as const, withdrawnAt: tx.now, updatedAt: tx.now };
        const res = await tx.em
          .createQueryBuilder()
          .update(ActivitySignUp)
          .set(change)
          .where("id = :id AND status = 'ACTIVE'", { id: current.dbId })
          .execute();
        if (!res.affected) throw new SignedUpMeanwhile();
        await tx.em
          .createQueryBuilder()
          .update(Activity)
          .set({ signedUp: () => "signed_up - 1" })
          .where("id = :id AND signed_up > 0", { id: activityId })
          .execute();
        await tx.emit(activitySignUpWithdrawn(current, a.regionCode));
        return Object.assign(current, change);
      });
    } catch (err) {
      if (err instanceof SignedUpMeanwhile) return this.repo.findOneByOrFail({ activityId, volunteerId: me });
      throw err;
    } finally {
      this.loaders.byId.clear(activityId);
      this.loaders.signUpOf.clear(signUpKey(activityId, me));
    }
  }

  /** `markAttendance`: taken on site from the day the activity starts, by whoever runs it. */
  async markAttendance(signUpId: number, attended: boolean): Promise<ActivitySignUp> {
    const s = await this.findVisible(signUpId);
    if (!s) throw notFound("报名记录不存在");
    const a = (await this.loaders.byId.load(s.activityId))!;
    if (!canManageActivity(this.rc.actor, activityKey(a))) throw forbidden(NOT_MANAGER);
    const person = personOf(this.rc.actor);
    const attendance: Attendance = attended ? "ATTENDED" : "ABSENT";
    const marked = await this.rc.write(async (tx) => {
      const fresh = await tx.em.getRepository(Activity).findOneByOrFail({ dbId: a.dbId });
      if (fresh.status !== "PUBLISHED") throw conflict("只有已发布的活动可以登记签到");
      if (tx.day < toLocalDate(fresh.startsAt)) throw conflict("活动开始当天起才能登记签到");
      const change = { attendance, attendanceMarkedById: person ? Number(person.volunteerId) : null, attendanceMarkedAt: tx.now };
      const res = await tx.em
        .createQueryBuilder()
        .update(ActivitySignUp)
        .set({ ...change, updatedAt: tx.now })
        .where("id = :id AND status = 'ACTIVE'", { id: s.dbId })
        .execute();
      if (!res.affected) throw conflict("该报名已取消，不能登记签到");
      return change;
    });
    this.loaders.signUpById.clear(signUpId);
    return Object.assign(s, marked);
  }

  /** The sign-ups of an activity in sign-up order, for those who run it. */
  list(a: Activity, status: SignUpStatus | null | undefined, page: PageArgs): Promise<Connection<ActivitySignUp>> {
    if (!canManageActivity(this.rc.actor, activityKey(a))) throw forbidden(NOT_MANAGER);
    const qb = this.repo.createQueryBuilder("s").where("s.activity_id = :id", { id: a.dbId });
    if (status) qb.andWhere("s.status = :status", { status });
    return paginate(qb, [{ column: "s.id", direction: "ASC", value: (s) => s.dbId }], page);
  }
}
