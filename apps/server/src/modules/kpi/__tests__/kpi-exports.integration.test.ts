import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { markSuiteRan, testDialects } from "../../../test/databases.js";
import { startTestServer, type TestServer } from "../../../test/test-server.js";
import { drainKpis } from "../kpi-drain.js";
import { emitMix } from "./kpi-harness.js";

interface ErrorBody {
  errors: { message: string; extensions: { code: string; field?: string } }[];
}

interface Figures {
  regionCode: string;
  registrations: number;
  totalVolunteers: number;
  shares: number;
  activeVolunteers: number;
  registrationRatio: number | null;
}

const FIGURES = "regionCode registrations totalVolunteers shares activeVolunteers registrationRatio";
const FROM = "2025-01-01";
const TO = "2025-05-01";

/** A CSV body as rows of cells (no quoted commas in these tables: names and numbers only). */
const csvRows = (body: Buffer): string[][] =>
  body
    .toString("utf8")
    .replace(/^\uFEFF/, "")
    .trim()
    .split("\r\n")
    .map((line) => line.split(","));

describe.each(testDialects())("KPI exports (region-kpis, kpi-ranking, kpi-targets) on %s", (dialect) => {
  let s: TestServer;
  let province: string;
  let county: string;
  let individual: string;
  beforeAll(async () => {
    s = await startTestServer(dialect, { DEMO_DATA: "1" });
    [province, county, individual] = await Promise.all(["13800000000", "13800000002", "13800000009"].map((p) => s.login(p)));
    await emitMix(s.running.services, 7, 240);
    await drainKpis(s.running.ds, { settleMs: 0 });
  });
  afterAll(async () => {
    await s?.close();
    markSuiteRan(dialect);
  });

  const get = (path: string, token?: string) => fetch(`${s.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  const errorOf = async (res: Response) => ((await res.json()) as ErrorBody).errors[0];

  it("region-kpis: the region's 合计 row, then every child, with the figures regionKpis answers (CSV)", async () => {
    const q = `query($c: String!, $b: KpiBreakdown) { regionKpis(regionCode: $c, from: "${FROM}", to: "${TO}", breakdown: $b) { ${FIGURES} } }`;
    const [self, children] = await Promise.all([
      s.gql<{ regionKpis: Figures[] }>(q, { c: "4101", b: "SELF" }, province),
      s.gql<{ regionKpis: Figures[] }>(q, { c: "4101", b: "CHILDREN" }, province),
    ]);
    const expected = [...self.data!.regionKpis, ...children.data!.regionKpis];
    expect(expected.reduce((n, k) => n + k.shares, 0)).toBeGreaterThan(0);

    const res = await get(`/exports/region-kpis.csv?regionCode=4101&from=${FROM}&to=${TO}`, province);
    expect(res.status).toBe(200);
    expect(decodeURIComponent(res.headers.get("content-disposition")!.split("UTF-8''")[1])).toMatch(/^地区指标-\d{8}\.csv$/);
    expect(Number(res.headers.get("x-total-count"))).toBe(expected.length);
    const [header, ...rows] = csvRows(Buffer.from(await res.arrayBuffer()));
    expect(header.slice(0, 5)).toEqual(["地区代码", "地区", "统计期间", "注册量", "累计注册"]);
    expect(rows).toHaveLength(expected.length);
    expect(rows[0].slice(0, 3)).toEqual(["4101", "郑州市（合计）", "2025-01-01 至 2025-04-30"]);
    const col = (name: string) => header.indexOf(name);
    rows.forEach((row, i) => {
      const k = expected[i];
      expect(row[0]).toBe(k.regionCode);
      expect(Number(row[col("注册量")])).toBe(k.registrations);
      expect(Number(row[col("累计注册")])).toBe(k.totalVolunteers);
      expect(Number(row[col("传播量")])).toBe(k.shares);
      expect(Number(row[col("活跃人数")])).toBe(k.activeVolunteers);
      if (k.registrationRatio !== null) expect(Number(row[col("注册比例（%）")])).toBeCloseTo(k.registrationRatio * 100, 3);
    });
    expect(rows.find((r) => r[0] === "410105")?.[1]).toBe("金水区");
  });

  it("kpi-ranking: rank order, measure and weights as kpiRanking answers them (XLSX)", async () => {
    const weights = { registrations: 0, registrationRatio: 0, activeVolunteers: 1, shares: 3 };
    const r = await s.gql<{ kpiRanking: { rank: number; previousRank: number; rankChange: number; value: number; regionCode: string }[] }>(
      `query($w: CompositeWeightsInput) { kpiRanking(regionCode: "4101", from: "${FROM}", to: "${TO}", measure: COMPOSITE, weights: $w) {
        rank previousRank rankChange value regionCode } }`,
      { w: weights },
      province,
    );
    expect(r.errors).toBeUndefined();
    const query = `regionCode=4101&from=${FROM}&to=${TO}&measure=COMPOSITE&registrationsWeight=0&registrationRatioWeight=0&activeVolunteersWeight=1&sharesWeight=3`;
    const res = await get(`/exports/kpi-ranking.xlsx?${query}`, province);
    expect(res.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await res.arrayBuffer());
    const sheet = book.worksheets[0];
    expect(sheet.name).toBe("排名");
    expect(sheet.getRow(1).getCell(1).value).toBe("名次");
    expect(sheet.rowCount).toBe(r.data!.kpiRanking.length + 1);
    r.data!.kpiRanking.forEach((row, i) => {
      const cells = sheet.getRow(i + 2);
      expect(cells.getCell(1).value).toBe(row.rank);
      expect(cells.getCell(2).value).toBe(row.regionCode);
      expect(cells.getCell(4).value).toBe("综合得分");
      expect(cells.getCell(5).value as number).toBeCloseTo(row.value, 1);
      expect(cells.getCell(6).value).toBe(row.previousRank);
      expect(cells.getCell(7).value).toBe(row.rankChange);
    });
    // Only shares and actives weigh here: the leader is not what equal weights make it in general, but it is what the API says.
    expect(r.data!.kpiRanking[0].value).toBeGreaterThan(0);

    const shares = await get(`/exports/kpi-ranking.csv?regionCode=4101&from=${FROM}&to=${TO}&measure=SHARES`, province);
    const [, first] = csvRows(Buffer.from(await shares.arrayBuffer()));
    expect(first[3]).toBe("传播量");
  });

  it("kpi-targets: each child's gaps, paces, projections and risk as kpiTargets answers them, with the deadline", async () => {
    const r = await s.gql<{
      kpiTargets: { regionCode: string; deadline: string; totalVolunteers: number; atRisk: boolean; target: { needed: number | null } }[];
    }>(
      `{ kpiTargets(regionCode: "410105", deadline: "2030-06-30") { regionCode deadline totalVolunteers atRisk target { needed } } }`,
      {},
      county,
    );
    expect(r.errors).toBeUndefined();
    const res = await get(`/exports/kpi-targets.csv?regionCode=410105&deadline=2030-06-30`, county);
    expect(res.status).toBe(200);
    const [header, ...rows] = csvRows(Buffer.from(await res.arrayBuffer()));
    expect(rows).toHaveLength(r.data!.kpiTargets.length);
    const col = (name: string) => header.indexOf(name);
    rows.forEach((row, i) => {
      const t = r.data!.kpiTargets[i];
      expect(row[0]).toBe(t.regionCode);
      expect(Number(row[col("累计注册")])).toBe(t.totalVolunteers);
      expect(row[col("距 2% 还需注册")]).toBe(t.target.needed === null ? "" : String(t.target.needed));
      expect(row[col("截止日期")]).toBe("2030-06-30");
      expect(row[col("有风险")]).toBe(t.atRisk ? "是" : "否");
    });
  });

  it("refuses without a session (401), an individual (403) and a region above or beside a manager's (403), in both formats", async () => {
    const period = `from=${FROM}&to=${TO}`;
    for (const format of ["csv", "xlsx"]) {
      for (const [name, extra] of [
        ["region-kpis", period],
        ["kpi-ranking", period],
        ["kpi-targets", ""],
      ]) {
        const path = (code: string) => `/exports/${name}.${format}?regionCode=${code}&${extra}`;
        const anonymous = await get(path("410105"));
        expect(anonymous.status, name).toBe(401);
        expect((await errorOf(anonymous)).extensions.code).toBe("UNAUTHENTICATED");
        const person = await get(path("410105"), individual);
        expect(person.status, name).toBe(403);
        expect((await errorOf(person)).extensions.code).toBe("FORBIDDEN");
        expect((await get(path("4101"), county)).status, `${name}: the parent city`).toBe(403);
        expect((await get(path("410102"), county)).status, `${name}: a sibling county`).toBe(403);
        const own = await get(path("410105"), county);
        expect(own.status, `${name}: own county`).toBe(200);
        await own.arrayBuffer();
      }
    }
  });

  it("answers bad parameters with 400 naming the field, an unknown region with 404, before any byte of the file", async () => {
    for (const [path, code, field] of [
      [`/exports/region-kpis.csv?from=${FROM}&to=${TO}`, "BAD_USER_INPUT", "regionCode"],
      [`/exports/region-kpis.csv?regionCode=41&from=2025-05-01&to=2025-01-01`, "BAD_USER_INPUT", "to"],
      [`/exports/region-kpis.xlsx?regionCode=41&from=yesterday&to=${TO}`, "BAD_USER_INPUT", "from"],
      [`/exports/region-kpis.csv?regionCode=41x&from=${FROM}&to=${TO}`, "BAD_USER_INPUT", "regionCode"],
      [`/exports/kpi-ranking.csv?regionCode=41&from=${FROM}&to=${TO}&measure=LOUDEST`, "BAD_USER_INPUT", "measure"],
      [`/exports/kpi-ranking.csv?regionCode=41&from=${FROM}&to=${TO}&sharesWeight=-1`, "BAD_USER_INPUT", "sharesWeight"],
      [`/exports/kpi-ranking.csv?regionCode=41&from=${FROM}&to=${TO}&sharesWeight=lots`, "BAD_USER_INPUT", "sharesWeight"],
      [`/exports/kpi-targets.csv?regionCode=41&deadline=2025-02-30`, "BAD_USER_INPUT", "deadline"],
      [`/exports/kpi-targets.csv?regionCode=4199`, "NOT_FOUND", undefined],
    ] as const) {
      const res = await get(path, province);
      expect(res.status, path).toBe(code === "NOT_FOUND" ? 404 : 400);
      expect(res.headers.get("content-type"), path).toContain("application/json");
      const error = await errorOf(res);
      expect(error.extensions.code, path).toBe(code);
      if (field) expect(error.extensions.field, path).toBe(field);
      expect(error.message).toMatch(/[\u4e00-\u9fa5]/);
    }
  });
});
