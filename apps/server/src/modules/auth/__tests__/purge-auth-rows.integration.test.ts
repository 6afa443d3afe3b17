import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DataSource } from "typeorm";
import { serverSchema } from "../../../app/database-schema.js";
import { createDataSource, migrate } from "../../../db/data-source.js";
import { createTestDatabase, markSuiteRan, testDialects, type TestDatabase } from "../../../test/databases.js";
import { LoginThrottle } from "../login-throttle.entity.js";
import { purgeExpiredAuthRows, SESSION_GRACE_MS } from "../purge-auth-rows.js";
import { Session } from "../session.entity.js";

const DAY = 86_400_000;

describe.each(testDialects())("purgeExpiredAuthRows on %s", (dialect) => {
  let db: TestDatabase;
  let ds: DataSource;
  beforeAll(async () => {
    db = await createTestDatabase(dialect);
    ds = createDataSource(db.config, { schema: serverSchema() });
    await ds.initialize();
    await migrate(ds);
  });
  afterAll(async () => {
    await ds?.destroy();
    await db?.drop();
    markSuiteRan(dialect);
  });

  it("deletes sessions ended beyond the grace and stale counters, in batches, and keeps everything else", async () => {
    const now = new Date("2026-06-01T12:00:00Z");
    const at = (ms: number) => new Date(now.getTime() + ms);
    let n = 0;
    const session = (created: Date, expires: Date, revoked: Date | null) => ({
      id: `s${String(++n).padStart(31, "0")}`,
      volunteerId: 1,
      createdAt: created,
      expiresAt: expires,
      revokedAt: revoked,
      userAgent: null,
      ip: null,
    });
    const gone = [
      ...Array.from({ length: 5 }, () => session(at(-50 * DAY), at(-43 * DAY), null)), // expired long ago
      ...Array.from({ length: 3 }, () => session(at(-35 * DAY), at(-28 * DAY), at(-34 * DAY))), // revoked long ago
    ];
    const kept = [
      session(at(-1 * DAY), at(6 * DAY), null), // live
      session(at(-10 * DAY), at(-3 * DAY), null), // expired recently: kept for the grace
      session(at(-2 * DAY), at(5 * DAY), at(-1 * DAY)), // revoked recently
    ];
    await ds.getRepository(Session).insert([...gone, ...kept]);
    const row = (key: string, windowStartedAt: Date, lockedUntil: Date | null) => ({ key, attempts: 3, windowStartedAt, lockedUntil });
    await ds.getRepository(LoginThrottle).insert([
      row("login:a:198.51.100.1", at(-2 * DAY), null), // stale
      row("login:p:13800000001", at(-25 * 3600_000), null), // the daily window is over: stale
      row("login:pa:13800000002|198.51.100.2", at(-3 * DAY), at(-2 * DAY)), // lock long over: stale
      row("login:p:13800000003", at(-23 * 3600_000), null), // daily window still open
      row("login:pa:13800000004|198.51.100.4", at(-5 * 60_000), at(10 * 60_000)), // locked now
      row("register:a:198.51.100.5", at(-30 * 60_000), null),
    ]);

    const r = await purgeExpiredAuthRows(ds, now, { batchSize: 2 });
    expect(r).toEqual({ sessions: gone.length, throttleRows: 3 });
    expect((await ds.getRepository(Session).find()).map((x) => x.id).sort()).toEqual(kept.map((x) => x.id).sort());
    expect((await ds.getRepository(LoginThrottle).find()).map((x) => x.key).sort()).toEqual([
      "login:p:13800000003",
      "login:pa:13800000004|198.51.100.4",
      "register:a:198.51.100.5",
    ]);
    // Nothing left to do; and a later run (the grace passing) takes the rest of the ended sessions.
    expect(await purgeExpiredAuthRows(ds, now)).toEqual({ sessions: 0, throttleRows: 0 });
    expect((await purgeExpiredAuthRows(ds, new Date(now.getTime() + SESSION_GRACE_MS + 8 * DAY))).sessions).toBe(3);
  });

  it("stops after maxBatches, leaving the rest for the next run", async () => {
    const now = new Date("2026-07-01T12:00:00Z");
    const old = new Date(now.getTime() - 60 * DAY);
    await ds.getRepository(Session).insert(
      Array.from({ length: 7 }, (_, i) => ({
        id: `m${String(i).padStart(31, "0")}`,
        volunteerId: 2,
        createdAt: old,
        expiresAt: old,
        revokedAt: null,
        userAgent: null,
        ip: null,
      })),
    );
    expect((await purgeExpiredAuthRows(ds, now, { batchSize: 3, maxBatches: 2 })).sessions).toBe(6);
    expect((await purgeExpiredAuthRows(ds, now, { batchSize: 3 })).sessions).toBe(1);
  });
});
