import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { markSuiteRan, testDialects } from "../../../test/databases.js";
import { type GqlResponse } from "../../../test/test-server.js";
import {
  expectError,
  dbIdOf,
  type App,
  type Person,
  type Conn,
  APPLY,
  DECIDE,
  APPS,
  REVOKE,
  harness,
} from "./manager-application.harness.js";

describe.each(testDialects())("manager applications on %s", (dialect) => {
  const h = harness(dialect, "1571234");
  beforeAll(() => h.start());
  afterAll(async () => {
    await h.s?.close();
    markSuiteRan(dialect);
  });

  describe("applying", () => {
    it("refuses an uncertified applicant with FORBIDDEN about 实名认证", async () => {
      const a = await h.newAccount();
      const e = expectError(await h.apply(a.token, { tier: "TOWNSHIP_MANAGER", regionCode: "410105002" }), "FORBIDDEN");
      expect(e.message).toContain("实名认证");
      expect(await h.apps(a.token)).toEqual([]);
    });

    it("refuses anonymous callers", async () => {
      expectError(await h.s.gql(APPLY, { input: { tier: "TOWNSHIP_MANAGER", regionCode: "410105002" } }), "UNAUTHENTICATED");
    });

    it.each([
      ["TOWNSHIP_MANAGER with a county code", { tier: "TOWNSHIP_MANAGER", regionCode: "410105" }, "regionCode"],
      ["COUNTY_MANAGER with a township code", { tier: "COUNTY_MANAGER", regionCode: "410105002" }, "regionCode"],
      ["COUNTY_MANAGER with a city code", { tier: "COUNTY_MANAGER", regionCode: "4101" }, "regionCode"],
      ["CITY_MANAGER with a county code", { tier: "CITY_MANAGER", regionCode: "410105" }, "regionCode"],
      ["TOWNSHIP_MANAGER with a village code", { tier: "TOWNSHIP_MANAGER", regionCode: "410105002001" }, "regionCode"],
      ["a township outside the applicant's home region", { tier: "TOWNSHIP_MANAGER", regionCode: "410105001" }, "regionCode"],
      ["a county outside the applicant's home region", { tier: "COUNTY_MANAGER", regionCode: "410103" }, "regionCode"],
      ["a city outside the applicant's home region", { tier: "CITY_MANAGER", regionCode: "4103" }, "regionCode"],
      ["the INDIVIDUAL tier", { tier: "INDIVIDUAL", regionCode: "410105002" }, "tier"],
      ["the PROVINCE_ADMIN tier", { tier: "PROVINCE_ADMIN", regionCode: "41" }, "tier"],
      ["a malformed region code", { tier: "TOWNSHIP_MANAGER", regionCode: "41O105002" }, "regionCode"],
      ["an overlong reason", { tier: "TOWNSHIP_MANAGER", regionCode: "410105002", reason: "理".repeat(501) }, "reason"],
    ])("refuses %s with BAD_USER_INPUT and files nothing", async (_what, input, field) => {
      const a = await h.certified("410105002");
      expectError(await h.apply(a.token, input), "BAD_USER_INPUT", field);
      expect(await h.apps(a.token)).toEqual([]);
    });

    it("refuses the province's own application with BAD_USER_INPUT", async () => {
      expectError(await h.apply(h.t.province, { tier: "CITY_MANAGER", regionCode: "4101" }), "BAD_USER_INPUT");
    });

    it("files a PENDING application visible to the applicant, and refuses a second one with CONFLICT", async () => {
      const a = await h.certified("410105002");
      const r = await h.apply(a.token, { tier: "TOWNSHIP_MANAGER", regionCode: "410105002", reason: "  街道科协干事  " });
      expect(r.errors).toBeUndefined();
      const app = r.data!.applyForManager;
      expect(app).toMatchObject({
        status: "PENDING",
        tier: "TOWNSHIP_MANAGER",
        reason: "街道科协干事",
        region: { code: "410105002", level: "TOWNSHIP" },
        applicant: { id: a.id, tier: "INDIVIDUAL" },
        decidedBy: null,
        decidedAt: null,
        canDecide: false,
      });
      expect(app.applicant.phone).toBe(a.phone);
      for (const input of [
        { tier: "TOWNSHIP_MANAGER", regionCode: "410105002" },
        { tier: "COUNTY_MANAGER", regionCode: "410105" },
      ]) {
        expectError(await h.apply(a.token, input), "CONFLICT");
      }
      const mine = await h.apps(a.token);
      expect(mine.map((x) => x.id)).toEqual([app.id]);
      expect(mine[0].canDecide).toBe(false);
      const audit = await h.audit({ action: "MANAGER_APPLICATION_SUBMITTED" });
      expect(audit.filter((e) => e.targetId === dbIdOf(app.id))).toHaveLength(1);
    });

    it("lets only one of two applications fired at once through", async () => {
      const a = await h.certified("410105002");
      const rs = await Promise.all([
        h.apply(a.token, { tier: "TOWNSHIP_MANAGER", regionCode: "410105002" }),
        h.apply(a.token, { tier: "COUNTY_MANAGER", regionCode: "410105" }),
      ]);
      expect(rs.map((r) => r.errors?.[0].extensions?.code ?? "OK").sort()).toEqual(["CONFLICT", "OK"]);
      expect(await h.apps(a.token)).toHaveLength(1);
    });
  });

  describe("deciding", () => {
    it("approval makes the applicant a manager of that tier and region, with an audit trail", async () => {
      const a = await h.certified("410105002");
      const app = (await h.apply(a.token, { tier: "TOWNSHIP_MANAGER", regionCode: "410105002" })).data!.applyForManager;
      // the applicant's session is not a manager's yet
      expectError(await h.s.gql("{ volunteers { totalCount } }", {}, a.token), "FORBIDDEN");
      const before = Date.now();
      const r = await h.decide(h.t.jinshui, app.id, true, "同意");
      expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
      expect(r.data!.decideManagerApplication).toMatchObject({
        id: app.id,
        status: "APPROVED",
        decisionComment: "同意",
        canDecide: false,
        decidedBy: { id: h.ids.jinshui },
      });
      expect(new Date(r.data!.decideManagerApplication.decidedAt!).getTime()).toBeGreaterThanOrEqual(before - 1000);
      expect(await h.person(a.id)).toMatchObject({ tier: "TOWNSHIP_MANAGER", managedRegion: { code: "410105002" } });
      expect(await h.asProvince(app.id)).toMatchObject({ status: "APPROVED" });
      // the applicant's existing session now carries the new role
      const list = await h.s.gql<{ volunteers: Conn<{ region: { code: string } }> }>(
        "{ volunteers(first: 100) { totalCount edges { node { region { code } } } } }",
        {},
        a.token,
      );
      expect(list.errors).toBeUndefined();
      expect(list.data!.volunteers.totalCount).toBeGreaterThan(0);
      expect(list.data!.volunteers.edges.every((e) => e.node.region.code.startsWith("410105002"))).toBe(true);

      const approved = (await h.audit({ action: "MANAGER_APPLICATION_APPROVED" })).filter((e) => e.targetId === dbIdOf(app.id));
      expect(approved).toHaveLength(1);
      expect(approved[0]).toMatchObject({ targetType: "ManagerApplication", actor: { id: h.ids.jinshui } });
      expect(JSON.parse(approved[0].before!)).toMatchObject({ status: "PENDING" });
      expect(JSON.parse(approved[0].after!)).toMatchObject({ status: "APPROVED", comment: "同意" });
      const role = (await h.audit({ action: "ROLE_CHANGED", targetType: "Volunteer" })).filter((e) => e.targetId === dbIdOf(a.id));
      expect(role).toHaveLength(1);
      expect(role[0].actor).toEqual({ id: h.ids.jinshui });
      expect(JSON.parse(role[0].before!)).toMatchObject({ tier: "INDIVIDUAL", managedRegionCode: null });
      expect(JSON.parse(role[0].after!)).toMatchObject({ tier: "TOWNSHIP_MANAGER", managedRegionCode: "410105002" });
    });

    it("refuses to decide an application twice with CONFLICT", async () => {
      const a = await h.certified("410105003");
      const app = (await h.apply(a.token, { tier: "TOWNSHIP_MANAGER", regionCode: "410105003" })).data!.applyForManager;
      expect((await h.decide(h.t.province, app.id, true)).errors).toBeUndefined();
      expectError(await h.decide(h.t.province, app.id, false, "改主意了"), "CONFLICT");
      expectError(await h.decide(h.t.jinshui, app.id, true), "CONFLICT");
      expect(await h.asProvince(app.id)).toMatchObject({ status: "APPROVED" });
      expect(await h.person(a.id)).toMatchObject({ tier: "TOWNSHIP_MANAGER", managedRegion: { code: "410105003" } });
      const decisions = (await h.audit({ targetType: "ManagerApplication" })).filter(
        (e) => e.targetId === dbIdOf(app.id) && e.action !== "MANAGER_APPLICATION_SUBMITTED",
      );
      expect(decisions.map((e) => e.action)).toEqual(["MANAGER_APPLICATION_APPROVED"]);
    });

    it("rejection keeps the tier, is audited, and frees the applicant to apply again", async () => {
      const a = await h.certified("410105002");
      const app = (await h.apply(a.token, { tier: "TOWNSHIP_MANAGER", regionCode: "410105002" })).data!.applyForManager;
      const r = await h.decide(h.t.zhengzhou, app.id, false, "材料不全");
      expect(r.errors).toBeUndefined();
      expect(r.data!.decideManagerApplication).toMatchObject({ status: "REJECTED", decisionComment: "材料不全" });
      expect(await h.person(a.id)).toMatchObject({ tier: "INDIVIDUAL", managedRegion: null });
      const rejected = (await h.audit({ action: "MANAGER_APPLICATION_REJECTED" })).filter((e) => e.targetId === dbIdOf(app.id));
      expect(rejected).toHaveLength(1);
      expect(JSON.parse(rejected[0].after!)).toMatchObject({ status: "REJECTED", comment: "材料不全" });
      expect((await h.audit({ action: "ROLE_CHANGED" })).filter((e) => e.targetId === dbIdOf(a.id))).toEqual([]);
      const again = await h.apply(a.token, { tier: "TOWNSHIP_MANAGER", regionCode: "410105002" });
      expect(again.errors).toBeUndefined();
      expect(again.data!.applyForManager.status).toBe("PENDING");
      expect((await h.apps(a.token)).map((x) => x.status).sort()).toEqual(["PENDING", "REJECTED"]);
    });

    it("refuses a rejection without a reason (BAD_USER_INPUT on comment) and leaves the application pending", async () => {
      const a = await h.certified("410105004");
      const app = (await h.apply(a.token, { tier: "TOWNSHIP_MANAGER", regionCode: "410105004" })).data!.applyForManager;
      for (const comment of [undefined, "   "]) {
        const e = expectError(await h.decide(h.t.jinshui, app.id, false, comment), "BAD_USER_INPUT");
        expect(e.extensions?.field).toBe("comment");
      }
      expect(await h.asProvince(app.id)).toMatchObject({ status: "PENDING" });
      const r = await h.decide(h.t.jinshui, app.id, false, "请先完成社区科普培训");
      expect(r.data!.decideManagerApplication).toMatchObject({ status: "REJECTED", decisionComment: "请先完成社区科普培训" });
      expect((await h.apps(a.token)).map((x) => x.decisionComment)).toEqual(["请先完成社区科普培训"]);
    });

    it("lets the applicant withdraw their own pending application only, audited, and apply again", async () => {
      const WITHDRAW = `mutation($id: ID!) { withdrawManagerApplication(id: $id) { id status } }`;
      const a = await h.certified("410105005");
      const app = (await h.apply(a.token, { tier: "TOWNSHIP_MANAGER", regionCode: "410105005" })).data!.applyForManager;
      expectError(await h.s.gql(WITHDRAW, { id: app.id }, h.t.jinshui), "NOT_FOUND"); // not theirs
      const r = await h.s.gql<{ withdrawManagerApplication: { status: string } }>(WITHDRAW, { id: app.id }, a.token);
      expect(r.errors).toBeUndefined();
      expect(r.data!.withdrawManagerApplication.status).toBe("WITHDRAWN");
      expectError(await h.s.gql(WITHDRAW, { id: app.id }, a.token), "CONFLICT");
      expectError(await h.decide(h.t.jinshui, app.id, true), ["CONFLICT", "FORBIDDEN"]);
      const audited = (await h.audit({ action: "MANAGER_APPLICATION_WITHDRAWN" })).filter((e) => e.targetId === dbIdOf(app.id));
      expect(audited).toHaveLength(1);
      expect(audited[0]).toMatchObject({ actor: { id: a.id } });
      expect((await h.apply(a.token, { tier: "TOWNSHIP_MANAGER", regionCode: "410105005" })).errors).toBeUndefined();
    });

    it("lets exactly one of several decisions fired at once win; the others get CONFLICT", async () => {
      const rounds = [
        [h.t.province, h.t.province],
        [h.t.province, h.t.zhengzhou],
        [h.t.jinshui, h.t.zhengzhou],
        [h.t.province, h.t.zhengzhou, h.t.jinshui, h.t.province, h.t.zhengzhou, h.t.jinshui],
      ];
      for (const deciders of rounds) {
        const a = await h.certified("410105001");
        const app = (await h.apply(a.token, { tier: "TOWNSHIP_MANAGER", regionCode: "410105001" })).data!.applyForManager;
        const rs = await Promise.all(deciders.map((token, i) => h.decide(token, app.id, i % 2 === 0, i % 2 === 0 ? "同意" : "驳回")));
        const codes = rs.map((r) => r.errors?.[0].extensions?.code ?? "OK");
        expect([...codes].sort(), JSON.stringify(rs.map((r) => r.errors))).toEqual(
          ["OK", ...Array(deciders.length - 1).fill("CONFLICT")].sort(),
        );
        const winner = rs.find((r) => !r.errors)!.data!.decideManagerApplication;
        expect(await h.asProvince(app.id)).toMatchObject({ status: winner.status });
        expect((await h.person(a.id))!.tier).toBe(winner.status === "APPROVED" ? "TOWNSHIP_MANAGER" : "INDIVIDUAL");
        const decisions = (await h.audit({ targetType: "ManagerApplication" })).filter(
          (e) => e.targetId === dbIdOf(app.id) && e.action !== "MANAGER_APPLICATION_SUBMITTED",
        );
        expect(decisions).toHaveLength(1);
        expect((await h.audit({ action: "ROLE_CHANGED" })).filter((e) => e.targetId === dbIdOf(a.id))).toHaveLength(
          winner.status === "APPROVED" ? 1 : 0,
        );
      }
    });

    it("refuses individuals (FORBIDDEN) and anonymous callers (UNAUTHENTICATED)", async () => {
      const app = await h.demoApp("410105");
      expectError(await h.decide(h.t.individual, app.id, true), "FORBIDDEN");
      expectError(await h.s.gql(DECIDE, { id: app.id, approve: true }), "UNAUTHENTICATED");
      expect(await h.asProvince(app.id)).toMatchObject({ status: "PENDING" });
    });

    it("answers malformed and unknown ids without internals", async () => {
      expectError(await h.decide(h.t.province, "not an id!", true), "BAD_USER_INPUT");
      expectError(await h.decide(h.t.province, h.ids.individual, true), "BAD_USER_INPUT"); // a Volunteer id
      expectError(await h.decide(h.t.province, Buffer.from("ManagerApplication:999999").toString("base64url"), true), "NOT_FOUND");
    });
  });

  describe("listing", () => {
    it("decidable:true lists only applications the caller can decide", async () => {
      for (const who of ["province", "zhengzhou", "jinshui", "luoyang"] as const) {
        const apps = await h.apps(h.t[who], { decidable: true });
        expect(apps.length, who).toBeGreaterThan(0);
        const notDecidable = apps.filter((a) => !a.canDecide).map((a) => `${a.status} ${a.tier} ${a.region.code}`);
        expect(notDecidable, `${who} is offered applications it cannot decide: ${notDecidable.join("; ")}`).toEqual([]);
      }
      // a township manager has nothing to decide
      expect(await h.apps(h.t.jingbalu, { decidable: true })).toEqual([]);
    });

    it("decidable:true with status PENDING matches canDecide exactly, region by region", async () => {
      const province = await h.apps(h.t.province, { status: "PENDING" });
      for (const who of ["zhengzhou", "jinshui", "luoyang", "erqi"] as const) {
        const decidable = (await h.apps(h.t[who], { decidable: true, status: "PENDING" })).map((a) => a.id).sort();
        const expected: string[] = [];
        for (const a of province) {
          const seen = await h.s.gql<{ node: { canDecide: boolean } | null }>(
            `query($id: ID!) { node(id: $id) { ... on ManagerApplication { canDecide } } }`,
            { id: a.id },
            h.t[who],
          );
          if (seen.data!.node?.canDecide) expected.push(a.id);
        }
        expect(decidable, who).toEqual(expected.sort());
      }
    });

    it("lists newest first and pages without repeats", async () => {
      const all = await h.apps(h.t.province);
      const paged: string[] = [];
      let after: string | null = null;
      for (;;) {
        const r: GqlResponse<{ managerApplications: Conn<App> }> = await h.s.gql(APPS, { first: 3, after }, h.t.province);
        expect(r.errors).toBeUndefined();
        expect(r.data!.managerApplications.totalCount).toBe(all.length);
        paged.push(...r.data!.managerApplications.edges.map((e) => e.node.id));
        if (!r.data!.managerApplications.pageInfo.hasNextPage) break;
        after = r.data!.managerApplications.pageInfo.endCursor;
      }
      expect(paged).toEqual(all.map((a) => a.id));
      expect(new Set(paged).size).toBe(paged.length);
      const n = paged.map((id) => Number(dbIdOf(id)));
      expect([...n].sort((a, b) => b - a)).toEqual(n);
    });
  });

  describe("revoking", () => {
    it("lets a higher tier over the region revoke a manager, never a same/lower tier or the manager themself", async () => {
      // X lives in 经八路街道 and becomes a second 金水区 county manager.
      const x = await h.certified("410105001");
      const app = (await h.apply(x.token, { tier: "COUNTY_MANAGER", regionCode: "410105" })).data!.applyForManager;
      expect((await h.decide(h.t.province, app.id, true)).errors).toBeUndefined();
      expect(await h.person(x.id)).toMatchObject({ tier: "COUNTY_MANAGER", managedRegion: { code: "410105" } });

      expectError(await h.s.gql(REVOKE, { id: x.id }, h.t.jinshui), "FORBIDDEN"); // same tier, same county
      expectError(await h.s.gql(REVOKE, { id: x.id }, h.t.jingbalu), ["FORBIDDEN", "NOT_FOUND"]); // lower tier
      expectError(await h.s.gql(REVOKE, { id: x.id }, x.token), "FORBIDDEN"); // themself
      expectError(await h.s.gql(REVOKE, { id: x.id }, h.t.individual), "FORBIDDEN");
      expectError(await h.s.gql(REVOKE, { id: x.id }, h.t.luoyang), ["FORBIDDEN", "NOT_FOUND"]); // higher tier, other city
      expectError(await h.s.gql(REVOKE, { id: x.id }), "UNAUTHENTICATED");
      expect(await h.person(x.id)).toMatchObject({ tier: "COUNTY_MANAGER" });

      const r = await h.s.gql<{ revokeManager: Person }>(REVOKE, { id: x.id, reason: "岗位调整" }, h.t.zhengzhou);
      expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
      expect(r.data!.revokeManager).toMatchObject({ id: x.id, tier: "INDIVIDUAL", managedRegion: null });
      expect(await h.person(x.id)).toMatchObject({ tier: "INDIVIDUAL", managedRegion: null });
      expectError(await h.s.gql("{ volunteers { totalCount } }", {}, x.token), "FORBIDDEN"); // the role is gone at once
      const revoked = (await h.audit({ action: "MANAGER_REVOKED" })).filter((e) => e.targetId === dbIdOf(x.id));
      expect(revoked).toHaveLength(1);
      expect(revoked[0].actor).toEqual({ id: h.ids.zhengzhou });
      expect(JSON.parse(revoked[0].before!)).toMatchObject({ tier: "COUNTY_MANAGER", managedRegionCode: "410105" });
      expect(JSON.parse(revoked[0].after!)).toMatchObject({ tier: "INDIVIDUAL", managedRegionCode: null, reason: "岗位调整" });
      // no longer a manager: revoking again is a CONFLICT
      expectError(await h.s.gql(REVOKE, { id: x.id }, h.t.zhengzhou), "CONFLICT");
    });

    it("refuses a manager revoking themself, and a county manager revoking a city manager", async () => {
      expectError(await h.s.gql(REVOKE, { id: h.ids.jinshui }, h.t.jinshui), "FORBIDDEN");
      expectError(await h.s.gql(REVOKE, { id: h.ids.zhengzhou }, h.t.jinshui), ["FORBIDDEN", "NOT_FOUND"]);
      expectError(await h.s.gql(REVOKE, { id: h.ids.province }, h.t.zhengzhou), ["FORBIDDEN", "NOT_FOUND", "CONFLICT"]);
      expect(await h.person(h.ids.jinshui)).toMatchObject({ tier: "COUNTY_MANAGER" });
      expect(await h.person(h.ids.zhengzhou)).toMatchObject({ tier: "CITY_MANAGER" });
    });

    it("lets the 金水区 county manager revoke the 经八路街道 township manager", async () => {
      expectError(await h.s.gql(REVOKE, { id: h.ids.jinshui }, h.t.jingbalu), ["FORBIDDEN", "NOT_FOUND"]);
      const r = await h.s.gql<{ revokeManager: Person }>(REVOKE, { id: h.ids.jingbalu }, h.t.jinshui);
      expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
      expect(r.data!.revokeManager).toMatchObject({ tier: "INDIVIDUAL", managedRegion: null });
      expect(await h.person(h.ids.jingbalu)).toMatchObject({ tier: "INDIVIDUAL", managedRegion: null });
      const revoked = (await h.audit({ action: "MANAGER_REVOKED" })).filter((e) => e.targetId === dbIdOf(h.ids.jingbalu));
      expect(revoked).toHaveLength(1);
      expect(JSON.parse(revoked[0].before!)).toMatchObject({ tier: "TOWNSHIP_MANAGER", managedRegionCode: "410105001" });
    });
  });

  it("never sent a full ID number in any response", () => h.expectNoIdLeak());
});
