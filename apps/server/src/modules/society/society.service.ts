import {
  assertRegionCode,
  assertSocietyRegion,
  badInput,
  canModerateSocietyPost,
  cleanClientPostId,
  cleanHttpUrl,
  cleanImageUrls,
  cleanMultilineText,
  cleanText,
  conflict,
  forbidden,
  governsSociety,
  homeCountyOf,
  isSocietyModeratorRole,
  notFound,
  scopeOf,
  SOCIETY_COMMENT_MAX,
  SOCIETY_DESCRIPTION_MAX,
  SOCIETY_HIDE_REASON_MAX,
  SOCIETY_NAME_MAX,
  SOCIETY_POST_TEXT_MAX,
  societyDecisionProblem,
  type SocietyJoinPolicy,
  type SocietyKey,
  type SocietyMemberStatus,
  type SocietyRole,
  type SocietyStatus,
  subtreeRange,
} from "@kepu/domain";
import { scopeCondition } from "../../db/region-scope.js";
import { isUniqueViolation } from "../../db/unique-violation.js";
import { requireVolunteer } from "../../platform/actor-guards.js";
import type { Connection } from "../../platform/pagination/connection.js";
import { paginate, type PageArgs } from "../../platform/pagination/keyset.js";
import type { RequestContext } from "../../platform/request-context.js";
import type { Tx } from "../../platform/unit-of-work.js";
import { RegionService } from "../region/region.service.js";
import { createVolunteerLoaders } from "../volunteer/volunteer.loaders.js";
import { societyRoleOf, societyStatusOf } from "./society-roles.js";
import { Society, SocietyMember, SocietyPost } from "./society.entity.js";
import { societyCreated, societyPosted } from "./society.events.js";
import { createSocietyLoaders } from "./society.loaders.js";

export interface SocietyInput {
  name: string;
  description?: string | null;
  regionCode: string;
  joinPolicy: SocietyJoinPolicy;
  avatarUrl?: string | null;
}

export interface SocietyFilter {
  regionCode?: string | null;
  search?: string | null;
  status?: SocietyStatus | null;
  /** societies I requested, belong to or asked to join */
  mine?: boolean | null;
}

export interface SocietyPostInput {
  societyId: number;
  text?: string | null;
  imageUrls?: readonly string[] | null;
  clientPostId?: string | null;
}

/** Open requests one person may have at a time: a founder waits for decisions before asking again. */
export const MAX_PENDING_SOCIETIES = 3;

const NOT_FOUND = "社团不存在";
const likePattern = (s: string) => `%${s.replace(/[!%_]/g, (c) => `!${c}`)}%`;

export class SocietyService {
  constructor(private readonly rc: RequestContext) {}

  get loaders() {
    return this.rc.loaders(createSocietyLoaders);
  }

  private get ds() {
    return this.rc.ds;
  }

  /** The caller's volunteer id, or null (system, API keys). */
  private get me(): number | null {
    return this.rc.actor.kind === "volunteer" ? Number(this.rc.actor.volunteerId) : null;
  }

  private key(s: Society): SocietyKey {
    return { requesterId: String(s.requesterId), regionCode: s.regionCode, status: s.status };
  }

  // ---- reading and authority ----

  /** The caller's membership row in a society (any status), or null. */
  async myMembership(societyId: number): Promise<SocietyMember | null> {
    const me = this.me;
    return me === null ? null : this.loaders.membership.load({ societyId, volunteerId: me });
  }

  /** The caller's role: only an ACTIVE membership has one. */
  async myRole(societyId: number): Promise<SocietyRole | null> {
    const m = await this.myMembership(societyId);
    return m?.status === "ACTIVE" ? m.role : null;
  }

  governs(s: Society): boolean {
    return governsSociety(this.rc.actor, s);
  }

  canDecide(s: Society): boolean {
    return this.rc.actor.kind !== "anonymous" && societyDecisionProblem(this.rc.actor, this.key(s)) === null;
  }

  /** docs/domain.md, Societies: active ones to everyone signed in; others to the requester, governing staff and (dissolved) members. */
  async canSee(s: Society): Promise<boolean> {
    const actor = this.rc.actor;
    if (actor.kind === "anonymous") return false;
    if (s.status === "ACTIVE" || this.governs(s) || this.me === s.requesterId) return true;
    return s.status === "DISSOLVED" && (await this.myRole(s.dbId)) !== null;
  }

