import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { certifiedPerson } from "../../test/people.js";
import { markSuiteRan, testDialects } from "../../test/databases.js";
import { startTestServer, type TestServer } from "../../test/test-server.js";
import { Volunteer } from "../../modules/volunteer/volunteer.entity.js";

const LIST = `query($filter: VolunteerFilter, $first: Int) {
  volunteers(filter: $filter, first: $first) { totalCount edges { node { id nickname phoneMasked } } } }`;
interface List {
  volunteers: { totalCount: number; edges: { node: { id: string; nickname: string | null; phoneMasked: string } }[] };
}
interface ErrorBody {
  errors: { message: string; extensions: { code: string; field?: string } }[];
}

/** A nickname Excel would run as a formula, with a comma and a quote for RFC 4180. */
const HOSTILE_NICKNAME = '=SUM(1,2)"x';

describe.each(testDialects())("GET /exports/<name>.csv|.xlsx on %s", (dialect) => {
  let s: TestServer;
  let province: string;
  let county: string;
  let individual: string;
  beforeAll(async () => {
    s = await startTestServer(dialect, { DEMO_DATA: "1" });
    [province, county, individual] = await Promise.all(["13800000000", "13800000002", "13800000009"].map((p) => s.login(p)));
    // In 金水区 (the county manager's region), with a nickname that must come out defused.
    await certifiedPerson(s.running.services, "13612340001", "410105001");
    await s.running.ds.getRepository(Volunteer).update({ phone: "13612340001" }, { nickname: HOSTILE_NICKNAME });
  });
  afterAll(async () => {
    await s?.close();
    markSuiteRan(dialect);
  });

  const get = (path: string, token?: string) => fetch(`${s.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  const errorOf = async (res: Response) => ((await res.json()) as ErrorBody).errors[0];

  it("answers 404 for an unknown export or format, before looking at the token", async () => {
    for (const path of ["/exports/nothing.csv", "/exports/volunteers.pdf", "/exports/Volunteers.csv", "/exports/volunteers"]) {
      const res = await get(path, county);
      expect(res.status, path).toBe(404);
      expect((await errorOf(res)).extensions.code, path).toBe("NOT_FOUND");
    }
  });

  it("refuses without a session (401), an individual (403) and a region outside the manager's (403) in both formats", async () => {
    for (const format of ["csv", "xlsx"]) {
      const anonymous = await get(`/exports/volunteers.${format}`);
      expect(anonymous.status).toBe(401);
      expect((await errorOf(anonymous)).extensions.code).toBe("UNAUTHENTICATED");
      const person = await get(`/exports/volunteers.${format}`, individual);
      expect(person.status).toBe(403);
      expect((await errorOf(person)).extensions.code).toBe("FORBIDDEN");
      expect((await get(`/exports/volunteers.${format}?regionCode=4103`, county)).status).toBe(403);
      expect((await get(`/exports/volunteers.${format}`, "not-a-token")).status).toBe(401);
    }
  });

  it("answers a bad filter with 400 naming the field, before any byte of the file", async () => {
    for (const [query, field] of [
      ["tier=KING", "tier"],
      ["certified=maybe", "certified"],
      ["sort=RANDOM", "sort"],
      ["tier=INDIVIDUAL&tier=COUNTY_MANAGER", "tier"],
      ["certifiedFrom=yesterday", "certifiedFrom"],
    ]) {
      const res = await get(`/exports/volunteers.xlsx?${query}`, county);
      expect(res.status, query).toBe(400);
      expect(res.headers.get("content-type"), query).toContain("application/json");
      const error = await errorOf(res);
      expect(error.extensions, query).toMatchObject({ code: "BAD_USER_INPUT", field });
    }
  });

  it("streams the manager's filtered scope as CSV: BOM, Chinese file name, X-Total-Count, masked and defused", async () => {
    const list = await s.gql<List>(LIST, { filter: { certified: true }, first: 1 }, county);
    const res = await get("/exports/volunteers.csv?certified=true", county);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/csv");
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="volunteers-\d{8}\.csv"; filename\*=UTF-8''/);
    expect(decodeURIComponent(res.headers.get("content-disposition")!.split("UTF-8''")[1])).toMatch(/^科普员-\d{8}\.csv$/);
    expect(Number(res.headers.get("x-total-count"))).toBe(list.data!.volunteers.totalCount);
    const body = Buffer.from(await res.arrayBuffer());
    const head = await fetch(`${s.url}/exports/volunteers.csv?certified=true`, {
      method: "HEAD",
      headers: { authorization: `Bearer ${county}` },
    });
    expect(head.status).toBe(200);
    expect(head.headers.get("x-total-count")).toBe(res.headers.get("x-total-count"));
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = body.toString("utf8").slice(1).trim().split("\r\n");
    expect(lines[0]).toBe("姓名,昵称,手机（脱敏）,身份证（脱敏）,所在地区,层级,管辖地区,认证时间,注册时间");
    expect(lines).toHaveLength(list.data!.volunteers.totalCount + 1);
    for (const line of lines.slice(1)) {
      expect(line).toContain("金水区");
      expect(line).not.toMatch(/1\d{10}/);
      expect(line).not.toMatch(/\d{17}[\dX]/);
    }
    expect(lines).toContainEqual(expect.stringContaining(`,"'=SUM(1,2)""x",136****0001,`));
  });

  it("streams the same rows as XLSX: bold frozen header, widths, masked phones, defused text", async () => {
    const list = await s.gql<List>(LIST, { filter: { certified: true }, first: 100 }, county);
    const res = await get("/exports/volunteers.xlsx?certified=true", county);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(decodeURIComponent(res.headers.get("content-disposition")!.split("UTF-8''")[1])).toMatch(/^科普员-\d{8}\.xlsx$/);
    const total = Number(res.headers.get("x-total-count"));
    expect(total).toBe(list.data!.volunteers.totalCount);

    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await res.arrayBuffer());
    const sheet = book.worksheets[0];
    expect(sheet.name).toBe("科普员");
    expect(sheet.rowCount).toBe(total + 1);
    expect(sheet.getRow(1).getCell(3).value).toBe("手机（脱敏）");
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.getColumn(5).width).toBe(36);
    // NEWEST first, like the list: row 2 is the list's first volunteer, with the phone exactly as the API masks it for a manager.
    const first = list.data!.volunteers.edges[0].node;
    expect(sheet.getRow(2).getCell(2).value).toBe(`'${HOSTILE_NICKNAME}`);
    expect(first.nickname).toBe(HOSTILE_NICKNAME);
    expect(sheet.getRow(2).getCell(3).value).toBe(first.phoneMasked);
    expect(first.phoneMasked).toBe("136****0001");
    const phones = (sheet.getColumn(3).values as unknown[]).slice(2).map(String);
    expect(phones).toHaveLength(total);
    for (const phone of phones) expect(phone).toMatch(/^1\d\d\*{4}\d{4}$/);
  });

  it("keeps batches flowing past one page for the province (several hundred rows, every row once)", async () => {
    const list = await s.gql<List>(LIST, { first: 1 }, province);
    const res = await get("/exports/volunteers.xlsx?sort=OLDEST", province);
    expect(res.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await res.arrayBuffer());
    const sheet = book.worksheets[0];
    expect(list.data!.volunteers.totalCount).toBeGreaterThan(100);
    expect(sheet.rowCount).toBe(list.data!.volunteers.totalCount + 1);
    const nicknames = (sheet.getColumn(2).values as unknown[]).slice(2);
    expect(new Set(nicknames).size).toBe(nicknames.length);
    // The province sees full phones in the API, never in a file.
    expect(JSON.stringify(sheet.getSheetValues())).not.toMatch(/1\d{10}/);
  });
});
