import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { markSuiteRan, testDialects } from "../../../test/databases.js";
import { expectError, NODES, harness } from "./manager-application.harness.js";

describe.each(testDialects())("authority over applications (金水区 sees nothing of 二七区) on %s", (dialect) => {
  const h = harness(dialect, "1572234");
  beforeAll(() => h.start());
  afterAll(async () => {
    await h.s?.close();
    markSuiteRan(dialect);
  });

  it("keeps 二七区's application and applicant away from the 金水区 manager by every path", async () => {
    const erqiApp = await h.demoApp("410103");
    const jinshuiApp = await h.demoApp("410105");
    const listed = await h.apps(h.t.jinshui);
    expect(listed.map((a) => a.id)).toContain(jinshuiApp.id);
    expect(listed.filter((a) => !a.region.code.startsWith("410105")).map((a) => a.region.code)).toEqual([]);
    expect((await h.apps(h.t.jinshui, { status: "PENDING" })).map((a) => a.id)).not.toContain(erqiApp.id);
    expect(await h.node(h.t.jinshui, erqiApp.id)).toBeNull();
    expect(await h.node(h.t.jinshui, erqiApp.applicant.id)).toBeNull();
    const many = await h.s.gql<{ nodes: ({ id: string } | null)[] }>(
      NODES,
      { ids: [erqiApp.id, erqiApp.applicant.id, jinshuiApp.id] },
      h.t.jinshui,
    );
    expect(many.data!.nodes).toEqual([null, null, { id: jinshuiApp.id }]);
    // the 二七区 manager does see it
    expect(await h.node(h.t.erqi, erqiApp.id)).toMatchObject({ id: erqiApp.id, status: "PENDING" });
  });

  it("answers NOT_FOUND when the 金水区 manager decides 二七区's application, which stays PENDING", async () => {
    const erqiApp = await h.demoApp("410103");
    for (const approve of [true, false]) {
      const e = expectError(await h.decide(h.t.jinshui, erqiApp.id, approve), "NOT_FOUND");
      expect(JSON.stringify(e)).not.toContain("410103");
    }
    expect(await h.asProvince(erqiApp.id)).toMatchObject({ status: "PENDING" });
    expect((await h.person(erqiApp.applicant.id))!.tier).toBe("INDIVIDUAL");
  });

  it("shows applicants' full phones only to the province and the applicant", async () => {
    const jinshuiApp = await h.demoApp("410105");
    expect(jinshuiApp.applicant.phone).toMatch(/^1370000000\d$/); // the province
    const [asCounty] = (await h.apps(h.t.jinshui)).filter((a) => a.id === jinshuiApp.id);
    expect(asCounty.applicant.phone).toBeNull();
    expect(asCounty.applicant.phoneMasked).toBe(`${jinshuiApp.applicant.phone!.slice(0, 3)}****${jinshuiApp.applicant.phone!.slice(-4)}`);
    const [asCity] = (await h.apps(h.t.zhengzhou)).filter((a) => a.id === jinshuiApp.id);
    expect(asCity.applicant.phone).toBeNull();
    const self = await h.s.login(jinshuiApp.applicant.phone!);
    expect((await h.apps(self))[0].applicant.phone).toBe(jinshuiApp.applicant.phone);
  });

  it("stops a township manager from deciding a county (or sibling township) application; 郑州's city manager can", async () => {
    const county = await h.demoApp("410102"); // COUNTY_MANAGER for 中原区
    expect(county.tier).toBe("COUNTY_MANAGER");
    expectError(await h.decide(h.t.jingbalu, county.id, true), ["NOT_FOUND", "FORBIDDEN"]);
    expectError(await h.decide(h.t.jinshui, county.id, true), ["NOT_FOUND", "FORBIDDEN"]); // same tier, other county
    expectError(await h.decide(h.t.luoyang, county.id, true), ["NOT_FOUND", "FORBIDDEN"]); // higher tier, other city
    expect(await h.asProvince(county.id)).toMatchObject({ status: "PENDING" });
    const township = await h.demoApp("410105"); // TOWNSHIP_MANAGER for 花园路街道
    expectError(await h.decide(h.t.jingbalu, township.id, true), ["NOT_FOUND", "FORBIDDEN"]); // same tier
    expect(await h.asProvince(township.id)).toMatchObject({ status: "PENDING" });

    const r = await h.decide(h.t.zhengzhou, county.id, true, "同意");
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    expect(r.data!.decideManagerApplication.status).toBe("APPROVED");
    expect(await h.person(county.applicant.id)).toMatchObject({ tier: "COUNTY_MANAGER", managedRegion: { code: "410102" } });
  });

  it("refuses individuals the volunteer list and decisions", async () => {
    expectError(await h.s.gql("{ volunteers { totalCount } }", {}, h.t.individual), "FORBIDDEN");
    const app = await h.demoApp("410105");
    expectError(await h.decide(h.t.individual, app.id, false), "FORBIDDEN");
    expect(await h.apps(h.t.individual, { decidable: true })).toEqual([]);
  });

  it("never lets anyone decide their own application: the 金水区 manager applying for 郑州 gets FORBIDDEN, the province approves", async () => {
    const r = await h.apply(h.t.jinshui, { tier: "CITY_MANAGER", regionCode: "4101", reason: "申请升任市级管理员" });
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    const app = r.data!.applyForManager;
    expect(app.canDecide).toBe(false);
    expect((await h.apps(h.t.jinshui, { decidable: true })).map((a) => a.id)).not.toContain(app.id);
    expect((await h.apps(h.t.jinshui)).map((a) => a.id)).toContain(app.id);
    for (const approve of [true, false]) expectError(await h.decide(h.t.jinshui, app.id, approve), "FORBIDDEN");
    expectError(await h.decide(h.t.zhengzhou, app.id, true), ["FORBIDDEN", "NOT_FOUND"]); // same tier as the application
    expect(await h.asProvince(app.id)).toMatchObject({ status: "PENDING" });
    expect(await h.person(h.ids.jinshui)).toMatchObject({ tier: "COUNTY_MANAGER", managedRegion: { code: "410105" } });

    const ok = await h.decide(h.t.province, app.id, true);
    expect(ok.errors).toBeUndefined();
    expect(await h.person(h.ids.jinshui)).toMatchObject({ tier: "CITY_MANAGER", managedRegion: { code: "4101" } });
  });

  it("never sent a full ID number in any response", () => h.expectNoIdLeak());
});