  async canModerate(s: Society): Promise<boolean> {
    return canModerateSocietyPost(this.rc.actor, s, await this.myRole(s.dbId));
  }

  /** Active members are listed to members and governing staff; other statuses to the society's moderators and staff only. */
  async canSeeMembers(s: Society, status: SocietyMemberStatus): Promise<boolean> {
    if (!(await this.canSee(s))) return false;
    if (this.governs(s)) return true;
    const role = await this.myRole(s.dbId);
    return status === "ACTIVE" ? role !== null : isSocietyModeratorRole(role);
  }

  async findVisible(dbId: number): Promise<Society | null> {
    const s = await this.loaders.byId.load(dbId);
    return s && (await this.canSee(s)) ? s : null;
  }

  async requireVisible(dbId: number): Promise<Society> {
    const s = await this.findVisible(dbId);
    if (!s) throw notFound(NOT_FOUND);
    return s;
  }

  async findVisibleMember(dbId: number): Promise<SocietyMember | null> {
    const m = await this.loaders.memberById.load(dbId);
    if (!m) return null;
    const s = await this.loaders.byId.load(m.societyId);
    if (!s) return null;
    if (m.volunteerId === this.me && (await this.canSee(s))) return m;
    return (await this.canSeeMembers(s, m.status)) ? m : null;
  }

  async findVisiblePost(dbId: number): Promise<SocietyPost | null> {
    const p = await this.loaders.postById.load(dbId);
    if (!p) return null;
    const s = await this.findVisible(p.societyId);
    if (!s) return null;
    return !p.hiddenAt || (await this.canModerate(s)) ? p : null;
  }

  list(filter: SocietyFilter, page: PageArgs): Promise<Connection<Society>> {
    const actor = requireVolunteerOrSystem(this.rc);
    const qb = this.ds.getRepository(Society).createQueryBuilder("s");
    const me = this.me ?? 0;
    if (actor !== "system") {
      const scope = scopeCondition("s.region_code", scopeOf(this.rc.actor));
      qb.andWhere(
        `(s.status = 'ACTIVE' OR s.requester_id = :me OR ${scope.sql} OR (s.status = 'DISSOLVED' AND EXISTS
          (SELECT 1 FROM society_member vm WHERE vm.society_id = s.id AND vm.volunteer_id = :me AND vm.status = 'ACTIVE')))`,
        { ...scope.params, me },
      );
    }
    if (filter.status) qb.andWhere("s.status = :status", { status: filter.status });
    if (filter.regionCode) {
      const { low, high } = subtreeRange(assertRegionCode(filter.regionCode, "regionCode"));
      qb.andWhere("s.region_code >= :rLow AND s.region_code < :rHigh", { rLow: low, rHigh: high });
    }
    const search = cleanText(filter.search, "search", "搜索词", 32);
    if (search) qb.andWhere("s.name LIKE :p ESCAPE '!'", { p: likePattern(search) });
    if (filter.mine) {
      qb.andWhere(
        `(s.requester_id = :me OR EXISTS (SELECT 1 FROM society_member mm WHERE mm.society_id = s.id AND mm.volunteer_id = :me
          AND mm.status IN ('ACTIVE', 'PENDING')))`,
        { me },
      );
    }
    return paginate(qb, [{ column: "s.id", direction: "DESC", value: (s) => s.dbId }], page);
  }

  /** Pending requests the caller may decide (never their own), oldest first so the queue is worked in order. */
  toDecide(page: PageArgs): Promise<Connection<Society>> {
    const qb = this.ds.getRepository(Society).createQueryBuilder("s").where("s.status = 'PENDING'");
    const scope = scopeCondition("s.region_code", scopeOf(this.rc.actor));
    qb.andWhere(`${scope.sql} AND s.requester_id <> :me`, { ...scope.params, me: this.me ?? 0 });
    return paginate(qb, [{ column: "s.id", direction: "ASC", value: (s) => s.dbId }], page);
  }

  // ---- the society's lifecycle ----

