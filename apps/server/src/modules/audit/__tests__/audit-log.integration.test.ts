import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { markSuiteRan, testDialects } from "../../../test/databases.js";
import { type GqlResponse } from "../../../test/test-server.js";
import {
  expectError,
  dbIdOf,
  type Audit,
  type Conn,
  AUDIT,
  harness,
} from "../../manager-application/__tests__/manager-application.harness.js";

describe.each(testDialects())("region population and the audit log on %s", (dialect) => {
  const h = harness(dialect, "1573234");
  beforeAll(() => h.start());
  afterAll(async () => {
    await h.s?.close();
    markSuiteRan(dialect);
  });
  const SET = `mutation($code: String!, $population: Int!) { setRegionPopulation(code: $code, population: $population) { code population populationSource ownPopulation } }`;
  const POP = `{ jinshui: region(code: "410105") { population populationSource ownPopulation }
    zhengzhou: region(code: "4101") { population populationSource ownPopulation }
    township: region(code: "410105001") { population populationSource } }`;
  type Pop = { population: number | null; populationSource: string | null; ownPopulation?: number | null };

  it("lets the province set 金水区 to 1,000,000 (IMPORTED) while 郑州 keeps its census figure, audited", async () => {
    const before = (await h.s.gql<Record<string, Pop>>(POP)).data!;
    const r = await h.s.gql<{ setRegionPopulation: Pop & { code: string } }>(SET, { code: "410105", population: 1_000_000 }, h.t.province);
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    expect(r.data!.setRegionPopulation).toEqual({
      code: "410105",
      population: 1_000_000,
      populationSource: "IMPORTED",
      ownPopulation: 1_000_000,
    });
    const after = (await h.s.gql<Record<string, Pop>>(POP)).data!;
    expect(after.jinshui).toEqual({ population: 1_000_000, populationSource: "IMPORTED", ownPopulation: 1_000_000 });
    expect(after.zhengzhou).toEqual({ population: 12_600_574, populationSource: "CENSUS_2020", ownPopulation: 12_600_574 });
    expect(after.township).toEqual(before.township);
    const entries = (await h.audit({ action: "REGION_POPULATION_CHANGED" })).filter((e) => e.targetId === "410105");
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ targetType: "Region", actor: { id: h.ids.province } });
    expect(JSON.parse(entries[0].before!)).toMatchObject({ ownPopulation: before.jinshui.ownPopulation ?? null });
    expect(JSON.parse(entries[0].after!)).toMatchObject({ ownPopulation: 1_000_000 });
  });

  it("refuses managers (FORBIDDEN), anonymous callers, and impossible figures (BAD_USER_INPUT) without changing anything", async () => {
    const before = (await h.s.gql<Record<string, Pop>>(POP)).data!;
    const auditBefore = (await h.audit({ action: "REGION_POPULATION_CHANGED" })).length;
    for (const who of ["jinshui", "zhengzhou", "individual"] as const) {
      expectError(await h.s.gql(SET, { code: "410105", population: 5 }, h.t[who]), "FORBIDDEN");
    }
    expectError(await h.s.gql(SET, { code: "410105", population: 5 }), "UNAUTHENTICATED");
    expectError(await h.s.gql(SET, { code: "410105", population: -1 }, h.t.province), "BAD_USER_INPUT", "population");
    expectError(await h.s.gql(SET, { code: "410105", population: 2_000_000_001 }, h.t.province), "BAD_USER_INPUT");
    expectError(await h.s.gql(SET, { code: "41x", population: 5 }, h.t.province), "BAD_USER_INPUT");
    expectError(await h.s.gql(SET, { code: "410199", population: 5 }, h.t.province), "NOT_FOUND");
    expect((await h.s.gql<Record<string, Pop>>(POP)).data!).toEqual(before);
    expect((await h.audit({ action: "REGION_POPULATION_CHANGED" })).length).toBe(auditBefore);
  });

  it("pages the audit log newest first with first/after, without repeats or gaps", async () => {
    const [{ n }] = await h.s.running.ds.query("SELECT COUNT(*) AS n FROM audit_log");
    expect(Number(n)).toBeGreaterThan(6);
    const seen: Audit[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const r: GqlResponse<{ auditLogs: Conn<Audit> }> = await h.s.gql(AUDIT, { first: 3, after }, h.t.province);
      expect(r.errors).toBeUndefined();
      expect(r.data!.auditLogs.totalCount).toBe(Number(n));
      expect(r.data!.auditLogs.edges.length).toBeLessThanOrEqual(3);
      seen.push(...r.data!.auditLogs.edges.map((e) => e.node));
      pages++;
      if (!r.data!.auditLogs.pageInfo.hasNextPage) break;
      after = r.data!.auditLogs.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(Number(n));
    expect(new Set(seen.map((e) => e.id)).size).toBe(seen.length);
    expect(pages).toBe(Math.ceil(Number(n) / 3));
    const ids = seen.map((e) => Number(dbIdOf(e.id)));
    expect([...ids].sort((a, b) => b - a)).toEqual(ids);
    expect(seen[0].action).toBe("REGION_POPULATION_CHANGED"); // the newest
    // the demo's role grants are there, made by the system (no actor)
    expect(seen.filter((e) => e.action === "ROLE_CHANGED" && e.actor === null).length).toBeGreaterThanOrEqual(5);
    // filters
    const byAction = await h.audit({ action: "PROVINCE_ADMIN_CREATED" });
    expect(byAction.length).toBeGreaterThan(0);
    expect(byAction.every((e) => e.action === "PROVINCE_ADMIN_CREATED")).toBe(true);
    const byType = await h.audit({ targetType: "Region" });
    expect(byType.every((e) => e.targetType === "Region")).toBe(true);
    // node(id) of an entry: the province only
    expect(await h.node<{ id: string }>(h.t.province, seen[0].id)).toMatchObject({ id: seen[0].id });
    expect(await h.node(h.t.jinshui, seen[0].id)).toBeNull();
    expectError(await h.s.gql(AUDIT, { first: 3, after: "garbage" }, h.t.province), "BAD_USER_INPUT");
    expectError(await h.s.gql(AUDIT, { first: 101 }, h.t.province), "BAD_USER_INPUT");
  });

  it("refuses the audit log to managers and individuals (FORBIDDEN) and anonymous callers (UNAUTHENTICATED)", async () => {
    for (const who of ["jinshui", "zhengzhou", "jingbalu", "individual"] as const) {
      const r = await h.s.gql(AUDIT, { first: 5 }, h.t[who]);
      expectError(r, "FORBIDDEN");
      expect(r.data ?? null).toBeNull();
    }
    expectError(await h.s.gql(AUDIT, { first: 5 }), "UNAUTHENTICATED");
  });

  it("names each target and filters by target, actor and date range", async () => {
    const a = await h.certified("410105006");
    const app = (await h.apply(a.token, { tier: "TOWNSHIP_MANAGER", regionCode: "410105006" })).data!.applyForManager;
    expect((await h.decide(h.t.jinshui, app.id, false, "材料不全")).errors).toBeUndefined();
    const Q = `query($targetType: String, $targetId: String, $actorId: ID, $from: LocalDate, $to: LocalDate) {
      auditLogs(targetType: $targetType, targetId: $targetId, actorId: $actorId, from: $from, to: $to, first: 100) {
        totalCount edges { node { action targetLabel actor { id } } } } }`;
    type R = {
      auditLogs: { totalCount: number; edges: { node: { action: string; targetLabel: string | null; actor: { id: string } | null } }[] };
    };
    const byTarget = await h.s.gql<R>(Q, { targetType: "ManagerApplication", targetId: dbIdOf(app.id) }, h.t.province);
    expect(byTarget.errors).toBeUndefined();
    expect(byTarget.data!.auditLogs.edges.map((e) => e.node.action).sort()).toEqual([
      "MANAGER_APPLICATION_REJECTED",
      "MANAGER_APPLICATION_SUBMITTED",
    ]);
    expect(byTarget.data!.auditLogs.edges[0].node.targetLabel).toBe("申请人的申请（南阳路街道）");
    const byActor = await h.s.gql<R>(Q, { actorId: h.ids.jinshui }, h.t.province);
    expect(byActor.data!.auditLogs.edges.length).toBeGreaterThan(0);
    expect(byActor.data!.auditLogs.edges.every((e) => e.node.actor?.id === h.ids.jinshui)).toBe(true);
    const future = await h.s.gql<R>(Q, { from: "2099-01-01" }, h.t.province);
    expect(future.data!.auditLogs.totalCount).toBe(0);
    expectError(await h.s.gql(Q, { from: "2026-02-01", to: "2026-01-01" }, h.t.province), "BAD_USER_INPUT", "to");
  });
});
