import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EventType, volunteerActor, type Tier } from "@kepu/domain";
import { queryCount } from "../../../db/data-source.js";
import { JobRunner } from "../../../jobs/job-runner.js";
import { RequestContext } from "../../../platform/request-context.js";
import { markSuiteRan, testDialects } from "../../../test/databases.js";
import { startTestServer, type TestServer } from "../../../test/test-server.js";
import { drainKpis } from "../../kpi/kpi-drain.js";
import { BULLETIN_COLUMNS } from "../bulletin-export.js";
import { Bulletin } from "../bulletin.entity.js";
import { generateMonthlyBulletins, monthlyBulletinJob } from "../bulletin.job.js";
import { BulletinService, type GenerateBulletinData } from "../bulletin.service.js";

const at = (day: string) => new Date(`${day}T04:00:00Z`); // noon in Shanghai
const OCTOBER = { periodKind: "MONTH", from: "2026-10-01", to: "2026-11-01" } as const;

interface RowShape {
  regionCode: string;
  regionName: string;
  rank: number;
  rankChange: number;
  registrations: number;
  shares: number;
  atRisk: boolean;
  populationEstimated: boolean;
}
interface BulletinShape {
  id: string;
  title: string;
  periodLabel: string;
  source: string;
  regionCount: number;
  atRiskCount: number;
  createdByName: string | null;
  region: { code: string };
  rows: RowShape[];
  total: { registrations: number; shares: number };
}
const FIELDS = `id title periodLabel source regionCount atRiskCount createdByName region { code }
  rows { regionCode regionName rank rankChange registrations shares atRisk populationEstimated } total { registrations shares }`;
const GENERATE = `mutation($input: GenerateBulletinInput!) { generateBulletin(input: $input) { ${FIELDS} } }`;

/** October 2026 in 郑州: 金水区 well ahead, 中原区 behind, 二七区 with one share; 洛阳 (another city) too. */
async function emitOctober(s: TestServer): Promise<void> {
  const system = RequestContext.system(s.running.services, "test:bulletin");
  const plan: [string, number, number][] = [
    ["410105001003", 5, 7], // 金水区: 5 certified, 7 shares
    ["410102002", 2, 1], // 中原区
    ["410103", 0, 1], // 二七区
    ["410302001", 3, 2], // 洛阳 老城区
  ];
  let n = 0;
  for (const [home, certified, shares] of plan) {
    for (let i = 0; i < certified; i++) {
      const id = 880_000 + ++n;
      await system.write((tx) =>
        tx.emit({
          type: EventType.VOLUNTEER_CERTIFIED,
          subjectType: "Volunteer",
          subjectId: id,
          regionCode: home,
          idempotencyKey: `test:bulletin:cert:${id}`,
          occurredAt: at(`2026-10-${String(3 + i).padStart(2, "0")}`),
        }),
      );
    }
    for (let i = 0; i < shares; i++) {
      const id = 880_100 + ++n;
      const as = new RequestContext(
        s.running.services,
        volunteerActor({ volunteerId: String(880_001 + (i % 3)), tier: "INDIVIDUAL", managedRegionCode: null, certified: true }),
        `test:bulletin:${id}`,
      );
      await as.write((tx) =>
        tx.emit({
          type: EventType.SHARE_RECORDED,
          subjectType: "ShareEvent",
          subjectId: id,
          regionCode: home,
          idempotencyKey: `test:bulletin:share:${id}`,
          payload: { sharerId: 880_001, platform: "WECHAT" },
          occurredAt: at(`2026-10-${String(10 + i).padStart(2, "0")}`),
        }),
      );
    }
  }
}

const serviceAs = (s: TestServer, tier: Tier, region: string | null) =>
  new BulletinService(
    new RequestContext(
      s.running.services,
      volunteerActor({ volunteerId: "1", tier, managedRegionCode: region, certified: true }),
      "test:bulletin-service",
    ),
  );

