import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { idCheckChar, isWithin, maskIdNumber } from "@kepu/domain";
import { markSuiteRan, testDialects } from "../../../test/databases.js";
import { type GqlResponse, startTestServer, type TestServer } from "../../../test/test-server.js";

const CHINESE = /[\u4e00-\u9fff]/;
const PASSWORD = "Secret2026x";

/** A valid resident ID: 6-digit region prefix, birth date, 3-digit sequence, GB 11643 check character. */
function residentId(prefix: string, birth: string, seq: number): string {
  const first17 = `${prefix}${birth}${String(seq).padStart(3, "0")}`;
  return first17 + idCheckChar(first17);
}

/** Every free-standing 18-character run that is a checksum-valid resident ID (any case of X); digits inside hex or base64 strings do not count. */
function idLike(text: string): string[] {
  return [...text.matchAll(/(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/g)]
    .map((m) => m[0])
    .filter((v) => idCheckChar(v.slice(0, 17)) === v[17].toUpperCase());
}

function expectError(r: GqlResponse, code: string, field?: string) {
  expect(r.errors, `expected ${code}, got ${JSON.stringify(r.data)}`).toBeDefined();
  const e = r.errors![0];
  expect(e.extensions?.code, JSON.stringify(e)).toBe(code);
  if (field !== undefined) expect(e.extensions?.field, JSON.stringify(e)).toBe(field);
  expect(e.message.trim().length).toBeGreaterThan(0);
  expect(e.message).toMatch(CHINESE);
  expect(JSON.stringify(r.errors)).not.toMatch(/SELECT|INSERT|UPDATE |sqlite|mysql|\n\s+at |stacktrace/i);
  return e;
}

interface VolunteerOut {
  id: string;
  realName: string | null;
  idNumberMasked: string | null;
  certified: boolean;
  certifiedAt: string | null;
  tier: string;
  phone: string | null;
  phoneMasked: string;
  workUnit: string | null;
  region: { code: string; name: string; level: string } | null;
}
interface Conn<T> {
  totalCount: number;
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

const V_FIELDS = "id realName idNumberMasked certified certifiedAt tier phone phoneMasked workUnit region { code name level }";
const CERTIFY = `mutation($input: CertifyInput!) { certify(input: $input) { ${V_FIELDS} } }`;
const ME = `{ me { ${V_FIELDS} } }`;
const LIST = `query($filter: VolunteerFilter, $first: Int, $after: String) {
  volunteers(filter: $filter, first: $first, after: $after) { totalCount edges { cursor node { id phone phoneMasked tier region { code } } } pageInfo { hasNextPage endCursor } } }`;
const NODE = `query($id: ID!, $ids: [ID!]!) { node(id: $id) { id ... on Volunteer { realName phone } } nodes(ids: $ids) { id ... on Volunteer { realName } } }`;

describe.each(testDialects())("volunteers: certification and authority on %s", (dialect) => {
  let s: TestServer;
  const t: Record<string, string> = {};
  let phoneSeq = 0;
  let idSeq = 100;
  const certifiedIds: string[] = [];

  const nextPhone = () => `1581234${String(1000 + ++phoneSeq).slice(-4)}`;
  const nextId = (prefix = "410105", birth = "19900307") => residentId(prefix, birth, ++idSeq);
  async function newAccount(): Promise<{ phone: string; token: string; id: string }> {
    const phone = nextPhone();
    const r = await s.gql<{ register: { token: string; volunteer: { id: string } } }>(
      `mutation($i: RegisterInput!) { register(input: $i) { token volunteer { id } } }`,
      { i: { phone, password: PASSWORD } },
    );
    expect(r.errors).toBeUndefined();
    return { phone, token: r.data!.register.token, id: r.data!.register.volunteer.id };
  }
  const certify = (token: string | undefined, input: Record<string, unknown>) =>
    s.gql<{ certify: VolunteerOut }>(CERTIFY, { input }, token);
  const me = async (token: string) => (await s.gql<{ me: VolunteerOut }>(ME, {}, token)).data!.me;

  /** Pages through `volunteers` as the caller; fails on errors. */
  async function listAll(token: string, filter: Record<string, unknown> | null = null, first = 100) {
    const nodes: { id: string; phone: string | null; phoneMasked: string; tier: string; region: { code: string } | null }[] = [];
    let after: string | null = null;
    let total = -1;
    for (let page = 0; page < 50; page++) {
      const r: GqlResponse<{ volunteers: Conn<(typeof nodes)[number]> }> = await s.gql(LIST, { filter, first, after }, token);
      expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
      total = r.data!.volunteers.totalCount;
      nodes.push(...r.data!.volunteers.edges.map((e) => e.node));
      if (!r.data!.volunteers.pageInfo.hasNextPage) break;
      after = r.data!.volunteers.pageInfo.endCursor;
    }
    return { nodes, total };
  }
  /** Global ids of volunteers whose home region lies under `code`, as the province sees them. */
  async function idsUnder(code: string): Promise<string[]> {
    return (await listAll(t.province, { regionCode: code })).nodes.map((n) => n.id);
  }
  const dbIdOf = (globalId: string) => Number(Buffer.from(globalId, "base64url").toString().split(":")[1]);

  beforeAll(async () => {
    s = await startTestServer(dialect, { DEMO_DATA: "1" });
    const demo = {
      province: "13800000000",
      zhengzhou: "13800000001",
      jinshui: "13800000002",
      jingbalu: "13800000003",
      luoyang: "13800000004",
      erqi: "13800000005",
      individual: "13800000009",
    };
    for (const [k, phone] of Object.entries(demo)) t[k] = await s.login(phone);
  });
  afterAll(async () => {
    await s?.close();
    markSuiteRan(dialect);
  });

  describe("certify", () => {
    it("certifies with real name, masked ID, home region and time", async () => {
      const a = await newAccount();
      const id = nextId();
      const before = Date.now();
      const r = await certify(a.token, { realName: " 张三 ", idNumber: id, regionCode: "410105002", workUnit: "郑州大学" });
      expect(r.errors).toBeUndefined();
      certifiedIds.push(id);
      const v = r.data!.certify;
      expect(v).toMatchObject({ id: a.id, realName: "张三", certified: true, workUnit: "郑州大学", tier: "INDIVIDUAL" });
      expect(v.idNumberMasked).toBe(`4101**********${id.slice(-4)}`);
      expect(v.idNumberMasked).toMatch(/^4101\*{10}\d{3}[\dX]$/);
      expect(v.region).toEqual({ code: "410105002", name: "花园路街道", level: "TOWNSHIP" });
      const at = new Date(v.certifiedAt!).getTime();
      expect(at).toBeGreaterThanOrEqual(before - 1000);
      expect(at).toBeLessThanOrEqual(Date.now() + 1000);
      // the same, read back later
      const again = await me(a.token);
      expect(again).toMatchObject({ realName: "张三", idNumberMasked: v.idNumberMasked, certified: true, region: { code: "410105002" } });
      expect(new Date(again.certifiedAt!).getTime()).toBe(at);
    });

    it("accepts a county or a village as home region", async () => {
      const [village] = await s.running.ds.query("SELECT code FROM region WHERE parent_code = '410105001' ORDER BY code LIMIT 1");
      for (const regionCode of ["410105", village.code as string]) {
        const a = await newAccount();
        const id = nextId();
        const r = await certify(a.token, { realName: "李四", idNumber: id, regionCode });
        expect(r.errors, regionCode).toBeUndefined();
        certifiedIds.push(id);
        expect(r.data!.certify.region!.code).toBe(regionCode);
        expect(r.data!.certify.workUnit).toBeNull();
      }
    });

    const good = () => ({ realName: "王五", idNumber: residentId("410105", "19900307", 999), regionCode: "410105002" });
    const first17 = "41010519900307555";
    const wrongCheck = first17 + (idCheckChar(first17) === "0" ? "1" : "0");
    it.each([
      ["a wrong check character", { idNumber: wrongCheck }, "idNumber"],
      ["an impossible birth date 19990230", { idNumber: residentId("410105", "19990230", 123) }, "idNumber"],
      ["a birth date in the future", { idNumber: residentId("410105", "20991231", 123) }, "idNumber"],
      ["17 digits", { idNumber: first17 }, "idNumber"],
      ["letters inside the number", { idNumber: "4101051990O307555X" }, "idNumber"],
      ["an unknown region", { regionCode: "410199" }, "regionCode"],
      ["an unknown township", { regionCode: "410105999" }, "regionCode"],
      ["a CITY-level region", { regionCode: "4101" }, "regionCode"],
      ["the city-level 济源示范区", { regionCode: "419001" }, "regionCode"],
      ["the province", { regionCode: "41" }, "regionCode"],
      ["a malformed region code", { regionCode: "41-0105" }, "regionCode"],
      ["a 7-digit region code", { regionCode: "4101051" }, "regionCode"],
      ["a one-letter name", { realName: "A" }, "realName"],
      ["a name with digits", { realName: "张三3" }, "realName"],
      ["an overlong work unit", { workUnit: "单".repeat(65) }, "workUnit"],
    ])("refuses %s with BAD_USER_INPUT and stays uncertified", async (_what, patch, field) => {
      const a = await newAccount();
      expectError(await certify(a.token, { ...good(), ...patch }), "BAD_USER_INPUT", field);
      const v = await me(a.token);
      expect(v).toMatchObject({ certified: false, realName: null, idNumberMasked: null, region: null, certifiedAt: null });
    });

    it("refuses anonymous callers", async () => {
      expectError(await certify(undefined, good()), "UNAUTHENTICATED");
    });

    it("refuses a second certification of the same account with CONFLICT and keeps the first", async () => {
      const a = await newAccount();
      const id = nextId();
      expect((await certify(a.token, { realName: "赵六", idNumber: id, regionCode: "410105002" })).errors).toBeUndefined();
      certifiedIds.push(id);
      expectError(await certify(a.token, { realName: "钱七", idNumber: nextId(), regionCode: "410103003" }), "CONFLICT");
      expectError(await certify(a.token, { realName: "赵六", idNumber: id, regionCode: "410105002" }), "CONFLICT");
      expect(await me(a.token)).toMatchObject({ realName: "赵六", idNumberMasked: maskIdNumber(id), region: { code: "410105002" } });
    });

    it("refuses an ID number another account has certified with, in either case of X", async () => {
      let id = "";
      for (let seq = 0; seq < 1000 && !id.endsWith("X"); seq++) id = residentId("410105", "19850615", seq);
      expect(id).toMatch(/X$/);
      const a = await newAccount();
      expect((await certify(a.token, { realName: "孙八", idNumber: id, regionCode: "410105002" })).errors).toBeUndefined();
      certifiedIds.push(id);
      for (const variant of [id, id.toLowerCase(), ` ${id.toLowerCase()} `]) {
        const b = await newAccount();
        expectError(await certify(b.token, { realName: "周九", idNumber: variant, regionCode: "410103003" }), "CONFLICT", "idNumber");
        expect((await me(b.token)).certified).toBe(false);
      }
      // an ID number stored by the demo data is just as taken
      const [row] = await s.running.ds.query("SELECT id_number_sealed FROM volunteer WHERE phone = '13800000009'");
      const demoId = s.running.services.pii.decrypt(row.id_number_sealed);
      const c = await newAccount();
      expectError(await certify(c.token, { realName: "吴十", idNumber: demoId, regionCode: "410105002" }), "CONFLICT", "idNumber");
    });

    it("lets exactly one of two accounts certifying the same ID at once succeed", async () => {
      const [a, b] = [await newAccount(), await newAccount()];
      const id = nextId();
      const rs = await Promise.all([a, b].map((x) => certify(x.token, { realName: "郑一", idNumber: id, regionCode: "410105002" })));
      certifiedIds.push(id);
      const codes = rs.map((r) => r.errors?.[0].extensions?.code ?? "OK").sort();
      expect(codes).toEqual(["CONFLICT", "OK"]);
      const [{ n }] = await s.running.ds.query(
        `SELECT COUNT(*) AS n FROM volunteer WHERE id_number_hash = '${s.running.services.pii.blindIndex(id)}'`,
      );
      expect(Number(n)).toBe(1);
    });

    it("stores no full ID number in any column of the volunteer table; the sealed one decrypts back", async () => {
      const rows: Record<string, unknown>[] = await s.running.ds.query("SELECT * FROM volunteer");
      expect(rows.length).toBeGreaterThan(300);
      const pii = s.running.services.pii;
      const stored = new Set<string>();
      for (const row of rows) {
        for (const [column, value] of Object.entries(row)) {
          if (value === null || value === undefined) continue;
          const text = value instanceof Date ? value.toISOString() : String(value);
          expect(idLike(text), `volunteer.${column} of #${row.id}`).toEqual([]);
          for (const id of certifiedIds) expect(text.toUpperCase().includes(id), `volunteer.${column} of #${row.id}`).toBe(false);
        }
        if (row.certified_at === null) {
          expect(row.id_number_sealed).toBeNull();
          continue;
        }
        const id = pii.decrypt(String(row.id_number_sealed));
        expect(id).toMatch(/^\d{17}[\dX]$/);
        expect(idCheckChar(id.slice(0, 17))).toBe(id[17]);
        expect(row.id_number_hash).toBe(pii.blindIndex(id));
        expect(row.id_number_masked).toBe(maskIdNumber(id));
        stored.add(id);
      }
      for (const id of certifiedIds) expect(stored.has(id), id).toBe(true);
    });
  });

  describe("authority over volunteers", () => {
    it("shows the 金水区 county manager only volunteers of 金水区 (410105…)", async () => {
      const { nodes, total } = await listAll(t.jinshui, null, 37);
      expect(nodes.length).toBe(total);
      expect(new Set(nodes.map((n) => n.id)).size).toBe(nodes.length);
      expect(nodes.filter((n) => !n.region || !isWithin(n.region.code, "410105")).map((n) => n.region?.code ?? null)).toEqual([]);
      const [{ n }] = await s.running.ds.query("SELECT COUNT(*) AS n FROM volunteer WHERE region_code LIKE '410105%'");
      expect(total).toBe(Number(n));
      expect(total).toBeGreaterThan(5);
      const erqi = await idsUnder("410103");
      expect(erqi.length).toBeGreaterThan(1);
      expect(nodes.map((x) => x.id).filter((id) => erqi.includes(id))).toEqual([]);
    });

    it("narrows to a township inside the scope, and refuses 二七区 or 郑州 with FORBIDDEN", async () => {
      const { nodes } = await listAll(t.jinshui, { regionCode: "410105001" });
      expect(nodes.length).toBeGreaterThan(0);
      expect(nodes.every((n) => n.region!.code.startsWith("410105001"))).toBe(true);
      for (const regionCode of ["410103", "410103001", "4101", "41"]) {
        const r = await s.gql(LIST, { filter: { regionCode } }, t.jinshui);
        expectError(r, "FORBIDDEN");
        expect(r.data ?? null).toBeNull();
      }
      expectError(await s.gql(LIST, { filter: { regionCode: "4101-05" } }, t.jinshui), "BAD_USER_INPUT", "regionCode");
    });

    it("gives a township manager its township and a city manager its city", async () => {
      const township = await listAll(t.jingbalu);
      expect(township.total).toBeGreaterThan(0);
      expect(township.nodes.every((n) => n.region!.code.startsWith("410105001"))).toBe(true);
      const city = await listAll(t.zhengzhou);
      expect(city.nodes.every((n) => n.region!.code.startsWith("4101"))).toBe(true);
      const codes = new Set(city.nodes.map((n) => n.region!.code.slice(0, 6)));
      expect(codes.has("410105") && codes.has("410103")).toBe(true);
      const luoyang = await listAll(t.luoyang);
      expect(luoyang.nodes.every((n) => n.region!.code.startsWith("4103"))).toBe(true);
    });

    it("gives the province every account, certified or not", async () => {
      const { nodes, total } = await listAll(t.province, null, 100);
      const [{ n }] = await s.running.ds.query("SELECT COUNT(*) AS n FROM volunteer");
      expect(total).toBe(Number(n));
      expect(nodes.length).toBe(total);
      expect(nodes.some((x) => x.region === null)).toBe(true);
    });

    it("returns null from node/nodes for a volunteer of 二七区, as the 金水区 manager", async () => {
      const erqi = await idsUnder("410103");
      const jinshui = await idsUnder("410105");
      const r = await s.gql<{ node: unknown; nodes: unknown[] }>(NODE, { id: erqi[0], ids: [...erqi.slice(0, 3), jinshui[0]] }, t.jinshui);
      expect(r.errors).toBeUndefined();
      expect(r.data!.node).toBeNull();
      expect(r.data!.nodes.slice(0, 3)).toEqual([null, null, null].slice(0, Math.min(3, erqi.length)));
      expect(r.data!.nodes[r.data!.nodes.length - 1]).toMatchObject({ id: jinshui[0] });
      // the province and the 二七区 manager see it
      for (const token of [t.province, t.erqi, t.zhengzhou]) {
        const p = await s.gql<{ node: { id: string } | null }>(NODE, { id: erqi[0], ids: [] }, token);
        expect(p.data!.node?.id).toBe(erqi[0]);
      }
      // an individual sees only themselves; anonymous nobody
      const self = (await s.gql<{ me: { id: string } }>("{ me { id } }", {}, t.individual)).data!.me.id;
      const ind = await s.gql<{ node: unknown; nodes: unknown[] }>(NODE, { id: self, ids: [jinshui[0], erqi[0]] }, t.individual);
      expect(ind.data!.node).toMatchObject({ id: self });
      expect(ind.data!.nodes.filter((x) => x !== null && (x as { id: string }).id !== self)).toEqual([]);
      const anon = await s.gql<{ node: unknown }>(NODE, { id: erqi[0], ids: [] });
      expect(anon.data!.node).toBeNull();
    });

    it("shows full phone numbers only to the person and the province", async () => {
      const county = await listAll(t.jinshui);
      const self = county.nodes.find((n) => n.phoneMasked === "138****0002")!;
      expect(self.phone).toBe("13800000002");
      const others = county.nodes.filter((n) => n !== self);
      expect(others.length).toBeGreaterThan(3);
      expect(others.map((n) => n.phone).filter((p) => p !== null)).toEqual([]);
      expect(others.every((n) => /^1\d{2}\*{4}\d{4}$/.test(n.phoneMasked))).toBe(true);
      const province = await listAll(t.province, { regionCode: "410105" });
      expect(province.nodes.length).toBe(county.nodes.length);
      expect(
        province.nodes.every(
          (n) => /^1\d{10}$/.test(n.phone ?? "") && n.phoneMasked === `${n.phone!.slice(0, 3)}****${n.phone!.slice(-4)}`,
        ),
      ).toBe(true);
      // a city manager is not the province either
      const city = await listAll(t.zhengzhou, { regionCode: "410105" });
      expect(city.nodes.filter((n) => n.phone !== null && n.phoneMasked !== "138****0001")).toEqual([]);
      // through node(id), too
      const ind = (await s.gql<{ me: { id: string } }>("{ me { id } }", {}, t.individual)).data!.me.id;
      const viaNode = await s.gql<{ node: { phone: string | null } }>(NODE, { id: ind, ids: [] }, t.jinshui);
      expect(viaNode.data!.node).toMatchObject({ phone: null });
      const viaProvince = await s.gql<{ node: { phone: string | null } }>(NODE, { id: ind, ids: [] }, t.province);
      expect(viaProvince.data!.node.phone).toBe("13800000009");
    });

    it("refuses the volunteer list to individuals (FORBIDDEN) and to anonymous callers (UNAUTHENTICATED)", async () => {
      const r = await s.gql(LIST, {}, t.individual);
      expectError(r, "FORBIDDEN");
      expect(r.data ?? null).toBeNull();
      expectError(await s.gql(LIST, {}), "UNAUTHENTICATED");
      const fresh = await newAccount();
      expectError(await s.gql(LIST, {}, fresh.token), "FORBIDDEN");
    });

    it("pages the list newest first without repeats, and searches by phone tail and name within scope", async () => {
      const all = await listAll(t.jinshui, null, 100);
      const paged = await listAll(t.jinshui, null, 4);
      expect(paged.nodes.map((n) => n.id)).toEqual(all.nodes.map((n) => n.id));
      const ids = all.nodes.map((n) => dbIdOf(n.id));
      expect([...ids].sort((a, b) => b - a)).toEqual(ids);
      const tail = await listAll(t.jinshui, { search: "0009" });
      expect(tail.nodes.map((n) => n.phoneMasked)).toContain("138****0009");
      expect(tail.nodes.every((n) => n.phoneMasked.endsWith("0009"))).toBe(true);
      // 二七区's manager is 138****0005; searching for them from 金水区 finds nobody
      expect((await listAll(t.jinshui, { search: "0005" })).nodes.filter((n) => n.phoneMasked === "138****0005")).toEqual([]);
      const byName = await listAll(t.jinshui, { search: "王小科" });
      expect(byName.nodes.map((n) => n.phoneMasked)).toEqual(["138****0009"]);
    });
  });

  it("never sent a full ID number in any response", async () => {
    const rows: { id_number_sealed: string }[] = await s.running.ds.query(
      "SELECT id_number_sealed FROM volunteer WHERE id_number_sealed IS NOT NULL",
    );
    const ids = new Set(rows.map((r) => s.running.services.pii.decrypt(r.id_number_sealed)));
    for (const id of certifiedIds) ids.add(id);
    expect(ids.size).toBeGreaterThan(250);
    expect(s.responses.length).toBeGreaterThan(50);
    const leaks: string[] = [];
    for (const body of s.responses) {
      const upper = body.toUpperCase();
      for (const id of ids) if (upper.includes(id)) leaks.push(id);
      leaks.push(...idLike(body));
    }
    expect(leaks).toEqual([]);
    // the scan does find an ID when one is there
    const [probe] = ids;
    expect(idLike(`{"x":"${probe.toLowerCase()}"}`)).toEqual([probe.toLowerCase()]);
  });
});
