import { randomBytes } from "node:crypto";
import { assertPassword, cleanText, normalizePhone } from "@kepu/domain";
import type { DataSource } from "typeorm";
import { hashPassword, verifyPassword, DUMMY_HASH } from "../../auth/password.js";
import type { Secrets } from "../../auth/secrets.js";
import { signToken, verifyToken } from "../../auth/token.js";
import { actorOf, type Viewer } from "../../auth/viewer.js";
import type { RequestMeta } from "../../graphql/context.js";
import { appError } from "../../graphql/errors.js";
import { isUniqueViolation } from "../../db/unique-violation.js";
import { Volunteer } from "../volunteer/volunteer.entity.js";
import { LoginThrottleService, type ThrottleKey } from "./login-throttle.service.js";
import { Session } from "./session.entity.js";

export const SESSION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

export interface AuthResult {
  token: string;
  expiresAt: Date;
  volunteer: Volunteer;
  sessionId: string;
}

export class AuthService {
  constructor(
    private readonly ds: DataSource,
    private readonly secrets: Secrets,
    private readonly meta: Partial<RequestMeta> = {},
  ) {}

  async register(input: { phone: string; password: string; nickname?: string | null }): Promise<AuthResult> {
    const phone = normalizePhone(input.phone);
    assertPassword(input.password, phone);
    const nickname = cleanText(input.nickname, "nickname", "昵称", 32);
    const repo = this.ds.getRepository(Volunteer);
    if (await repo.existsBy({ phone })) throw appError("CONFLICT", "该手机号已注册，请直接登录", { field: "phone" });
    const now = new Date();
    const volunteer = repo.create({
      phone, passwordHash: await hashPassword(input.password), nickname, tier: "INDIVIDUAL", managedRegionCode: null,
      realName: null, idNumberSealed: null, idNumberHash: null, idNumberMasked: null, regionCode: null, workUnit: null,
      certifiedAt: null, createdAt: now, updatedAt: now,
    });
    try {
      await repo.insert(volunteer);
    } catch (err) {
      if (isUniqueViolation(err)) throw appError("CONFLICT", "该手机号已注册，请直接登录", { field: "phone" });
      throw err;
    }
    return this.openSession(volunteer);
  }

  async login(rawPhone: string, password: string): Promise<AuthResult> {
    const throttle = new LoginThrottleService(this.ds);
    let phone: string;
    try {
      phone = normalizePhone(rawPhone);
    } catch {
      phone = rawPhone.replace(/\D/g, "").slice(0, 20) || "invalid";
    }
    const keys: ThrottleKey[] = [{ kind: "phone", value: phone }, ...(this.meta.ip ? [{ kind: "ip" as const, value: this.meta.ip }] : [])];
    await throttle.assertAllowed(keys);
    const volunteer = await this.ds.getRepository(Volunteer).findOneBy({ phone });
    // Verify even for unknown phones so response time does not reveal which numbers have accounts.
    const ok = await verifyPassword(password, volunteer?.passwordHash ?? DUMMY_HASH);
    if (!volunteer || !ok) {
      await throttle.recordFailure(keys);
      throw appError("UNAUTHENTICATED", "手机号或密码错误");
    }
    await throttle.reset({ kind: "phone", value: phone });
    return this.openSession(volunteer);
  }

  async logout(viewer: Viewer): Promise<void> {
    await this.ds.getRepository(Session).update({ id: viewer.sessionId }, { revokedAt: new Date() });
  }

  /** Changing the password ends every session of the person, then opens a fresh one for this client. */
  async changePassword(viewer: Viewer, oldPassword: string, newPassword: string): Promise<AuthResult> {
    const volunteer = await this.ds.getRepository(Volunteer).findOneByOrFail({ dbId: viewer.volunteer.dbId });
    // Guessing the old password through a stolen session counts against the same lock as logins.
    const throttle = new LoginThrottleService(this.ds);
    const key: ThrottleKey = { kind: "phone", value: volunteer.phone };
    await throttle.assertAllowed([key]);
    if (!(await verifyPassword(oldPassword, volunteer.passwordHash))) {
      await throttle.recordFailure([key]);
      throw appError("BAD_USER_INPUT", "原密码不正确", { field: "oldPassword" });
    }
    assertPassword(newPassword, volunteer.phone, "newPassword");
    if (oldPassword === newPassword) throw appError("BAD_USER_INPUT", "新密码不能与原密码相同", { field: "newPassword" });
    volunteer.passwordHash = await hashPassword(newPassword);
    volunteer.updatedAt = new Date();
    await this.ds.transaction(async (em) => {
      await em.getRepository(Volunteer).update({ dbId: volunteer.dbId }, { passwordHash: volunteer.passwordHash, updatedAt: volunteer.updatedAt });
      await em.createQueryBuilder().update(Session).set({ revokedAt: new Date() })
        .where("volunteer_id = :id AND revoked_at IS NULL", { id: volunteer.dbId }).execute();
    });
    return this.openSession(volunteer);
  }

  async openSession(volunteer: Volunteer): Promise<AuthResult> {
    const now = Date.now();
    const session = this.ds.getRepository(Session).create({
      id: randomBytes(16).toString("hex"),
      volunteerId: volunteer.dbId,
      createdAt: new Date(now),
      expiresAt: new Date(now + SESSION_TTL_MS),
      revokedAt: null,
      userAgent: this.meta.userAgent?.slice(0, 200) ?? null,
      ip: this.meta.ip?.slice(0, 45) ?? null,
    });
    await this.ds.getRepository(Session).insert(session);
    const token = signToken({ sub: String(volunteer.dbId), sid: session.id, iat: Math.floor(now / 1000), exp: Math.floor(session.expiresAt.getTime() / 1000) }, this.secrets.jwtSecret);
    return { token, expiresAt: session.expiresAt, volunteer, sessionId: session.id };
  }

  /** The viewer behind a bearer token; throws UNAUTHENTICATED for a bad, expired or revoked one. */
  async resolveViewer(token: string): Promise<Viewer> {
    const claims = verifyToken(token, this.secrets.jwtSecret);
    const expired = () => appError("UNAUTHENTICATED", "登录已失效，请重新登录", { http: { status: 401 } });
    if (!claims) throw expired();
    const session = await this.ds.getRepository(Session).findOneBy({ id: claims.sid });
    if (!session || session.revokedAt || session.expiresAt.getTime() <= Date.now() || String(session.volunteerId) !== claims.sub) throw expired();
    const volunteer = await this.ds.getRepository(Volunteer).findOneBy({ dbId: session.volunteerId });
    if (!volunteer) throw expired();
    return { kind: "session", volunteer, sessionId: session.id, actor: actorOf(volunteer) };
  }
}
