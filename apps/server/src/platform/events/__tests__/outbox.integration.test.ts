import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DomainError, EventType } from "@kepu/domain";
import type { DataSource } from "typeorm";
import { serverSchema } from "../../../app/database-schema.js";
import { createDataSource, dialectOf } from "../../../db/data-source.js";
import { markSuiteRan, testDialects } from "../../../test/databases.js";
import { startTestServer, type TestServer } from "../../../test/test-server.js";
import { RequestContext } from "../../request-context.js";
import { DomainEvent } from "../domain-event.entity.js";
import { drainConsumer } from "../drainer.js";
import { EventBus, type EventConsumer } from "../event-bus.js";
import type { EventInput } from "../outbox.js";

const population = (key: string): EventInput => ({
  type: EventType.REGION_POPULATION_CHANGED,
  subjectType: "Region",
  subjectId: "410105",
  regionCode: "410105",
  idempotencyKey: key,
  payload: { n: 1 },
});

/** A draining consumer whose effect is a row per event; a primary key makes a second application fail loudly. */
function countingConsumer(name: string, seen: number[] = []): EventConsumer {
  return {
    name,
    mode: "drain",
    types: "*",
    async handle(tx, event) {
      await tx.em.query("INSERT INTO test_effect (event_id, consumer) VALUES (?, ?)", [event.id, name]);
      seen.push(event.id);
    },
  };
}

