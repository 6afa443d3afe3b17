import { isIP } from "node:net";
import { type DataSource, EntityManager, In } from "typeorm";
import { dialectOf } from "../../db/data-source.js";
import { LoginThrottle } from "./login-throttle.entity.js";

export interface ThrottlePolicy {
  /** Attempts allowed per window (reserved before the password is checked; a success gives its own back). */
  max: number;
  windowMs: number;
  /** Once the window is full, refuse until at least this long after the attempt that filled it (0: until the window ends). */
  lockMs: number;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/**
 * - `loginPhoneAddress`: 5 wrong passwords for one phone from one client address in 15 minutes lock
 *   that pair for 15 minutes. Someone guessing elsewhere cannot lock the owner out.
 * - `loginPhone`: at most 50 wrong passwords per phone per day from all addresses together (the
 *   ceiling for a guesser with many addresses). An address the account has signed in from in the
 *   last 30 days is not held by it, so a distributed attacker cannot lock the owner out either.
 * - `loginAddress`: 30 wrong passwords from one address in 15 minutes lock that address for 15
 *   minutes (spraying many phones). A successful login gives its attempt back, so a shared NAT
 *   with many honest users is not locked by their successes.
 * - `register`: 20 registration attempts per address per hour (phone enumeration and account
 *   spam); above the 10 one might pick because a training session registers a room at once.
 *   The limit is configuration (`REGISTER_LIMIT_PER_HOUR`, 0 = off), for bulk sign-ups on site.
 * Addresses are per IPv4 address and per IPv6 /64 (one subscriber's prefix).
 */
export const throttlePolicies = {
  loginPhoneAddress: { max: 5, windowMs: 15 * MINUTE, lockMs: 15 * MINUTE },
  loginPhone: { max: 50, windowMs: 24 * HOUR, lockMs: 0 },
  loginAddress: { max: 30, windowMs: 15 * MINUTE, lockMs: 15 * MINUTE },
  register: { max: 20, windowMs: HOUR, lockMs: 0 },
} satisfies Record<string, ThrottlePolicy>;

export type ThrottleScope = keyof typeof throttlePolicies;

export interface ThrottleKey {
  scope: ThrottleScope;
  key: string;
  /** overrides the scope's default policy (a configured limit) */
  policy?: ThrottlePolicy;
}

/** Longest a row can matter: rows older than this (and not locked) are stale for every policy. */
export const THROTTLE_ROW_TTL_MS = Math.max(...Object.values(throttlePolicies).map((p: ThrottlePolicy) => p.windowMs + p.lockMs));

const KEY_MAX = 100;
const k = (scope: ThrottleScope, key: string): ThrottleKey => ({ scope, key: key.slice(0, KEY_MAX) });

/** The row keys. `address` is `clientAddressKey(ip)`; null when the caller's address is unknown (CLI, tests without HTTP). */
export const throttleKeys = {
  loginPhoneAddress: (phone: string, address: string | null) => k("loginPhoneAddress", `login:pa:${phone}|${address ?? "-"}`),
  loginPhone: (phone: string) => k("loginPhone", `login:p:${phone}`),
  loginAddress: (address: string) => k("loginAddress", `login:a:${address}`),
  register: (address: string, max: number = throttlePolicies.register.max) => ({
    ...k("register", `register:a:${address}`),
    policy: { ...throttlePolicies.register, max },
  }),
};

/**
 * The address a throttle counts: IPv4 as is (also when IPv4-mapped), IPv6 reduced to its /64, so
 * rotating through one's own prefix does not reset the counters. Null for no or unparseable input.
 */
export function clientAddressKey(ip: string | null | undefined): string | null {
  if (!ip) return null;
  let a = ip.trim().toLowerCase();
  const zone = a.indexOf("%");
  if (zone >= 0) a = a.slice(0, zone);
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(a);
  if (mapped) a = mapped[1];
  const kind = isIP(a);
  if (kind === 4) return a;
  if (kind !== 6) return a.replace(/[^0-9a-z.:_-]/g, "").slice(0, 45) || null;
  const [head, tail = ""] = a.split("::");
  const groups = (s: string) => (s ? s.split(":").flatMap((g) => (g.includes(".") ? ["0", "0"] : [g])) : []);
  const left = groups(head);
  const right = a.includes("::") ? groups(tail) : [];
  const full = [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill("0"), ...right];
  return `${full
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ""))
    .join(":")}::/64`;
}

/** A refused reservation: which policy refused and when to try again. */
export class ThrottleRefusal extends Error {
  constructor(
    readonly scope: ThrottleScope,
    readonly retryAfterSeconds: number,
  ) {
    super(`throttled: ${scope}`);
    this.name = "ThrottleRefusal";
  }
}

/** Attempts taken by `reserve`, to give back (`release`) when they turn out not to be failures. */
export interface Reservation {
  keys: ThrottleKey[];
  at: Date;
}

/** MariaDB deadlock / lock wait timeout: safe to retry a single-row autocommit statement. */
const RETRYABLE = new Set(["ER_LOCK_DEADLOCK", "ER_LOCK_WAIT_TIMEOUT"]);

/** UTC `YYYY-MM-DD HH:MM:SS.mmm`, the way both drivers store DATETIME(3) (and compare it). */
const sqlTime = (d: Date) => d.toISOString().replace("T", " ").replace("Z", "");

/**
 * Attempt counters that cannot be outrun. `reserve` takes one attempt under every key with a
 * single conditional statement per key, *before* the password is checked:
 *
 *   UPDATE login_throttle SET locked_until = …, attempts = …, window_started_at = …
 *    WHERE key = ? AND (locked_until IS NULL OR locked_until <= now)
 *      AND (window_started_at <= now − window OR attempts < max)
 *
 * and, when no row exists yet, `INSERT OR IGNORE` (SQLite) / `INSERT IGNORE` (MariaDB) of a row
 * with attempts = 1, then the UPDATE once more if another request inserted it first. Each
 * statement is atomic on its own (SQLite: one writer; InnoDB: the row's X lock), so however many
 * requests race, at most `max` of them see an affected row, across processes and replicas.
 */
export class LoginThrottleService {
  private readonly keyColumn: string;
  private readonly insertIgnore: string;

