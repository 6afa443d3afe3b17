import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { markSuiteRan, testDialects } from "../../../test/databases.js";
import { type GqlResponse, startTestServer, type TestServer } from "../../../test/test-server.js";

interface Page {
  totalCount: number;
  edges: { node: { id: string; certifiedAt: string | null } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}
const LIST = `query($filter: VolunteerFilter, $sort: VolunteerSort, $first: Int, $after: String) {
  volunteers(filter: $filter, sort: $sort, first: $first, after: $after) {
    totalCount edges { node { id certifiedAt } } pageInfo { hasNextPage endCursor } } }`;

describe.each(testDialects())("科普员 sort orders and the CSV export on %s", (dialect) => {
  let s: TestServer;
  let province: string;
  let county: string;
  let individual: string;
  beforeAll(async () => {
    s = await startTestServer(dialect, { DEMO_DATA: "1" });
    [province, county, individual] = await Promise.all(["13800000000", "13800000002", "13800000009"].map((p) => s.login(p)));
  });
  afterAll(async () => {
    await s?.close();
    markSuiteRan(dialect);
  });

  /** Every row of a sort, page by page (cursors of that sort only). */
  async function all(sort: string, token: string, filter: Record<string, unknown> = {}): Promise<Page["edges"][number]["node"][]> {
    const rows: Page["edges"][number]["node"][] = [];
    let after: string | null = null;
    for (let i = 0; i < 50; i++) {
      const r: GqlResponse<{ volunteers: Page }> = await s.gql(LIST, { filter, sort, first: 37, after }, token);
      expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
      rows.push(...r.data!.volunteers.edges.map((e) => e.node));
      if (!r.data!.volunteers.pageInfo.hasNextPage) break;
      after = r.data!.volunteers.pageInfo.endCursor;
    }
    return rows;
  }

  it("pages OLDEST as NEWEST reversed, and CERTIFIED_AT_DESC over the certified only, newest first", async () => {
    const newest = await all("NEWEST", province);
    const oldest = await all("OLDEST", province);
    expect(oldest.map((v) => v.id)).toEqual([...newest].reverse().map((v) => v.id));
    const certified = await all("CERTIFIED_AT_DESC", province);
    expect(certified.length).toBe(newest.filter((v) => v.certifiedAt).length);
    expect(new Set(certified.map((v) => v.id)).size).toBe(certified.length);
    const times = certified.map((v) => Date.parse(v.certifiedAt!));
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it("exports the caller's filtered scope as masked CSV with a BOM, and refuses others", async () => {
    const csvOf = (query: string, token?: string) =>
      fetch(`${s.url}/exports/volunteers.csv${query}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    expect((await csvOf("")).status).toBe(401);
    expect((await csvOf("", individual)).status).toBe(403);
    expect((await csvOf("?regionCode=4103", county)).status).toBe(403); // outside 金水区: the same rule as the list
    const bad = await csvOf("?tier=KING", county);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { errors: { extensions: { field: string } }[] }).errors[0].extensions.field).toBe("tier");

    const list = await s.gql<{ volunteers: Page }>(LIST, { filter: { certified: true }, first: 1 }, county);
    const res = await csvOf("?certified=true", county);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/csv");
    expect(res.headers.get("content-disposition")).toContain("attachment");
    expect(Number(res.headers.get("x-total-count"))).toBe(list.data!.volunteers.totalCount);
    const body = Buffer.from(await res.arrayBuffer());
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = body.toString("utf8").slice(1).trim().split("\r\n");
    expect(lines[0]).toContain("手机（脱敏）");
    expect(lines).toHaveLength(list.data!.volunteers.totalCount + 1);
    for (const line of lines.slice(1)) {
      expect(line).toContain("金水区");
      expect(line).not.toMatch(/1\d{10}/); // no full phone number
      expect(line).not.toMatch(/\d{17}[\dX]/); // no full ID number
    }
  });
});