  async request(input: SocietyInput): Promise<Society> {
    const actor = requireVolunteer(this.rc.actor);
    const meRow = await this.rc.loaders(createVolunteerLoaders).byId.load(Number(actor.volunteerId));
    if (!meRow) throw notFound("账号不存在");
    // The province passes the CERTIFIED guard without a home; assertSocietyRegion then explains what is missing.
    if (!meRow.certifiedAt && actor.tier !== "PROVINCE_ADMIN") throw forbidden("请先完成实名认证");
    const name = cleanText(input.name, "name", "社团名称", SOCIETY_NAME_MAX);
    if (!name) throw badInput("请填写社团名称", "name");
    const description = cleanMultilineText(input.description, "description", "社团简介", SOCIETY_DESCRIPTION_MAX);
    const region = await new RegionService(this.rc).requireInput(input.regionCode, "regionCode");
    assertSocietyRegion(meRow.regionCode, region.code);
    const avatarUrl = input.avatarUrl?.trim() ? cleanHttpUrl(input.avatarUrl, "avatarUrl", "头像地址") : null;
    const nameKey = `${homeCountyOf(region.code)}:${name}`;
    const repo = this.ds.getRepository(Society);
    // A retry of the same request (same founder, name and region, still pending) answers with the first one.
    const sameRequest = (s: Society | null) =>
      s && s.requesterId === meRow.dbId && s.status === "PENDING" && s.regionCode === region.code ? s : null;
    const existing = await repo.findOneBy({ nameKey });
    if (sameRequest(existing)) return existing!;
    if (existing) throw conflict("本区县已有同名社团（或同名申请正在审批中）", "name");
    const pending = await repo.countBy({ requesterId: meRow.dbId, status: "PENDING" });
    if (pending >= MAX_PENDING_SOCIETIES) throw conflict(`您已有 ${pending} 个待审批的社团申请，请等待审批结果后再申请`);
    try {
      return await this.rc.write(async (tx) => {
        const s = repo.create({
          name,
          nameKey,
          description,
          regionCode: region.code,
          joinPolicy: input.joinPolicy,
          avatarUrl,
          status: "PENDING",
          requesterId: meRow.dbId,
          ownerId: meRow.dbId,
          decidedById: null,
          decisionComment: null,
          decidedAt: null,
          dissolvedAt: null,
          dissolvedById: null,
          dissolveReason: null,
          createdAt: tx.now,
          updatedAt: tx.now,
        });
        await tx.em.getRepository(Society).insert(s);
        return s;
      });
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
      const raced = await repo.findOneBy({ nameKey });
      if (sameRequest(raced)) return raced!;
      throw conflict("本区县已有同名社团（或同名申请正在审批中）", "name");
    }
  }

  async decide(dbId: number, approve: boolean, rawComment: string | null | undefined): Promise<Society> {
    const s = await this.requireVisible(dbId);
    const comment = cleanMultilineText(rawComment, "comment", "审批意见", SOCIETY_COMMENT_MAX);
    const status: SocietyStatus = approve ? "ACTIVE" : "REJECTED";
    const decidedById = this.me;
    const nameKey = approve ? s.nameKey : null;
    const decidedAt = await this.rc.write(async (tx) => {
      const problem = societyDecisionProblem(tx.actor, this.key(s));
      if (problem) throw problem;
      // After the authority check: the requester reads why in 我的社团.
      if (!approve && !comment) throw badInput("驳回社团申请须填写理由", "comment");
      const res = await tx.em
        .createQueryBuilder()
        .update(Society)
        .set({ status, nameKey, decidedById, decisionComment: comment, decidedAt: tx.now, updatedAt: tx.now })
        .where("id = :id AND status = 'PENDING'", { id: s.dbId })
        .execute();
      if (!res.affected) throw conflict("该社团申请已处理");
      if (approve) {
        await tx.em.getRepository(SocietyMember).insert({
          societyId: s.dbId,
          volunteerId: s.requesterId,
          role: "OWNER",
          status: "ACTIVE",
          joinedAt: tx.now,
          decidedById,
          createdAt: tx.now,
          updatedAt: tx.now,
        });
        await tx.emit(societyCreated(s));
      }
      return tx.now;
    });
    this.clear(s.dbId);
    return Object.assign(s, { status, nameKey, decidedById, decisionComment: comment, decidedAt, updatedAt: decidedAt });
  }

