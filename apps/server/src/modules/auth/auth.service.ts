import { randomBytes } from "node:crypto";
import { assertPassword, cleanText, DomainError, maskPhone, normalizePhone, type VolunteerActor } from "@kepu/domain";
import type { DataSource } from "typeorm";
import type { ColumnMetadata } from "typeorm/metadata/ColumnMetadata.js";
import {
  dummyHash,
  hashAlgorithmOf,
  hashPassword,
  HashQueueFullError,
  needsRehash,
  passwordAdmission,
  verifyPassword,
} from "../../security/password.js";
import type { Secrets } from "../../security/secrets.js";
import { signToken, verifyToken } from "../../security/token.js";
import type { RequestContext } from "../../platform/request-context.js";
import { requireVolunteer } from "../../platform/actor-guards.js";
import { type SessionActorRow, sessionActor } from "./session-actor.js";
import { isUniqueViolation } from "../../db/unique-violation.js";
import { readRows } from "../../db/read-rows.js";
import type { Logger } from "../../logger.js";
import { registerVolunteer } from "../volunteer/register-volunteer.js";
import { Volunteer } from "../volunteer/volunteer.entity.js";
import {
  clientAddressKey,
  LoginThrottleService,
  type Reservation,
  type ThrottleKey,
  throttleKeys,
  ThrottleRefusal,
  type ThrottleScope,
} from "./login-throttle.service.js";
import { Session } from "./session.entity.js";

export const SESSION_TTL_MS = 7 * 24 * 60 * 60 * 1000;
/** An address the account signed in from this recently is not held by the per-phone daily ceiling. */
export const KNOWN_ADDRESS_MS = 30 * 24 * 60 * 60 * 1000;
/** What a client is told to wait when the hashing queue is full. */
const BUSY_RETRY_SECONDS = 2;

export interface AuthResult {
  token: string;
  expiresAt: Date;
  volunteer: Volunteer;
  sessionId: string;
}

/** Security events in the log: one pino line each, `event` plus a masked account and the client address; never a password. */
export type SecurityEvent =
  | "login_failed"
  | "login_locked"
  | "login_rate_limited"
  | "login_busy"
  | "password_rehashed"
  | "password_change_failed"
  | "password_change_rate_limited"
  | "password_change_busy"
  | "register_conflict"
  | "register_rate_limited"
  | "register_busy";

/** 138****1234 for a phone; the digits someone typed, masked the same way, for a malformed one. */
const maskAccount = (digits: string) => (digits.length >= 7 ? maskPhone(digits) : "***");

function waitText(seconds: number): string {
  if (seconds < 60) return `${seconds} 秒`;
  if (seconds < 3600) return `${Math.ceil(seconds / 60)} 分钟`;
  return `${Math.ceil(seconds / 3600)} 小时`;
}

const refusalMessages: Record<ThrottleScope, (wait: string) => string> = {
  loginPhoneAddress: (wait) => `登录失败次数过多，请 ${wait}后再试`,
  loginAddress: (wait) => `当前网络登录失败次数过多，请 ${wait}后再试`,
  loginPhone: (wait) => `该账号今日登录失败次数过多，请 ${wait}后再试，或联系管理员解锁`,
  register: (wait) => `注册过于频繁，请 ${wait}后再试`,
};

const rateLimited = (r: ThrottleRefusal) =>
  new DomainError("RATE_LIMITED", refusalMessages[r.scope](waitText(r.retryAfterSeconds)), undefined, {
    retryAfterSeconds: r.retryAfterSeconds,
  });
const busy = () =>
  new DomainError("RATE_LIMITED", `登录人数过多，服务器繁忙，请 ${BUSY_RETRY_SECONDS} 秒后再试`, undefined, {
    retryAfterSeconds: BUSY_RETRY_SECONDS,
  });

/** A session token's holder, as authority needs it. */
export interface ResolvedSession {
  actor: VolunteerActor;
  sessionId: string;
}

export class AuthService {
  private readonly ds: DataSource;
  private readonly secrets: Secrets;
  private readonly meta: { ip: string | null; userAgent: string | null };

  constructor(private readonly rc: RequestContext) {
    this.ds = rc.ds;
    this.secrets = rc.app.secrets;
    this.meta = rc.client;
  }

  private get logger(): Logger {
    return this.rc.logger;
  }