describe.each(testDialects())("event outbox on %s", (dialect) => {
  let s: TestServer;
  let ds: DataSource;
  const system = () => RequestContext.system(s.running.services, "test");
  const events = (key: string) => ds.getRepository(DomainEvent).countBy({ idempotencyKey: key });

  beforeAll(async () => {
    s = await startTestServer(dialect);
    ds = s.running.ds;
    await ds.query("CREATE TABLE test_effect (event_id INTEGER NOT NULL, consumer VARCHAR(64) NOT NULL, PRIMARY KEY (event_id, consumer))");
  });
  afterAll(async () => {
    await s?.close();
    markSuiteRan(dialect);
  });

  it("writes the event with the write, and leaves none (and no audit row) when the write then fails", async () => {
    const rc = system();
    await rc.write(async (tx) => expect(await tx.emit(population("ok-1"))).toBe(true));
    expect(await events("ok-1")).toBe(1);
    const auditBefore = Number((await ds.query("SELECT COUNT(*) AS n FROM audit_log"))[0].n);
    const failed = rc.write(async (tx) => {
      await tx.emit(population("rolled-back-1"));
      throw new DomainError("CONFLICT", "the write failed after emitting");
    });
    await expect(failed).rejects.toThrow("the write failed after emitting");
    expect(await events("rolled-back-1")).toBe(0);
    expect(Number((await ds.query("SELECT COUNT(*) AS n FROM audit_log"))[0].n)).toBe(auditBefore);
  });

  it("records the actor, the Shanghai day and the request id, and ignores a repeated idempotency key", async () => {
    const rc = new RequestContext(s.running.services, { kind: "system", name: "job:test" }, "req-42");
    const first = await rc.write((tx) => tx.emit(population("repeat-1")));
    const again = await rc.write((tx) => tx.emit(population("repeat-1")));
    expect([first, again]).toEqual([true, false]);
    const [row] = await ds.getRepository(DomainEvent).findBy({ idempotencyKey: "repeat-1" });
    expect(row).toMatchObject({
      actorKind: "system",
      actorId: "job:test",
      requestId: "req-42",
      subjectType: "Region",
      regionCode: "410105",
    });
    expect(row.day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(JSON.parse(row.payload)).toEqual({ n: 1 });
  });

  it("applies every event once to a draining consumer, in id order, however often it is drained", async () => {
    const seen: number[] = [];
    const consumer = countingConsumer("count-once", seen);
    const bus = new EventBus([consumer]);
    for (let i = 0; i < 7; i++) await system().write((tx) => tx.emit(population(`once-${i}`)));
    let total = 0;
    for (let i = 0; i < 5; i++) total += await drainConsumer(ds, bus, consumer, { batchSize: 3, settleMs: 0 });
    // MariaDB burns ids on rolled-back and duplicate inserts: count rows, not ids.
    const max = Number((await ds.query("SELECT COUNT(*) AS m FROM domain_event"))[0].m);
    expect(total).toBe(max);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(new Set(seen).size).toBe(seen.length);
    expect(Number((await ds.query("SELECT COUNT(*) AS n FROM test_effect WHERE consumer = 'count-once'"))[0].n)).toBe(max);
  });

  it("applies each event exactly once when two drainers run at once (MariaDB: two connection pools, as two processes)", async () => {
    const consumer = countingConsumer("two-drainers");
    const bus = new EventBus([consumer]);
    for (let i = 0; i < 40; i++) await system().write((tx) => tx.emit(population(`parallel-${i}`)));
    // better-sqlite3 waits for a lock synchronously, so two connections in one process would block each
    // other's event loop; SQLite serves one process, whose drainers share its connection.
    const separate = dialect === "mariadb";
    const other = separate ? createDataSource(s.db.config, { schema: serverSchema() }) : ds;
    if (separate) await other.initialize();
    try {
      const drainAll = async (source: DataSource) => {
        let n = 0;
        for (let round = 0; round < 200; round++) {
          const read = await drainConsumer(source, bus, consumer, { batchSize: 5, settleMs: 30 });
          n += read;
          const [cursor] = await source.query("SELECT last_event_id AS last FROM event_consumer_cursor WHERE consumer = 'two-drainers'");
          const [max] = await source.query("SELECT MAX(id) AS m FROM domain_event");
          if (Number(cursor.last) >= Number(max.m)) break;
          if (!read) await new Promise((ok) => setTimeout(ok, 10));
        }
        return n;
      };
      const [a, b] = await Promise.all([drainAll(ds), drainAll(other)]);
      const max = Number((await ds.query("SELECT COUNT(*) AS m FROM domain_event"))[0].m);
      expect(a + b).toBe(max);
      const [{ n, d }] = await ds.query(
        "SELECT COUNT(*) AS n, COUNT(DISTINCT event_id) AS d FROM test_effect WHERE consumer = 'two-drainers'",
      );
      expect([Number(n), Number(d)]).toEqual([max, max]);
    } finally {
      if (separate) await other.destroy();
    }
  });

  it.runIf(dialect === "mariadb")(
    "does not skip an event whose transaction commits after a later one (MariaDB settle window)",
    async () => {
      expect(dialectOf(ds)).toBe("mariadb");
      const consumer = countingConsumer("late-commit");
      const bus = new EventBus([consumer]);
      await drainConsumer(ds, bus, consumer, { settleMs: 0 }); // start from the current end
      const slow = ds.createQueryRunner();
      await slow.connect();
      await slow.startTransaction();
      try {
        // The slow writer takes its id first and commits last.
        await slow.query(
          "INSERT INTO domain_event (type, actor_kind, subject_type, subject_id, day, occurred_at, idempotency_key, payload) VALUES ('REGION_POPULATION_CHANGED', 'system', 'Region', '41', '2026-11-29', NOW(3), 'late-slow', '{}')",
        );
        await system().write((tx) => tx.emit(population("late-fast")));
        const settleMs = 400;
        expect(await drainConsumer(ds, bus, consumer, { settleMs })).toBe(0); // horizon noted, not yet settled
        await slow.commitTransaction();
        await new Promise((ok) => setTimeout(ok, settleMs + 50));
        expect(await drainConsumer(ds, bus, consumer, { settleMs })).toBe(2);
        const keys = await ds.query(
          "SELECT e.idempotency_key AS k FROM test_effect t JOIN domain_event e ON e.id = t.event_id WHERE t.consumer = 'late-commit' AND e.idempotency_key LIKE 'late-%' ORDER BY e.id",
        );
        expect(keys.map((r: { k: string }) => r.k)).toEqual(["late-slow", "late-fast"]);
      } finally {
        await slow.release();
      }
    },
  );
});