  /** The province or a manager whose region holds the society ends it; its members can no longer post. */
  async dissolve(dbId: number, rawReason: string | null | undefined): Promise<Society> {
    const s = await this.requireVisible(dbId);
    if (!this.governs(s)) throw forbidden("只有省科协或管辖该社团所在地区的管理员才能解散社团");
    const reason = cleanMultilineText(rawReason, "reason", "解散理由", SOCIETY_COMMENT_MAX);
    if (!reason) throw badInput("解散社团须填写理由", "reason");
    if (s.status === "DISSOLVED") return s;
    const dissolvedById = this.me;
    const dissolvedAt = await this.rc.write(async (tx) => {
      const res = await tx.em
        .createQueryBuilder()
        .update(Society)
        .set({ status: "DISSOLVED", nameKey: null, dissolvedAt: tx.now, dissolvedById, dissolveReason: reason, updatedAt: tx.now })
        .where("id = :id AND status = 'ACTIVE'", { id: s.dbId })
        .execute();
      if (!res.affected) throw conflict("只能解散正常状态的社团");
      return tx.now;
    });
    this.clear(s.dbId);
    return Object.assign(s, { status: "DISSOLVED" as const, nameKey: null, dissolvedAt, dissolvedById, dissolveReason: reason });
  }

  // ---- membership ----

  /** Open societies take the volunteer at once; by-approval ones file a pending request. A repeat returns the same row. */
  async join(societyId: number): Promise<SocietyMember> {
    const me = Number(requireVolunteer(this.rc.actor).volunteerId);
    const s = await this.requireVisible(societyId);
    if (s.status !== "ACTIVE") throw conflict("该社团当前不接受加入");
    const repo = this.ds.getRepository(SocietyMember);
    const existing = await repo.findOneBy({ societyId: s.dbId, volunteerId: me });
    if (existing && (existing.status === "ACTIVE" || existing.status === "PENDING")) return existing;
    const status: SocietyMemberStatus = s.joinPolicy === "OPEN" ? "ACTIVE" : "PENDING";
    try {
      await this.rc.write(async (tx) => {
        const joinedAt = status === "ACTIVE" ? tx.now : null;
        if (existing) {
          // Guarded: a concurrent re-join already moved the row; the re-read below returns it.
          await tx.em
            .createQueryBuilder()
            .update(SocietyMember)
            .set({ status, role: "MEMBER", joinedAt, decidedById: null, updatedAt: tx.now })
            .where("id = :id AND status IN ('REJECTED', 'LEFT')", { id: existing.dbId })
            .execute();
        } else {
          await tx.em.getRepository(SocietyMember).insert({
            societyId: s.dbId,
            volunteerId: me,
            role: "MEMBER",
            status,
            joinedAt,
            decidedById: null,
            createdAt: tx.now,
            updatedAt: tx.now,
          });
        }
      });
    } catch (err) {
      if (!isUniqueViolation(err)) throw err; // a concurrent first join won: its row is the answer
    }
    this.clear(s.dbId);
    return repo.findOneByOrFail({ societyId: s.dbId, volunteerId: me });
  }

  /** Leaves (or withdraws a pending request). The owner must hand ownership over first. Repeating is harmless. */
  async leave(societyId: number): Promise<SocietyMember> {
    const me = Number(requireVolunteer(this.rc.actor).volunteerId);
    const s = await this.requireVisible(societyId);
    const repo = this.ds.getRepository(SocietyMember);
    const m = await repo.findOneBy({ societyId: s.dbId, volunteerId: me });
    if (!m) throw notFound("您不是该社团成员");
    if (m.status === "LEFT" || m.status === "REJECTED") return m;
    if (m.role === "OWNER") throw conflict("社长须先将社长身份转让给其他成员才能退出社团");
    await this.rc.write(async (tx) => {
      const res = await tx.em
        .createQueryBuilder()
        .update(SocietyMember)
        .set({ status: "LEFT", role: "MEMBER", updatedAt: tx.now })
        .where("id = :id AND status IN ('ACTIVE', 'PENDING') AND role <> 'OWNER'", { id: m.dbId })
        .execute();
      if (!res.affected && (await societyRoleOf(tx.em, s.dbId, me)) === "OWNER") {
        throw conflict("社长须先将社长身份转让给其他成员才能退出社团");
      }
    });
    this.clear(s.dbId);
    return repo.findOneByOrFail({ dbId: m.dbId });
  }

  /** The member row and its society, as the caller may see them; NOT_FOUND otherwise. */
  private async memberInSociety(memberId: number): Promise<{ m: SocietyMember; s: Society }> {
    const m = await this.loaders.memberById.load(memberId);
    const s = m && (await this.findVisible(m.societyId));
    if (!m || !s) throw notFound("成员不存在");
    return { m, s };
  }