  /**
   * Throttled per client address (`REGISTER_LIMIT_PER_HOUR`), and the answer for a phone that
   * is already registered costs what a registration costs (the password is hashed first), so
   * register cannot be used to test which numbers have accounts quickly.
   */
  async register(input: { phone: string; password: string; nickname?: string | null }): Promise<AuthResult> {
    const phone = normalizePhone(input.phone);
    assertPassword(input.password, phone);
    const nickname = cleanText(input.nickname, "nickname", "昵称", 32);
    const log = { account: maskAccount(phone) };
    return this.admitted("register_busy", log, () => this.registerAdmitted(phone, input.password, nickname, log));
  }

  private async registerAdmitted(
    phone: string,
    password: string,
    nickname: string | null,
    log: Record<string, unknown>,
  ): Promise<AuthResult> {
    const limit = this.rc.app.config.registerLimitPerHour;
    const address = limit > 0 ? clientAddressKey(this.meta.ip) : null;
    const throttle = new LoginThrottleService(this.ds);
    let reservation: Reservation | null = null;
    if (address) {
      try {
        reservation = await throttle.reserve([throttleKeys.register(address, limit)]);
      } catch (err) {
        if (!(err instanceof ThrottleRefusal)) throw err;
        this.security("info", "register_rate_limited", { ...log, retryAfterSeconds: err.retryAfterSeconds });
        throw rateLimited(err);
      }
    }
    let passwordHash: string;
    try {
      passwordHash = await hashPassword(password);
    } catch (err) {
      if (!(err instanceof HashQueueFullError)) throw err;
      if (reservation) await throttle.release(reservation);
      this.security("info", "register_busy", log);
      throw busy();
    }
    const repo = this.ds.getRepository(Volunteer);
    const conflict = () => {
      this.security("info", "register_conflict", log);
      return new DomainError("CONFLICT", "该手机号已注册，请直接登录", "phone");
    };
    if (await repo.existsBy({ phone })) throw conflict();
    let volunteer: Volunteer;
    try {
      volunteer = await this.rc.write((tx) => registerVolunteer(tx, { phone, passwordHash, nickname }));
    } catch (err) {
      if (isUniqueViolation(err)) throw conflict();
      throw err;
    }
    return this.openSession(volunteer);
  }

  /**
   * One attempt is reserved under (phone, address), the address and the phone's daily ceiling
   * BEFORE the password is checked (login-throttle.service.ts), so parallel guesses can never
   * check more passwords than the limits; a success clears its (phone, address) counter and gives
   * the other two their attempt back. Unknown phones cost the same (a dummy hash is verified) and
   * are throttled alike. An old scrypt hash is replaced by an Argon2id one on success.
   */
  async login(rawPhone: string, password: string): Promise<AuthResult> {
    let phone: string;
    try {
      phone = normalizePhone(rawPhone);
    } catch {
      phone = rawPhone.replace(/\D/g, "").slice(0, 20) || "invalid";
    }
    const log = { account: maskAccount(phone) };
    return this.admitted("login_busy", log, () => this.loginAdmitted(phone, password, log));
  }

  /** Runs a password operation if the hashing queue can take it; otherwise RATE_LIMITED (busy) before any database work. */
  private async admitted<T>(event: SecurityEvent, log: Record<string, unknown>, work: () => Promise<T>): Promise<T> {
    try {
      return await passwordAdmission().run(work);
    } catch (err) {
      if (!(err instanceof HashQueueFullError)) throw err;
      this.security("info", event, log);
      throw busy();
    }
  }

  private async loginAdmitted(phone: string, password: string, log: Record<string, unknown>): Promise<AuthResult> {
    const volunteer = await this.ds.getRepository(Volunteer).findOneBy({ phone });
    const address = clientAddressKey(this.meta.ip);
    const throttle = new LoginThrottleService(this.ds);
    const pair = throttleKeys.loginPhoneAddress(phone, address);
    const keys = [pair, ...(address ? [throttleKeys.loginAddress(address)] : []), throttleKeys.loginPhone(phone)];
    const reservation = await this.reserveLogin(throttle, keys, volunteer, log);
    let ok: boolean;
    try {
      // Verify even for unknown phones so response time does not reveal which numbers have accounts.
      ok = await verifyPassword(password, volunteer?.passwordHash ?? dummyHash());
    } catch (err) {
      await throttle.release(reservation); // never checked: not a failure
      if (!(err instanceof HashQueueFullError)) throw err;
      this.security("info", "login_busy", log);
      throw busy();
    }
    if (!volunteer || !ok) {
      this.security("info", "login_failed", { ...log, reason: volunteer ? "wrong_password" : "unknown_account" });
      for (const lock of await throttle.fullKeys(reservation.keys)) {
        this.security("warn", "login_locked", { ...log, scope: lock.scope, until: lock.until.toISOString() });
      }
      throw new DomainError("UNAUTHENTICATED", "手机号或密码错误");
    }
    await throttle.clear(pair);
    await throttle.release(reservation, (k) => k.key !== pair.key);
    await this.upgradeHash(volunteer, password, log);
    return this.openSession(volunteer);
  }