describe.each(testDialects())("bulletins on %s", (dialect) => {
  let s: TestServer;
  const tokens: Record<"province" | "city" | "county" | "otherCity" | "individual", string> = {
    province: "",
    city: "",
    county: "",
    otherCity: "",
    individual: "",
  };
  let counties: { code: string; name: string }[];
  let cityBulletin: BulletinShape;

  beforeAll(async () => {
    s = await startTestServer(dialect, { DEMO_DATA: "1" });
    const phones = {
      province: "13800000000",
      city: "13800000001",
      county: "13800000002",
      otherCity: "13800000004",
      individual: "13800000009",
    };
    for (const [role, phone] of Object.entries(phones)) tokens[role as keyof typeof tokens] = await s.login(phone);
    await emitOctober(s);
    await drainKpis(s.running.ds, { settleMs: 0 });
    counties = (await s.running.ds.query("SELECT code, name FROM region WHERE parent_code = '4101' ORDER BY code")) as {
      code: string;
      name: string;
    }[];
  });
  afterAll(async () => {
    await s?.close();
    markSuiteRan(dialect);
  });

  const get = (path: string, token?: string) => fetch(`${s.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

  it("a city manager generates 郑州市's October bulletin: its counties ranked with the KPI engine's figures, retried by its client key", async () => {
    const input = { regionCode: "4101", ...OCTOBER, clientRequestId: "test-bulletin-0001" };
    const r = await s.gql<{ generateBulletin: BulletinShape }>(GENERATE, { input }, tokens.city);
    expect(r.errors).toBeUndefined();
    cityBulletin = r.data!.generateBulletin;
    expect(cityBulletin).toMatchObject({
      title: "郑州市 2026年10月 科普中国信息员工作通报",
      periodLabel: "2026年10月",
      source: "ON_DEMAND",
      region: { code: "4101" },
      regionCount: counties.length,
    });
    expect(cityBulletin.createdByName).toBeTruthy();
    expect(cityBulletin.rows.map((row) => row.regionCode).sort()).toEqual(counties.map((c) => c.code));
    expect(cityBulletin.rows.map((row) => row.rank)).toEqual([...cityBulletin.rows.map((row) => row.rank)].sort((a, b) => a - b));
    expect(cityBulletin.rows.every((row) => row.populationEstimated)).toBe(true);
    expect(cityBulletin.rows.find((row) => row.regionCode === "410105")).toMatchObject({ regionName: "金水区", shares: 7 });
    expect(cityBulletin.atRiskCount).toBe(cityBulletin.rows.filter((row) => row.atRisk).length);

    // The figures and ranks the engine answers for the period (demo data certifies people over the past year too).
    const engine = await s.gql<{
      children: { regionCode: string; registrations: number; shares: number }[];
      self: { registrations: number; shares: number }[];
      kpiRanking: { regionCode: string; rank: number; rankChange: number }[];
    }>(
      `{ children: regionKpis(regionCode: "4101", from: "2026-10-01", to: "2026-11-01") { regionCode registrations shares }
         self: regionKpis(regionCode: "4101", from: "2026-10-01", to: "2026-11-01", breakdown: SELF) { registrations shares }
         kpiRanking(regionCode: "4101", from: "2026-10-01", to: "2026-11-01") { regionCode rank rankChange } }`,
      {},
      tokens.city,
    );
    const figures = new Map(engine.data!.children.map((k) => [k.regionCode, k]));
    for (const row of cityBulletin.rows) {
      expect({ registrations: row.registrations, shares: row.shares }).toEqual({
        registrations: figures.get(row.regionCode)!.registrations,
        shares: figures.get(row.regionCode)!.shares,
      });
    }
    expect(cityBulletin.total).toEqual(engine.data!.self[0]);
    expect(cityBulletin.total.shares).toBe(9);
    expect(cityBulletin.rows.map(({ regionCode, rank, rankChange }) => ({ regionCode, rank, rankChange }))).toEqual(
      engine.data!.kpiRanking,
    );

    // A retry answers the same bulletin; the same key for another request is a client bug.
    const again = await s.gql<{ generateBulletin: BulletinShape }>(GENERATE, { input }, tokens.city);
    expect(again.data!.generateBulletin.id).toBe(cityBulletin.id);
    const other = await s.gql(GENERATE, { input: { ...input, periodKind: "QUARTER", from: "2026-07-01", to: "2026-10-01" } }, tokens.city);
    expect(other.errors?.[0].extensions).toMatchObject({ code: "CONFLICT", field: "clientRequestId" });
    expect(await s.running.ds.getRepository(Bulletin).countBy({ regionCode: "4101" })).toBe(1);
  });

  it("lists and shows bulletins by scope: a county manager neither sees nor downloads its city's, another city is FORBIDDEN", async () => {
    const county = await s.gql<{ generateBulletin: BulletinShape }>(
      GENERATE,
      {
        input: { regionCode: "410105", periodKind: "CUSTOM", from: "2026-10-01", to: "2026-10-16", clientRequestId: "test-bulletin-0002" },
      },
      tokens.county,
    );
    expect(county.errors).toBeUndefined();
    expect(county.data!.generateBulletin.periodLabel).toBe("2026年10月1日至10月15日");
    const countyId = county.data!.generateBulletin.id;

    const list = `query($r: String, $sub: Boolean) { bulletins(regionCode: $r, withSubregions: $sub, first: 10) {
      totalCount edges { node { id region { code } } } } }`;
    type ListShape = { bulletins: { totalCount: number; edges: { node: { id: string; region: { code: string } } }[] } };
    const ids = (r: { data?: ListShape | null }) => r.data!.bulletins.edges.map((e) => e.node.id);
    expect(ids(await s.gql<ListShape>(list, {}, tokens.county))).toEqual([countyId]);
    expect(ids(await s.gql<ListShape>(list, { r: "4101" }, tokens.city))).toEqual([cityBulletin.id]);
    expect(ids(await s.gql<ListShape>(list, { r: "4101", sub: true }, tokens.city)).sort()).toEqual([cityBulletin.id, countyId].sort());
    expect(ids(await s.gql<ListShape>(list, {}, tokens.province))).toEqual(expect.arrayContaining([cityBulletin.id, countyId]));
    expect(ids(await s.gql<ListShape>(list, {}, tokens.otherCity))).toEqual([]);
    expect((await s.gql(list, { r: "4101" }, tokens.otherCity)).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect((await s.gql(list, { r: "4101" }, tokens.county)).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect((await s.gql(list, {}, tokens.individual)).errors?.[0].extensions?.code).toBe("FORBIDDEN");

    const one = `query($id: ID!) { bulletin(id: $id) { id } node(id: $id) { id } }`;
    expect((await s.gql(one, { id: cityBulletin.id }, tokens.county)).data).toEqual({ bulletin: null, node: null });
    expect((await s.gql(one, { id: countyId }, tokens.city)).data).toEqual({ bulletin: { id: countyId }, node: { id: countyId } });

    const download = await get(`/exports/bulletin.xlsx?id=${cityBulletin.id}`, tokens.county);
    expect(download.status).toBe(403);
    expect(((await download.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe("FORBIDDEN");
    expect((await get(`/exports/bulletin.csv?id=${cityBulletin.id}`)).status).toBe(401);
    const otherCity = await s.gql(
      GENERATE,
      { input: { regionCode: "4101", ...OCTOBER, clientRequestId: "test-bulletin-0003" } },
      tokens.otherCity,
    );
    expect(otherCity.errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });

  it("XLSX: title, merged group headers, frozen, number formats, at-risk rows in red, the counties of 郑州市 and a 合计 line", async () => {
    const res = await get(`/exports/bulletin.xlsx?id=${cityBulletin.id}`, tokens.city);
    expect(res.status).toBe(200);
    expect(decodeURIComponent(res.headers.get("content-disposition")!.split("UTF-8''")[1])).toBe("通报-郑州市-2026年10月.xlsx");
    expect(Number(res.headers.get("x-total-count"))).toBe(counties.length + 1);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 3 });
    expect(sheet.getCell("A1").value).toBe("郑州市 2026年10月 科普中国信息员工作通报");
    expect(sheet.getCell(1, BULLETIN_COLUMNS.length).master.address).toBe("A1");
    // Row 2: group labels merged over their columns; ungrouped columns span rows 2–3.
    expect(sheet.getCell("A2").value).toBe("排名");
    expect(sheet.getCell("A3").master.address).toBe("A2");
    expect(sheet.getCell("D2").value).toBe("注册");
    expect(sheet.getCell("E2").master.address).toBe("D2");
    expect(sheet.getCell("D3").value).toBe("注册量");
    const header = BULLETIN_COLUMNS.map((c, i) => (c.group ? sheet.getCell(3, i + 1).value : sheet.getCell(2, i + 1).value));
    expect(header).toEqual(BULLETIN_COLUMNS.map((c) => c.header));

    const col = (name: string) => BULLETIN_COLUMNS.findIndex((c) => c.header === name) + 1;
    const data = Array.from({ length: counties.length }, (_, i) => sheet.getRow(4 + i));
    expect(data.map((row) => row.getCell(col("地区代码")).value).sort()).toEqual(counties.map((c) => c.code));
    expect(data.map((row) => row.getCell(col("地区")).value)).toContain("金水区");
    const first = data[0];
    expect(first.getCell(col("地区")).value).toBe(cityBulletin.rows[0].regionName);
    expect(first.getCell(col("注册量")).value).toBe(cityBulletin.rows[0].registrations);
    expect(first.getCell(col("注册量")).numFmt).toBe("#,##0");
    expect(first.getCell(col("注册比例（%）")).numFmt).toBe("0.00##");
    expect(typeof first.getCell(col("注册比例（%）")).value).toBe("number");
    expect(first.getCell(col("人口来源")).value).toBe("估算");
    for (const [i, row] of cityBulletin.rows.entries()) {
      const fill = data[i].getCell(1).fill as { fgColor?: { argb?: string } } | undefined;
      expect(data[i].getCell(col("风险")).value ?? "").toBe(row.atRisk ? "有风险" : "");
      expect(fill?.fgColor?.argb === "FFFFC7CE").toBe(row.atRisk);
    }
    expect(cityBulletin.rows.some((row) => row.atRisk)).toBe(true);
    const total = sheet.getRow(4 + counties.length);
    expect(total.getCell(1).value).toBe("合计");
    expect(total.getCell(col("地区")).value).toBe("郑州市");
    expect(total.getCell(col("注册量")).value).toBe(cityBulletin.total.registrations);
    expect(total.getCell(1).font?.bold).toBe(true);
    expect(String(sheet.getRow(5 + counties.length).getCell(1).value)).toMatch(/^统计期间：2026年10月/);

    // By region and period instead of id: the newest bulletin of exactly that region and period, in the same scope.
    const byPeriod = "/exports/bulletin.xlsx?regionCode=4101&from=2026-10-01&to=2026-11-01";
    const same = await get(byPeriod, tokens.city);
    expect(same.status).toBe(200);
    expect(decodeURIComponent(same.headers.get("content-disposition")!.split("UTF-8''")[1])).toBe("通报-郑州市-2026年10月.xlsx");
    expect((await get(byPeriod, tokens.county)).status).toBe(403);
    expect((await get("/exports/bulletin.xlsx?regionCode=4102&from=2026-10-01&to=2026-11-01", tokens.province)).status).toBe(404);
    expect((await get("/exports/bulletin.xlsx?regionCode=4101&from=2026-10-01", tokens.province)).status).toBe(400);
  });

  it("CSV: BOM, the Chinese headers, one line per county and the 合计 line, the same file however late it is downloaded", async () => {
    const res = await get(`/exports/bulletin.csv?id=${cityBulletin.id}`, tokens.province);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/csv/);
    expect(decodeURIComponent(res.headers.get("content-disposition")!.split("UTF-8''")[1])).toBe("通报-郑州市-2026年10月.csv");
    const body = Buffer.from(await res.arrayBuffer());
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = body.toString("utf8").slice(1).trimEnd().split("\r\n");
    expect(lines[0]).toBe(BULLETIN_COLUMNS.map((c) => c.header).join(","));
    expect(lines).toHaveLength(counties.length + 2);
    const top = cityBulletin.rows[0];
    expect(lines[1].split(",").slice(0, 4)).toEqual([String(top.rank), top.regionName, top.regionCode, String(top.registrations)]);
    expect(lines.at(-1)!.split(",").slice(0, 4)).toEqual(["合计", "郑州市", "4101", String(cityBulletin.total.registrations)]);

    // Data arriving later (a late October certification) changes the engine's answer, not the bulletin.
    await RequestContext.system(s.running.services, "test:bulletin").write((tx) =>
      tx.emit({
        type: EventType.VOLUNTEER_CERTIFIED,
        subjectType: "Volunteer",
        subjectId: 889_999,
        regionCode: "410105",
        idempotencyKey: "test:bulletin:late",
        occurredAt: at("2026-10-20"),
      }),
    );
    await drainKpis(s.running.ds, { settleMs: 0 });
    const later = await get(`/exports/bulletin.csv?id=${cityBulletin.id}`, tokens.province);
    expect(Buffer.from(await later.arrayBuffer()).equals(body)).toBe(true);
  });

  const bad: [string, () => Promise<unknown>, string, string | undefined][] = [
    [
      "to before from",
      () => serviceAs(s, "PROVINCE_ADMIN", null).generate(req({ periodKind: "CUSTOM", from: "2026-10-05", to: "2026-10-01" })),
      "BAD_USER_INPUT",
      "to",
    ],
    [
      "to equal to from",
      () => serviceAs(s, "PROVINCE_ADMIN", null).generate(req({ periodKind: "CUSTOM", from: "2026-10-05", to: "2026-10-05" })),
      "BAD_USER_INPUT",
      "to",
    ],
    [
      "more than 10 years",
      () => serviceAs(s, "PROVINCE_ADMIN", null).generate(req({ periodKind: "CUSTOM", from: "2015-01-01", to: "2025-01-02" })),
      "BAD_USER_INPUT",
      "to",
    ],
    [
      "a month not starting on the 1st",
      () => serviceAs(s, "PROVINCE_ADMIN", null).generate(req({ from: "2026-10-02" })),
      "BAD_USER_INPUT",
      "from",
    ],
    [
      "a period not over yet",
      () => serviceAs(s, "PROVINCE_ADMIN", null).generate(req({ periodKind: "YEAR", from: "2026-01-01", to: "2027-01-01" })),
      "BAD_USER_INPUT",
      "to",
    ],
    ["a malformed region", () => serviceAs(s, "PROVINCE_ADMIN", null).generate(req({ regionCode: "41x" })), "BAD_USER_INPUT", "regionCode"],
    [
      "a village (no children to rank)",
      () => serviceAs(s, "PROVINCE_ADMIN", null).generate(req({ regionCode: "410105001003" })),
      "BAD_USER_INPUT",
      "regionCode",
    ],
    [
      "a malformed client key",
      () => serviceAs(s, "PROVINCE_ADMIN", null).generate(req({ clientRequestId: "空 格" })),
      "BAD_USER_INPUT",
      "clientRequestId",
    ],
    [
      "a region outside the county manager's",
      () => serviceAs(s, "COUNTY_MANAGER", "410105").generate(req({ regionCode: "4101" })),
      "FORBIDDEN",
      undefined,
    ],
    ["a sibling county", () => serviceAs(s, "COUNTY_MANAGER", "410105").generate(req({ regionCode: "410102" })), "FORBIDDEN", undefined],
    ["an individual", () => serviceAs(s, "INDIVIDUAL", null).generate(req({ regionCode: "410105" })), "FORBIDDEN", undefined],
  ];
  it.each(bad)("refuses %s before any SQL runs", async (_label, call, code, field) => {
    const before = queryCount(s.running.ds);
    const err = (await call().then(
      () => null,
      (e: unknown) => e,
    )) as { code?: string; field?: string; message?: string } | null;
    expect(err?.code).toBe(code);
    if (field) expect(err!.field).toBe(field);
    expect(err!.message).toMatch(/[\u4e00-\u9fa5]/);
    expect(queryCount(s.running.ds)).toBe(before);
  });

  it("an unknown region is NOT_FOUND", async () => {
    await expect(
      serviceAs(s, "PROVINCE_ADMIN", null).generate(req({ regionCode: "4199", clientRequestId: "unknown-4199" })),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  describe("the monthly job", () => {
    const scheduled = (from: string) => s.running.ds.getRepository(Bulletin).countBy({ source: "SCHEDULED", periodFrom: from });
    afterAll(() => {
      s.running.services.clock = undefined;
    });

    it("on 1 November makes October's for the province and each city exactly once, however many processes run it at once", async () => {
      s.running.services.clock = () => new Date("2026-11-01T01:00:00Z"); // 09:00 in Shanghai
      const cities = Number(
        ((await s.running.ds.query("SELECT COUNT(*) AS n FROM region WHERE parent_code = '41'")) as { n: number }[])[0].n,
      );
      expect(cities).toBe(18);
      const run = () => generateMonthlyBulletins(RequestContext.system(s.running.services, "job:monthly-bulletins"));
      const summaries = await Promise.all([run(), run()]);
      expect(await scheduled("2026-10-01")).toBe(1 + cities);
      // Between them the two runs made one set: their counts add up to it.
      const made = summaries.map((m) => Number(/^(\d+)/.exec(m ?? "0")?.[1] ?? 0));
      expect(made[0] + made[1]).toBe(1 + cities);
      expect(await run()).toBeUndefined();
      expect(await scheduled("2026-10-01")).toBe(1 + cities);

      const r = await s.gql<{ bulletins: { edges: { node: BulletinShape }[] } }>(
        `{ bulletins(regionCode: "4101", source: SCHEDULED, first: 5) { edges { node { ${FIELDS} } } } }`,
        {},
        tokens.city,
      );
      const [zhengzhou] = r.data!.bulletins.edges.map((e) => e.node);
      expect(zhengzhou).toMatchObject({ title: "郑州市 2026年10月 科普中国信息员工作通报", source: "SCHEDULED", createdByName: null });
      expect(zhengzhou.rows.map((row) => row.regionCode).sort()).toEqual(counties.map((c) => c.code));
      expect(zhengzhou.total.registrations).toBe(cityBulletin.total.registrations + 1); // with the late certification
    });

    it("through the job runner: two processes ticking on 1 December make November's once", async () => {
      s.running.services.clock = () => new Date("2026-11-30T16:30:00Z"); // 00:30 on 1 December in Shanghai
      const job = monthlyBulletinJob();
      const runners = [new JobRunner(s.running.services, [job]), new JobRunner(s.running.services, [job])];
      const ticks = await Promise.all(runners.map((r) => r.tick(job)));
      expect(ticks.filter((t) => t === null)).toHaveLength(1); // the other process did not get the lease
      expect(await scheduled("2026-11-01")).toBe(19);
      await Promise.all(runners.map((r) => r.stop()));
    });

    it("a month without any data still gets its bulletins, with zeros", async () => {
      s.running.services.clock = () => new Date("2021-06-01T02:00:00Z");
      await generateMonthlyBulletins(RequestContext.system(s.running.services, "job:monthly-bulletins"));
      expect(await scheduled("2021-05-01")).toBe(19);
      const r = await s.gql<{ bulletins: { edges: { node: BulletinShape }[] } }>(
        `{ bulletins(regionCode: "41", from: "2021-05-01", to: "2021-06-01", first: 5) { edges { node { ${FIELDS} } } } }`,
        {},
        tokens.province,
      );
      const [province] = r.data!.bulletins.edges.map((e) => e.node);
      expect(province.title).toBe("河南省 2021年5月 科普中国信息员工作通报");
      expect(province.rows).toHaveLength(18);
      expect(province.rows.every((row) => row.registrations === 0 && row.shares === 0 && row.rank === 1)).toBe(true);
      expect(province.total).toEqual({ registrations: 0, shares: 0 });
      const csv = await get(`/exports/bulletin.csv?id=${province.id}`, tokens.province);
      expect((await csv.text()).trimEnd().split("\r\n")).toHaveLength(18 + 2);
    });
  });
});

function req(change: Partial<GenerateBulletinData>): GenerateBulletinData {
  return { regionCode: "4101", ...OCTOBER, clientRequestId: "test-bad-input", ...change };
}