  constructor(private readonly ds: DataSource) {
    this.keyColumn = ds.driver.escape("key");
    this.insertIgnore = dialectOf(ds) === "mariadb" ? "INSERT IGNORE INTO" : "INSERT OR IGNORE INTO";
  }

  /**
   * Takes one attempt under every key, in order, or none: on a refusal the attempts already taken
   * are given back and ThrottleRefusal says which policy refused and for how long.
   */
  async reserve(keys: ThrottleKey[], now = new Date()): Promise<Reservation> {
    const taken: ThrottleKey[] = [];
    for (const key of keys) {
      if (await this.take(key, now)) {
        taken.push(key);
        continue;
      }
      const retryAfterSeconds = await this.retryAfterSeconds(key, now);
      await this.release({ keys: taken, at: now });
      throw new ThrottleRefusal(key.scope, retryAfterSeconds);
    }
    return { keys, at: now };
  }

  /** Gives the reserved attempts back (a success, or an attempt that was never checked). */
  async release(reservation: Reservation, only?: (key: ThrottleKey) => boolean): Promise<void> {
    const keys = reservation.keys.filter((key) => !only || only(key)).map((key) => key.key);
    if (!keys.length) return;
    // Only while the window it was taken in lasts: a newer window (started after `at`) is left alone.
    await this.run(
      `UPDATE login_throttle SET locked_until = NULL, attempts = attempts - 1
        WHERE ${this.keyColumn} IN (${keys.map(() => "?").join(", ")}) AND attempts > 0 AND window_started_at <= ?`,
      [...keys, sqlTime(reservation.at)],
    );
  }

  /** Forgets a counter (a successful login clears its own phone+address pair). */
  async clear(key: ThrottleKey): Promise<void> {
    await this.ds.getRepository(LoginThrottle).delete({ key: key.key });
  }

  /** The keys among `keys` that are full now, with when they open again: for the "login_locked" log line. */
  async fullKeys(keys: ThrottleKey[], now = new Date()): Promise<{ scope: ThrottleScope; until: Date }[]> {
    if (!keys.length) return [];
    const rows = await this.ds.getRepository(LoginThrottle).findBy({ key: In(keys.map((key) => key.key)) });
    const out: { scope: ThrottleScope; until: Date }[] = [];
    for (const key of keys) {
      const row = rows.find((r) => r.key === key.key);
      const until = row && openAt(row, key.policy ?? throttlePolicies[key.scope], now);
      if (until) out.push({ scope: key.scope, until });
    }
    return out;
  }