  /** Reserves the login attempt; the per-phone ceiling does not hold an address the account recently signed in from. */
  private async reserveLogin(
    throttle: LoginThrottleService,
    keys: ThrottleKey[],
    volunteer: Volunteer | null,
    log: Record<string, unknown>,
  ): Promise<Reservation> {
    let refusal: ThrottleRefusal;
    try {
      return await throttle.reserve(keys);
    } catch (err) {
      if (!(err instanceof ThrottleRefusal)) throw err;
      refusal = err;
    }
    if (refusal.scope === "loginPhone" && volunteer && this.meta.ip && (await this.signedInFrom(volunteer.dbId, this.meta.ip))) {
      try {
        return await throttle.reserve(keys.filter((k) => k.scope !== "loginPhone"));
      } catch (err) {
        if (!(err instanceof ThrottleRefusal)) throw err;
        refusal = err;
      }
    }
    this.security("info", "login_rate_limited", { ...log, scope: refusal.scope, retryAfterSeconds: refusal.retryAfterSeconds });
    throw rateLimited(refusal);
  }

  private async signedInFrom(volunteerId: number, ip: string, now = new Date()): Promise<boolean> {
    return this.ds
      .getRepository(Session)
      .createQueryBuilder("s")
      .where("s.volunteerId = :volunteerId AND s.ip = :ip AND s.createdAt > :since", {
        volunteerId,
        ip,
        since: new Date(now.getTime() - KNOWN_ADDRESS_MS),
      })
      .getExists();
  }

  /** Replaces a hash of older algorithm or parameters; a busy queue or a lost race just leaves it for next time. */
  private async upgradeHash(volunteer: Volunteer, password: string, log: Record<string, unknown>): Promise<void> {
    if (!needsRehash(volunteer.passwordHash)) return;
    const old = volunteer.passwordHash;
    try {
      const fresh = await hashPassword(password);
      // Only if nobody changed the password meanwhile.
      const res = await this.ds.getRepository(Volunteer).update({ dbId: volunteer.dbId, passwordHash: old }, { passwordHash: fresh });
      if (res.affected) {
        volunteer.passwordHash = fresh;
        this.security("info", "password_rehashed", { ...log, from: hashAlgorithmOf(old), to: hashAlgorithmOf(fresh) });
      }
    } catch (err) {
      if (!(err instanceof HashQueueFullError)) this.logger?.warn({ err, ...log }, "password rehash failed; the old hash stays");
    }
  }

  private security(level: "info" | "warn", event: SecurityEvent, fields: Record<string, unknown>): void {
    this.logger?.[level]({ event, ...fields, ip: this.meta.ip ?? null }, `security: ${event}`);
  }

  /** Ends the session this request came with. */
  async logout(): Promise<void> {
    requireVolunteer(this.rc.actor);
    if (!this.rc.sessionId) throw new DomainError("UNAUTHENTICATED", "请先登录");
    await this.ds.getRepository(Session).update({ id: this.rc.sessionId }, { revokedAt: new Date() });
  }

  /** Changing the password ends every session of the person, then opens a fresh one for this client. */
  async changePassword(oldPassword: string, newPassword: string): Promise<AuthResult> {
    const volunteer = await this.ds.getRepository(Volunteer).findOneByOrFail({ dbId: Number(requireVolunteer(this.rc.actor).volunteerId) });
    const log = { account: maskAccount(volunteer.phone) };
    return this.admitted("password_change_busy", log, () => this.changePasswordAdmitted(volunteer, oldPassword, newPassword, log));
  }

