import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { markSuiteRan, testDialects } from "../../test/databases.js";
import { startTestServer, type TestServer } from "../../test/test-server.js";
import type { JobDefinition } from "../job.js";
import { JobRunner } from "../job-runner.js";

describe.each(testDialects())("job runner on %s", (dialect) => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer(dialect);
  });
  afterAll(async () => {
    await s?.close();
    markSuiteRan(dialect);
  });

  it("runs a job once per interval across processes (a database lease), then again once the lease has run out", async () => {
    const runs: string[] = [];
    const job: JobDefinition = {
      name: "test-count",
      everyMs: 400,
      async run(rc) {
        runs.push(rc.requestId);
        return "counted";
      },
    };
    // Two runners stand for two server processes sharing the database.
    const [a, b] = [new JobRunner(s.running.services, [job]), new JobRunner(s.running.services, [job])];
    const first = await Promise.all([a.tick(job), b.tick(job), a.tick(job), b.tick(job)]);
    expect(first.filter((r) => r === "counted")).toHaveLength(2); // the winner may run again within its own lease…
    expect(first.filter((r) => r === null)).toHaveLength(2); // …the other process never does
    await new Promise((ok) => setTimeout(ok, 450));
    const later = await Promise.all([b.tick(job), a.tick(job)]);
    expect(later.filter((r) => r === "counted").length).toBeGreaterThanOrEqual(1);
    for (const id of runs) expect(id).toMatch(/^job:test-count:/); // each run acts as the system, with its own request id
    await Promise.all([a.stop(), b.stop()]);
  });

  it("keeps running after a job throws, and skips jobs with nothing to do", async () => {
    const failing: JobDefinition = {
      name: "test-fail",
      everyMs: 1000,
      run: () => Promise.reject(new Error("boom")),
    };
    const runner = new JobRunner(s.running.services, [failing]);
    expect(await runner.tick(failing)).toBeNull();
    // The drain job runs only when some module declares a draining consumer (points, notifications and KPIs do).
    const drain = (await import("../drain-events.job.js")).drainEventsJob();
    expect(drain.enabled?.(s.running.services)).toBe(true);
    const { EventBus } = await import("../../platform/events/event-bus.js");
    expect(drain.enabled?.({ ...s.running.services, events: new EventBus([]) })).toBe(false);
    await runner.stop();
  });
});