  /** An owner or admin approves or rejects a pending join request. Repeating the same decision returns the row. */
  async decideMember(memberId: number, approve: boolean): Promise<SocietyMember> {
    const me = Number(requireVolunteer(this.rc.actor).volunteerId);
    const { m, s } = await this.memberInSociety(memberId);
    if (!isSocietyModeratorRole(await this.myRole(s.dbId))) throw forbidden("只有社长或社团管理员才能审核入团申请");
    if (s.status !== "ACTIVE") throw conflict("该社团当前不接受加入");
    const status: SocietyMemberStatus = approve ? "ACTIVE" : "REJECTED";
    if (m.status === status) return m;
    if (m.status !== "PENDING") throw conflict("该入团申请已处理");
    await this.rc.write(async (tx) => {
      await assertRoleIn(tx, s.dbId, me, ["OWNER", "ADMIN"], "只有社长或社团管理员才能审核入团申请");
      const res = await tx.em
        .createQueryBuilder()
        .update(SocietyMember)
        .set({ status, joinedAt: approve ? tx.now : null, decidedById: me, updatedAt: tx.now })
        .where("id = :id AND status = 'PENDING'", { id: m.dbId })
        .execute();
      if (!res.affected) throw conflict("该入团申请已处理");
    });
    this.clear(s.dbId);
    return this.ds.getRepository(SocietyMember).findOneByOrFail({ dbId: m.dbId });
  }

  /** The owner makes a member an admin or a plain member, or hands over ownership (OWNER: the old owner becomes an admin). */
  async setMemberRole(memberId: number, role: SocietyRole): Promise<SocietyMember> {
    const me = Number(requireVolunteer(this.rc.actor).volunteerId);
    const { m, s } = await this.memberInSociety(memberId);
    if ((await this.myRole(s.dbId)) !== "OWNER") throw forbidden("只有社长才能设置成员角色");
    if (s.status !== "ACTIVE") throw conflict("该社团当前不能调整成员角色");
    if (m.status !== "ACTIVE") throw conflict("只能为已加入的成员设置角色");
    if (m.role === role) return m;
    if (m.volunteerId === me) throw conflict("社长不能更改自己的角色；请把社长身份转让给其他成员");
    await this.rc.write(async (tx) => {
      await assertRoleIn(tx, s.dbId, me, ["OWNER"], "只有社长才能设置成员角色");
      const res = await tx.em
        .createQueryBuilder()
        .update(SocietyMember)
        .set({ role, updatedAt: tx.now })
        .where("id = :id AND status = 'ACTIVE' AND role <> 'OWNER'", { id: m.dbId })
        .execute();
      if (!res.affected) throw conflict("该成员状态已变化，请刷新后重试");
      if (role === "OWNER") {
        await tx.em
          .createQueryBuilder()
          .update(SocietyMember)
          .set({ role: "ADMIN", updatedAt: tx.now })
          .where("society_id = :sid AND volunteer_id = :me AND role = 'OWNER'", { sid: s.dbId, me })
          .execute();
        await tx.em.getRepository(Society).update({ dbId: s.dbId }, { ownerId: m.volunteerId, updatedAt: tx.now });
      }
    });
    this.clear(s.dbId);
    return this.ds.getRepository(SocietyMember).findOneByOrFail({ dbId: m.dbId });
  }

  // ---- posts ----

