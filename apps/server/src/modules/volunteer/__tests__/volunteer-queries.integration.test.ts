import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryCount } from "../../../db/data-source.js";
import { toLocalDate } from "@kepu/domain";
import { Volunteer } from "../volunteer.entity.js";
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
    expect(used).toBeLessThanOrEqual(16); // 8 on SQLite, 11 on MariaDB measured
  });

  it("filters by certification date in Shanghai days, [from, to)", async () => {
    const all = await s.running.ds.getRepository(Volunteer).find();
    const days = all
      .filter((v) => v.certifiedAt)
      .map((v) => toLocalDate(v.certifiedAt!))
      .sort();
    const from = days[Math.floor(days.length / 4)];
    const to = days[Math.floor((days.length * 3) / 4)];
    const expected = days.filter((d) => d >= from && d < to).length;
    expect(expected).toBeGreaterThan(10);
    const r = await s.gql<{ volunteers: { totalCount: number } }>(
      `query($from: LocalDate, $to: LocalDate) { volunteers(filter: { certifiedFrom: $from, certifiedTo: $to }) { totalCount } }`,
      { from, to },
      province,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.volunteers.totalCount).toBe(expected);
    const reversed = await s.gql(
      `{ volunteers(filter: { certifiedFrom: "2026-05-02", certifiedTo: "2026-05-01" }) { totalCount } }`,
      undefined,
      province,
    );
    expect(reversed.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });
});