  private async changePasswordAdmitted(
    volunteer: Volunteer,
    oldPassword: string,
    newPassword: string,
    log: Record<string, unknown>,
  ): Promise<AuthResult> {
    // Guessing the old password through a stolen session counts against the same limits as logins.
    const throttle = new LoginThrottleService(this.ds);
    const pair = throttleKeys.loginPhoneAddress(volunteer.phone, clientAddressKey(this.meta.ip));
    let reservation: Reservation;
    try {
      reservation = await throttle.reserve([pair, throttleKeys.loginPhone(volunteer.phone)]);
    } catch (err) {
      if (!(err instanceof ThrottleRefusal)) throw err;
      this.security("info", "password_change_rate_limited", { ...log, scope: err.scope, retryAfterSeconds: err.retryAfterSeconds });
      throw rateLimited(err);
    }
    let ok: boolean;
    try {
      ok = await verifyPassword(oldPassword, volunteer.passwordHash);
    } catch (err) {
      await throttle.release(reservation);
      if (!(err instanceof HashQueueFullError)) throw err;
      throw busy();
    }
    if (!ok) {
      this.security("info", "password_change_failed", log);
      for (const lock of await throttle.fullKeys(reservation.keys)) {
        this.security("warn", "login_locked", { ...log, scope: lock.scope, until: lock.until.toISOString() });
      }
      throw new DomainError("BAD_USER_INPUT", "原密码不正确", "oldPassword");
    }
    await throttle.clear(pair);
    await throttle.release(reservation, (k) => k.key !== pair.key);
    assertPassword(newPassword, volunteer.phone, "newPassword");
    if (oldPassword === newPassword) throw new DomainError("BAD_USER_INPUT", "新密码不能与原密码相同", "newPassword");
    volunteer.passwordHash = await hashPassword(newPassword).catch((err: unknown) => {
      throw err instanceof HashQueueFullError ? busy() : err;
    });
    await this.rc.write(async ({ em, now }) => {
      volunteer.updatedAt = now;
      await em.getRepository(Volunteer).update({ dbId: volunteer.dbId }, { passwordHash: volunteer.passwordHash, updatedAt: now });
      await em
        .createQueryBuilder()
        .update(Session)
        .set({ revokedAt: now })
        .where("volunteer_id = :id AND revoked_at IS NULL", { id: volunteer.dbId })
        .execute();
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
    const token = signToken(
      { sub: String(volunteer.dbId), sid: session.id, iat: Math.floor(now / 1000), exp: Math.floor(session.expiresAt.getTime() / 1000) },
      this.secrets.jwtSecret,
    );
    return { token, expiresAt: session.expiresAt, volunteer, sessionId: session.id };
  }

  /**
   * The holder of a bearer token; throws UNAUTHENTICATED for a bad, expired or revoked one. One
   * indexed JOIN (session by primary key, volunteer by primary key) reads only what authority needs:
   * never the password hash or personal data; `me` and other fields load the volunteer through its loader.
   */
  async resolveSession(token: string): Promise<ResolvedSession> {
    const claims = verifyToken(token, this.secrets.jwtSecret);
    const expired = () => new DomainError("UNAUTHENTICATED", "登录已失效，请重新登录");
    if (!claims) throw expired();
    const rows = await readRows<SessionRow>(this.ds, SESSION_SQL, [claims.sid]);
    const row = rows[0];
    if (!row || String(row.volunteerId) !== claims.sub) throw expired();
    const expiresAt = this.ds.driver.prepareHydratedValue(row.expiresAt, sessionExpiresColumn(this.ds)) as Date;
    if (expiresAt.getTime() <= Date.now()) throw expired();
    return { sessionId: claims.sid, actor: sessionActor(row) };
  }
}

/** Revoked sessions never match; expiry is compared in JS (datetime text on SQLite, a Date on MariaDB). */
const SESSION_SQL = `SELECT s.volunteer_id AS volunteerId, s.expires_at AS expiresAt, v.tier AS tier,
  v.managed_region_code AS managedRegionCode, CASE WHEN v.certified_at IS NULL THEN 0 ELSE 1 END AS certified
  FROM session s JOIN volunteer v ON v.id = s.volunteer_id WHERE s.id = ? AND s.revoked_at IS NULL`;

interface SessionRow extends SessionActorRow {
  expiresAt: unknown;
}

const expiresColumns = new WeakMap<DataSource, ColumnMetadata>();
function sessionExpiresColumn(ds: DataSource): ColumnMetadata {
  let column = expiresColumns.get(ds);
  if (!column) expiresColumns.set(ds, (column = ds.getMetadata(Session).findColumnWithPropertyName("expiresAt")!));
  return column;
}
