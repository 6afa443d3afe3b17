import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryCount } from "../../../db/data-source.js";
import { markSuiteRan, testDialects } from "../../../test/databases.js";
import { startTestServer, type TestServer } from "../../../test/test-server.js";

describe.each(testDialects())("volunteer lists batch their relations on %s", (dialect) => {
  let s: TestServer;
  let province: string;
  beforeAll(async () => {
    s = await startTestServer(dialect, { DEMO_DATA: "1" });
    province = await s.login("13800000000");
  });
  afterAll(async () => {
    await s?.close();
    markSuiteRan(dialect);
  });

  it("loads 100 volunteers with regions, paths and applications in a handful of statements", async () => {
    const query = `{
      volunteers(first: 100) { totalCount edges { node { id phone region { path parent { name } } managedRegion { name } } } }
      managerApplications(first: 100) { edges { node { applicant { realName region { name } } region { path } decidedBy { id } canDecide } } }
    }`;
    const before = queryCount(s.running.ds);
    const r = await s.gql<{ volunteers: { totalCount: number; edges: unknown[] } }>(query, undefined, province);
    const used = queryCount(s.running.ds) - before;
    expect(r.errors).toBeUndefined();
    expect(r.data!.volunteers.edges).toHaveLength(100);
    // session + viewer, two pages, one count, then batched loader rounds (regions, ancestors, volunteers).
    // Resolved one by one, this would be several hundred statements.
    expect(used).toBeLessThanOrEqual(10); // 8 measured
  });
});