  private async take(key: ThrottleKey, now: Date): Promise<boolean> {
    const p: ThrottlePolicy = key.policy ?? throttlePolicies[key.scope];
    const at = sqlTime(now);
    const windowCutoff = sqlTime(new Date(now.getTime() - p.windowMs));
    const lockUntil = p.lockMs > 0 ? sqlTime(new Date(now.getTime() + p.lockMs)) : null;
    // Assignment order matters on MariaDB, which evaluates SET left to right with the new values:
    // each expression reads only columns assigned after it, so both dialects see the old row.
    const update = () =>
      this.run(
        `UPDATE login_throttle SET
          locked_until = CASE WHEN (CASE WHEN window_started_at <= ? THEN 0 ELSE attempts END) + 1 >= ? THEN ? ELSE NULL END,
          attempts = CASE WHEN window_started_at <= ? THEN 1 ELSE attempts + 1 END,
          window_started_at = CASE WHEN window_started_at <= ? THEN ? ELSE window_started_at END
        WHERE ${this.keyColumn} = ?
          AND (locked_until IS NULL OR locked_until <= ?)
          AND (window_started_at <= ? OR attempts < ?)`,
        [windowCutoff, p.max, lockUntil, windowCutoff, windowCutoff, at, key.key, at, windowCutoff, p.max],
      );
    if ((await update()) > 0) return true;
    const inserted = await this.run(
      `${this.insertIgnore} login_throttle (${this.keyColumn}, attempts, window_started_at, locked_until) VALUES (?, 1, ?, ?)`,
      [key.key, at, p.max <= 1 ? lockUntil : null],
    );
    if (inserted > 0) return true;
    // The row exists: it was inserted by a parallel request after our UPDATE, or the key is full.
    return (await update()) > 0;
  }

  private async retryAfterSeconds(key: ThrottleKey, now: Date): Promise<number> {
    const row = await this.ds.getRepository(LoginThrottle).findOneBy({ key: key.key });
    const policy = key.policy ?? throttlePolicies[key.scope];
    const until = row ? openAt(row, policy, now) : null;
    // A concurrent request may have opened the window a few ms after this one's `now`: never promise more than the policy's span.
    const longest = Math.ceil((policy.windowMs + policy.lockMs) / 1000);
    return Math.min(longest, Math.max(1, Math.ceil(((until?.getTime() ?? now.getTime()) - now.getTime()) / 1000)));
  }

  /** Runs one statement on its own (autocommit) and returns the rows it changed. */
  private async run(sql: string, params: unknown[]): Promise<number> {
    for (let attempt = 1; ; attempt++) {
      const qr = this.ds.createQueryRunner();
      try {
        const result = await qr.query(sql, params, true);
        return result.affected ?? 0;
      } catch (err) {
        const code = (err as { driverError?: { code?: string } }).driverError?.code;
        if (attempt >= 3 || !code || !RETRYABLE.has(code)) throw err;
      } finally {
        await qr.release();
      }
    }
  }
}

/** When a full key opens again; null when it is not full. */
function openAt(row: LoginThrottle, p: ThrottlePolicy, now: Date): Date | null {
  const locked = row.lockedUntil && row.lockedUntil.getTime() > now.getTime() ? row.lockedUntil.getTime() : 0;
  const windowEnd = row.windowStartedAt.getTime() + p.windowMs;
  const full = row.attempts >= p.max && windowEnd > now.getTime() ? windowEnd : 0;
  const until = Math.max(locked, full);
  return until > 0 ? new Date(until) : null;
}

/**
 * Clears every login counter of a phone (all its phone+address pairs and its daily ceiling), and
 * optionally an address's login counter. Returns the rows removed. For `unlock` and `create-admin`.
 */
export async function clearLoginLocks(db: DataSource | EntityManager, phone: string, address?: string | null): Promise<number> {
  const key = (db instanceof EntityManager ? db.connection : db).driver.escape("key");
  const qb = db
    .getRepository(LoginThrottle)
    .createQueryBuilder()
    .delete()
    .where(`${key} = :p OR ${key} LIKE :pa`, { p: throttleKeys.loginPhone(phone).key, pa: `login:pa:${phone}|%` });
  if (address) qb.orWhere(`${key} = :a`, { a: throttleKeys.loginAddress(address).key });
  const res = await qb.execute();
  return res.affected ?? 0;
}