  /** A member posts to an active society's feed; one SOCIETY_POST event per post. A retried `clientPostId` returns the first post. */
  async post(input: SocietyPostInput): Promise<SocietyPost> {
    const me = Number(requireVolunteer(this.rc.actor).volunteerId);
    const clientPostId = cleanClientPostId(input.clientPostId);
    const text = cleanMultilineText(input.text, "text", "动态内容", SOCIETY_POST_TEXT_MAX);
    const imageUrls = cleanImageUrls(input.imageUrls);
    if (!text && !imageUrls.length) throw badInput("请填写动态内容或添加图片", "text");
    const s = await this.requireVisible(input.societyId);
    const repo = this.ds.getRepository(SocietyPost);
    const retried = async () => {
      const first = clientPostId ? await repo.findOneBy({ authorId: me, clientPostId }) : null;
      if (first && first.societyId !== s.dbId) throw conflict("clientPostId 已用于另一个社团的动态", "clientPostId");
      return first;
    };
    const earlier = await retried();
    if (earlier) return earlier;
    if (s.status !== "ACTIVE") throw conflict("该社团当前不能发布动态");
    if (!(await this.myRole(s.dbId))) throw forbidden("只有社团成员才能发布动态");
    const authorRegionCode = (await this.rc.loaders(createVolunteerLoaders).byId.load(me))?.regionCode ?? null;
    try {
      return await this.rc.write(async (tx) => {
        await assertRoleIn(tx, s.dbId, me, ["OWNER", "ADMIN", "MEMBER"], "只有社团成员才能发布动态");
        const p = repo.create({
          societyId: s.dbId,
          authorId: me,
          text,
          imageUrls,
          clientPostId,
          hiddenAt: null,
          hiddenById: null,
          hideReason: null,
          createdAt: tx.now,
        });
        await tx.em.getRepository(SocietyPost).insert(p);
        await tx.emit(societyPosted(p, s, authorRegionCode));
        return p;
      });
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
      const raced = await retried();
      if (!raced) throw err;
      return raced;
    }
  }

  /** The post and its society as the caller may see them; NOT_FOUND otherwise. */
  private async postInSociety(postId: number): Promise<{ p: SocietyPost; s: Society }> {
    const p = await this.findVisiblePost(postId);
    const s = p && (await this.loaders.byId.load(p.societyId));
    if (!p || !s) throw notFound("动态不存在");
    return { p, s };
  }

  /** Society owners/admins and governing staff hide a post, with a reason; hiding twice is harmless. */
  async hidePost(postId: number, rawReason: string | null | undefined): Promise<SocietyPost> {
    const { p, s } = await this.postInSociety(postId);
    if (!(await this.canModerate(s))) throw forbidden("只有社长、社团管理员或管辖该地区的管理员才能屏蔽动态");
    const reason = cleanMultilineText(rawReason, "reason", "屏蔽理由", SOCIETY_HIDE_REASON_MAX);
    if (!reason) throw badInput("屏蔽动态须填写理由", "reason");
    if (p.hiddenAt) return p;
    const hiddenById = this.me;
    await this.rc.write((tx) =>
      tx.em
        .createQueryBuilder()
        .update(SocietyPost)
        .set({ hiddenAt: tx.now, hiddenById, hideReason: reason })
        .where("id = :id AND hidden_at IS NULL", { id: p.dbId })
        .execute(),
    );
    this.loaders.postById.clear(p.dbId);
    return this.ds.getRepository(SocietyPost).findOneByOrFail({ dbId: p.dbId });
  }

  /** Moderators put a hidden post back. */
  async unhidePost(postId: number): Promise<SocietyPost> {
    const { p, s } = await this.postInSociety(postId);
    if (!(await this.canModerate(s))) throw forbidden("只有社长、社团管理员或管辖该地区的管理员才能恢复动态");
    if (!p.hiddenAt) return p;
    await this.rc.write((tx) =>
      tx.em
        .createQueryBuilder()
        .update(SocietyPost)
        .set({ hiddenAt: null, hiddenById: null, hideReason: null })
        .where("id = :id", { id: p.dbId })
        .execute(),
    );
    this.loaders.postById.clear(p.dbId);
    return this.ds.getRepository(SocietyPost).findOneByOrFail({ dbId: p.dbId });
  }

  /** After a write: this request's cached reads of the society and the caller's membership are stale. */
  private clear(societyId: number): void {
    const l = this.loaders;
    l.byId.clear(societyId);
    l.memberById.clearAll();
    l.memberCount.clearAll();
    l.memberPage.clearAll();
    if (this.me !== null) l.membership.clear({ societyId, volunteerId: this.me });
  }
}

/** Re-checks, inside the write, that the society is still active and the caller still holds a role, so neither is used stale. */
async function assertRoleIn(tx: Tx, societyId: number, volunteerId: number, roles: SocietyRole[], message: string): Promise<void> {
  if ((await societyStatusOf(tx.em, societyId)) !== "ACTIVE") throw conflict("该社团当前不可操作");
  const role = await societyRoleOf(tx.em, societyId, volunteerId);
  if (!role || !roles.includes(role)) throw forbidden(message);
}

function requireVolunteerOrSystem(rc: RequestContext): "system" | "volunteer" {
  if (rc.actor.kind === "system") return "system";
  requireVolunteer(rc.actor);
  return "volunteer";
}
