import type { DataSource } from "typeorm";
import { appError } from "../../graphql/errors.js";
import { dialectOf } from "../../db/data-source.js";
import { LoginThrottle } from "./login-throttle.entity.js";

interface Policy { max: number; windowMs: number; lockMs: number }

/** 5 wrong passwords for one phone, or 30 from one address, within 15 minutes lock that key for 15 minutes. */
export const throttlePolicies: Record<"phone" | "ip", Policy> = {
  phone: { max: 5, windowMs: 15 * 60_000, lockMs: 15 * 60_000 },
  ip: { max: 30, windowMs: 15 * 60_000, lockMs: 15 * 60_000 },
};

export type ThrottleKey = { kind: keyof typeof throttlePolicies; value: string };
const keyOf = (k: ThrottleKey) => `${k.kind}:${k.value}`.slice(0, 64);

export class LoginThrottleService {
  constructor(private readonly ds: DataSource) {}

  /** Throws RATE_LIMITED (with retryAfterSeconds) while any key is locked. */
  async assertAllowed(keys: ThrottleKey[], now = new Date()): Promise<void> {
    const rows = await this.ds.getRepository(LoginThrottle).findBy(keys.map((k) => ({ key: keyOf(k) })));
    const until = rows.map((r) => r.lockedUntil?.getTime() ?? 0).reduce((a, b) => Math.max(a, b), 0);
    if (until > now.getTime()) {
      const retryAfterSeconds = Math.ceil((until - now.getTime()) / 1000);
      throw appError("RATE_LIMITED", `登录失败次数过多，请 ${Math.ceil(retryAfterSeconds / 60)} 分钟后再试`, { retryAfterSeconds });
    }
  }

  /**
   * Counts one failure per key. The row is created first (insert-or-ignore, outside the
   * transaction: inside it MariaDB deadlocks on the gap lock), then read under a row lock so
   * parallel failures are all counted and a lock cannot be outrun.
   */
  async recordFailure(keys: ThrottleKey[], now = new Date()): Promise<void> {
    for (const k of keys) {
      await this.ds.getRepository(LoginThrottle).createQueryBuilder().insert()
        .values({ key: keyOf(k), failures: 0, windowStartedAt: now, lockedUntil: null }).orIgnore().execute();
    }
    await this.ds.transaction(async (em) => {
      const repo = em.getRepository(LoginThrottle);
      for (const k of keys) {
        const policy = throttlePolicies[k.kind];
        const key = keyOf(k);
        const qb = repo.createQueryBuilder("t").where({ key });
        // SQLite runs one writer at a time already; MariaDB needs FOR UPDATE.
        if (dialectOf(this.ds) === "mariadb") qb.setLock("pessimistic_write");
        const row = await qb.getOneOrFail();
        const fresh = row.failures === 0 || now.getTime() - row.windowStartedAt.getTime() > policy.windowMs;
        const failures = fresh ? 1 : row.failures + 1;
        await repo.update({ key }, {
          failures,
          windowStartedAt: fresh ? now : row.windowStartedAt,
          lockedUntil: failures >= policy.max ? new Date(now.getTime() + policy.lockMs) : fresh ? null : row.lockedUntil,
        });
      }
    });
  }

  async reset(key: ThrottleKey): Promise<void> {
    await this.ds.getRepository(LoginThrottle).delete({ key: keyOf(key) });
  }
}
