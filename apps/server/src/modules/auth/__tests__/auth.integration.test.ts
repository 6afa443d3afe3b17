import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Like } from "typeorm";
import { signToken } from "../../../security/token.js";
import { LoginThrottle } from "../login-throttle.entity.js";
import { Session } from "../session.entity.js";
import { markSuiteRan, testDialects } from "../../../test/databases.js";
import { type GqlResponse, startTestServer, type TestServer } from "../../../test/test-server.js";

interface Me {
  id: string;
  phone: string | null;
  phoneMasked: string;
  nickname: string | null;
  tier: string;
  certified: boolean;
}
interface Auth {
  token: string;
  expiresAt: string;
  volunteer: Me;
}

const ME_FIELDS = "id phone phoneMasked nickname tier certified";
const REGISTER = `mutation($input: RegisterInput!) { register(input: $input) { token expiresAt volunteer { ${ME_FIELDS} } } }`;
const LOGIN = `mutation($p: String!, $w: String!) { login(phone: $p, password: $w) { token expiresAt volunteer { ${ME_FIELDS} } } }`;
const ME = `{ me { ${ME_FIELDS} } }`;
const CHANGE = `mutation($o: String!, $n: String!) { changePassword(oldPassword: $o, newPassword: $n) { token volunteer { id } } }`;
const PASSWORD = "Secret2026x";

const CHINESE = /[\u4e00-\u9fff]/;

/** The first error: its code, field and a non-empty Chinese message. */
function expectError(r: GqlResponse, code: string, field?: string) {
  expect(r.errors, `expected ${code}, got ${JSON.stringify(r.data)}`).toBeDefined();
  const e = r.errors![0];
  expect(e.extensions?.code, JSON.stringify(e)).toBe(code);
  if (field !== undefined) expect(e.extensions?.field, JSON.stringify(e)).toBe(field);
  expect(e.message.trim().length).toBeGreaterThan(0);
  expect(e.message).toMatch(CHINESE);
  expect(JSON.stringify(r.errors)).not.toMatch(/SELECT|INSERT|sqlite|mysql|\n\s+at |stacktrace/i);
  return e;
}

describe.each(testDialects())("accounts and sessions on %s", (dialect) => {
  let s: TestServer;
  let phoneSeq = 0;
  /** A fresh, unused phone number per call. */
  const nextPhone = () => `1591234${String(1000 + ++phoneSeq).slice(-4)}`;

  const register = (phone: string, password = PASSWORD, nickname: string | null = null) =>
    s.gql<{ register: Auth }>(REGISTER, { input: { phone, password, nickname } });
  const login = (phone: string, password = PASSWORD) => s.gql<{ login: Auth }>(LOGIN, { p: phone, w: password });
  const me = (token?: string) => s.gql<{ me: Me | null }>(ME, {}, token);
  /** POST /graphql with a raw Authorization header (or other headers) of our choosing. */
  const raw = async (query: string, headers: Record<string, string>, variables?: Record<string, unknown>) => {
    const res = await fetch(`${s.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as Omit<GqlResponse<{ me: Me | null; login: Auth }>, "status">;
    return { ...body, status: res.status };
  };
  async function newAccount(): Promise<{ phone: string; token: string; id: string }> {
    const phone = nextPhone();
    const r = await register(phone);
    expect(r.errors).toBeUndefined();
    return { phone, token: r.data!.register.token, id: r.data!.register.volunteer.id };
  }

  beforeAll(async () => {
    // X-Forwarded-For from the test client on loopback names the client address (per-address throttling).
    s = await startTestServer(dialect, { TRUST_PROXY: "loopback" });
  });
  afterAll(async () => {
    await s?.close();
    markSuiteRan(dialect);
  });

  describe("register", () => {
    it("normalizes +86, spaces and dashes, and opens a session", async () => {
      const r = await register("+86 159 1111-2222", PASSWORD, "  小科  ");
      expect(r.errors).toBeUndefined();
      const v = r.data!.register.volunteer;
      expect(v).toMatchObject({ phoneMasked: "159****2222", nickname: "小科", tier: "INDIVIDUAL", certified: false });
      const expires = new Date(r.data!.register.expiresAt).getTime();
      expect(expires).toBeGreaterThan(Date.now() + 6 * 86_400_000);
      expect(expires).toBeLessThanOrEqual(Date.now() + 7 * 86_400_000 + 60_000);
      const m = await me(r.data!.register.token);
      expect(m.data!.me).toMatchObject({ id: v.id, phone: "15911112222" });
      const [row] = await s.running.ds.query("SELECT phone, password_hash FROM volunteer WHERE phone = '15911112222'");
      expect(row.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
      expect(row.password_hash).not.toContain(PASSWORD);
      // …and the normalized number logs in however it is typed
      for (const typed of ["15911112222", "86 15911112222", "+86-159-1111-2222"]) {
        const l = await login(typed);
        expect(l.errors, typed).toBeUndefined();
        expect(l.data!.login.volunteer.id).toBe(v.id);
      }
    });

    it("shows the person their own full phone in the register and login payloads", async () => {
      const phone = nextPhone();
      const r = await register(phone);
      expect(r.errors).toBeUndefined();
      expect(r.data!.register.volunteer.phoneMasked).toBe(`${phone.slice(0, 3)}****${phone.slice(-4)}`);
      expect.soft(r.data!.register.volunteer.phone, "register payload").toBe(phone);
      const l = await login(phone);
      expect.soft(l.data!.login.volunteer.phone, "login payload").toBe(phone);
    });

    it("refuses a phone that is already registered, in any spelling, with CONFLICT", async () => {
      const { phone } = await newAccount();
      for (const typed of [phone, `+86${phone}`, `${phone.slice(0, 3)} ${phone.slice(3, 7)} ${phone.slice(7)}`]) {
        expectError(await register(typed, "Another2026"), "CONFLICT", "phone");
      }
      const [{ n }] = await s.running.ds.query(`SELECT COUNT(*) AS n FROM volunteer WHERE phone = '${phone}'`);
      expect(Number(n)).toBe(1);
    });

    it.each([
      ["12345678901", PASSWORD, "phone"],
      ["1591234", PASSWORD, "phone"],
      ["+1 415 555 0100", PASSWORD, "phone"],
      ["", PASSWORD, "phone"],
      ["15922220001", "short1", "password"],
      ["15922220002", "abcdefghij", "password"],
      ["15922220003", "1234567890", "password"],
      ["15922220004", `x${"a1".repeat(40)}`, "password"],
      ["15922220005", "pw15922220005", "password"],
      ["+86 159 2222 0006", "a15922220006", "password"],
    ])("refuses phone %j / password %j with BAD_USER_INPUT on %s", async (phone, password, field) => {
      expectError(await register(phone, password), "BAD_USER_INPUT", field);
      const rows = await s.running.ds.query("SELECT id FROM volunteer WHERE phone LIKE '159222200%'");
      expect(rows).toEqual([]);
    });

    it("runs two registrations of one phone at once into one account and one CONFLICT", async () => {
      const phone = nextPhone();
      const rs = await Promise.all([register(phone), register(phone)]);
      const codes = rs.map((r) => (r.errors ? r.errors[0].extensions?.code : "OK")).sort();
      expect(codes).toEqual(["CONFLICT", "OK"]);
    });
  });

  describe("login", () => {
    it("answers a wrong password and an unknown phone alike with UNAUTHENTICATED", async () => {
      const { phone } = await newAccount();
      const wrong = expectError(await login(phone, "Wrong2026x"), "UNAUTHENTICATED");
      const unknown = expectError(await login("15800000000", PASSWORD), "UNAUTHENTICATED");
      expect(wrong.message).toBe(unknown.message); // no hint which numbers have accounts
      expect((await login(phone)).errors).toBeUndefined(); // a success clears the counter
    });

    it("locks a phone after 5 wrong passwords, even for the right one, but not other phones", async () => {
      const victim = await newAccount();
      const bystander = await newAccount();
      for (let i = 0; i < 5; i++) expectError(await login(victim.phone, `Wrong${i}2026`), "UNAUTHENTICATED");
      const locked = expectError(await login(victim.phone), "RATE_LIMITED");
      const retry = (locked.extensions as { retryAfterSeconds?: number }).retryAfterSeconds;
      expect(typeof retry).toBe("number");
      expect(retry).toBeGreaterThan(0);
      expect(retry).toBeLessThanOrEqual(15 * 60);
      // in any spelling of the number
      expectError(await login(`+86 ${victim.phone}`), "RATE_LIMITED");
      // the lock is per phone: another account logs in from the same address
      const other = await login(bystander.phone);
      expect(other.errors).toBeUndefined();
      // and sessions opened before the lock keep working
      expect((await me(victim.token)).data!.me!.id).toBe(victim.id);
      // the lock is per (phone, address): the owner still logs in from another address
      const elsewhere = await raw(LOGIN, { "x-forwarded-for": "192.0.2.200" }, { p: victim.phone, w: PASSWORD });
      expect(elsewhere.errors, "owner from another address").toBeUndefined();
      expectError(await login(victim.phone), "RATE_LIMITED"); // …but not from here, success elsewhere does not clear it
      // once the lock has run out (moved into the past here), the right password works again
      const past = new Date(Date.now() - 16 * 60_000);
      const moved = await s.running.ds
        .getRepository(LoginThrottle)
        .createQueryBuilder()
        .update()
        .set({ lockedUntil: past, windowStartedAt: past })
        .where("window_started_at > :t AND locked_until IS NOT NULL", { t: past })
        .andWhere({ key: Like(`login:pa:${victim.phone}|%`) })
        .execute();
      expect(moved.affected).toBe(1);
      expect((await login(victim.phone)).errors).toBeUndefined();
    });

    it("starts counting afresh after a successful login", async () => {
      const a = await newAccount();
      const ip = { "x-forwarded-for": "192.0.2.41" };
      const attempt = (w: string) => raw(LOGIN, ip, { p: a.phone, w });
      for (let i = 0; i < 4; i++) expect((await attempt(`Wrong${i}2026`)).errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
      expect((await attempt(PASSWORD)).errors).toBeUndefined();
      for (let i = 0; i < 4; i++) expect((await attempt(`Again${i}2026`)).errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
      expect((await attempt(PASSWORD)).errors, "8 failures split by a success do not lock").toBeUndefined();
    });

    it("counts wrong passwords fired in parallel: none fails with an internal error, and the phone ends up locked from that address", async () => {
      const victim = await newAccount();
      // From its own client address, so the per-address counter of other tests is untouched.
      const ip = { "x-forwarded-for": "198.51.100.23" };
      const rs = await Promise.all(Array.from({ length: 8 }, (_, i) => raw(LOGIN, ip, { p: victim.phone, w: `Guess${i}2026` })));
      for (const r of rs) expect(["UNAUTHENTICATED", "RATE_LIMITED"], JSON.stringify(r.errors)).toContain(r.errors?.[0].extensions?.code);
      expect(rs.filter((r) => r.errors?.[0].extensions?.code === "UNAUTHENTICATED").length, "at most 5 checked").toBeLessThanOrEqual(5);
      expect((await raw(LOGIN, ip, { p: victim.phone, w: PASSWORD })).errors?.[0].extensions?.code).toBe("RATE_LIMITED");
      // The lock is per (phone, address): the owner logs in from anywhere else.
      expect((await login(victim.phone)).errors).toBeUndefined();
    });

    it("counts every one of 30 failures fired in parallel from one address, so the address ends up locked", async () => {
      const { phone } = await newAccount();
      const ip = { "x-forwarded-for": "198.51.100.99" };
      const rs = await Promise.all(
        Array.from({ length: 30 }, (_, i) => raw(LOGIN, ip, { p: `1560000${String(i).padStart(4, "0")}`, w: PASSWORD })),
      );
      const codes = rs.map((r) => r.errors?.[0].extensions?.code);
      expect
        .soft(
          codes.filter((c) => c !== "UNAUTHENTICATED"),
          "every attempt is a plain wrong login",
        )
        .toEqual([]);
      const blocked = await raw(LOGIN, ip, { p: phone, w: PASSWORD });
      expect(blocked.errors?.[0].extensions?.code, "30 failures lock the address").toBe("RATE_LIMITED");
    });

    it("locks a client address after 30 failures across phones, while other addresses still log in", async () => {
      const { phone } = await newAccount();
      const ip = { "x-forwarded-for": "203.0.113.77" };
      for (let i = 0; i < 30; i++) {
        const r = await raw(LOGIN, ip, { p: `1570000${String(i).padStart(4, "0")}`, w: PASSWORD });
        expect(r.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
      }
      const blocked = await raw(LOGIN, ip, { p: phone, w: PASSWORD });
      expect(blocked.errors?.[0].extensions?.code).toBe("RATE_LIMITED");
      const elsewhere = await raw(LOGIN, { "x-forwarded-for": "203.0.113.78" }, { p: phone, w: PASSWORD });
      expect(elsewhere.errors).toBeUndefined();
      expect(elsewhere.data!.login.token).toBeTruthy();
    });
  });

  describe("sessions", () => {
    it("answers me with the caller, or null without a token", async () => {
      const a = await newAccount();
      const r = await me(a.token);
      expect(r.errors).toBeUndefined();
      expect(r.data!.me).toMatchObject({ id: a.id, phone: a.phone, tier: "INDIVIDUAL" });
      const anon = await me();
      expect(anon.errors).toBeUndefined();
      expect(anon.data!.me).toBeNull();
    });

    it.each([["Basic dXNlcjpwYXNz"], ["Bearer"], ["Bearer "], ["Token abc.def.ghi"], ["Bearer a b"], ["bearer.abc"]])(
      "refuses a malformed Authorization header %j with UNAUTHENTICATED",
      async (header) => {
        const r = await raw(ME, { authorization: header });
        expectError(r, "UNAUTHENTICATED");
        expect(r.data ?? null).toBeNull();
        expect(r.status).toBe(401);
      },
    );

    it("refuses garbage, forged, expired and mismatched tokens with UNAUTHENTICATED", async () => {
      const a = await newAccount();
      const b = await newAccount();
      const secret = s.running.services.secrets.jwtSecret;
      const [, payload] = a.token.split(".");
      const claims = JSON.parse(Buffer.from(payload, "base64url").toString()) as { sub: string; sid: string; iat: number; exp: number };
      const nowS = Math.floor(Date.now() / 1000);
      const bad = {
        garbage: "not-a-token",
        threeParts: "abc.def.ghi",
        otherSecret: signToken(claims, Buffer.alloc(32, 7)),
        expired: signToken({ ...claims, iat: nowS - 7200, exp: nowS - 60 }, secret),
        unknownSession: signToken({ ...claims, sid: "0".repeat(32) }, secret),
        // a real session id with someone else's volunteer id
        otherSubject: signToken({ ...claims, sub: JSON.parse(Buffer.from(b.token.split(".")[1], "base64url").toString()).sub }, secret),
        tampered: `${a.token.slice(0, -3)}${a.token.slice(-3) === "AAA" ? "BBB" : "AAA"}`,
      };
      for (const [name, token] of Object.entries(bad)) {
        const r = await me(token);
        expect(r.errors?.[0].extensions?.code, name).toBe("UNAUTHENTICATED");
        expect(r.status, name).toBe(401);
      }
      // The genuine token still works after all that.
      expect((await me(a.token)).data!.me!.id).toBe(a.id);
    });

    it("refuses a token whose session has expired in the database", async () => {
      const a = await newAccount();
      const claims = JSON.parse(Buffer.from(a.token.split(".")[1], "base64url").toString()) as { sid: string };
      const res = await s.running.ds.getRepository(Session).update({ id: claims.sid }, { expiresAt: new Date(Date.now() - 1000) });
      expect(res.affected).toBe(1);
      expectError(await me(a.token), "UNAUTHENTICATED");
    });

    it("logout ends that session only; another session of the same person keeps working", async () => {
      const a = await newAccount();
      const second = await s.login(a.phone, PASSWORD);
      const out = await s.gql<{ logout: boolean }>("mutation { logout }", {}, a.token);
      expect(out.errors).toBeUndefined();
      expect(out.data!.logout).toBe(true);
      expectError(await me(a.token), "UNAUTHENTICATED");
      expectError(await s.gql("mutation { logout }", {}, a.token), "UNAUTHENTICATED");
      const still = await me(second);
      expect(still.errors).toBeUndefined();
      expect(still.data!.me!.id).toBe(a.id);
      expectError(await s.gql("mutation { logout }"), "UNAUTHENTICATED");
    });

    it("changePassword: wrong old password and weak new ones are BAD_USER_INPUT and change nothing", async () => {
      const a = await newAccount();
      expectError(await s.gql(CHANGE, { o: "Wrong2026x", n: "Brandnew2026" }, a.token), "BAD_USER_INPUT", "oldPassword");
      expectError(await s.gql(CHANGE, { o: PASSWORD, n: "weak" }, a.token), "BAD_USER_INPUT", "newPassword");
      expectError(await s.gql(CHANGE, { o: PASSWORD, n: `x${a.phone}` }, a.token), "BAD_USER_INPUT", "newPassword");
      expectError(await s.gql(CHANGE, { o: PASSWORD, n: PASSWORD }, a.token), "BAD_USER_INPUT", "newPassword");
      expectError(await s.gql(CHANGE, { o: PASSWORD, n: "Brandnew2026" }), "UNAUTHENTICATED");
      // nothing changed: the session lives and the old password still logs in
      expect((await me(a.token)).data!.me!.id).toBe(a.id);
      expect((await login(a.phone)).errors).toBeUndefined();
    });

    it("changePassword ends every session, returns a working new one, and only the new password logs in", async () => {
      const a = await newAccount();
      const second = await s.login(a.phone, PASSWORD);
      const r = await s.gql<{ changePassword: { token: string; volunteer: { id: string } } }>(
        CHANGE,
        { o: PASSWORD, n: "Brandnew2026" },
        a.token,
      );
      expect(r.errors).toBeUndefined();
      const fresh = r.data!.changePassword.token;
      expect(r.data!.changePassword.volunteer.id).toBe(a.id);
      expect(fresh).not.toBe(a.token);
      expectError(await me(a.token), "UNAUTHENTICATED");
      expectError(await me(second), "UNAUTHENTICATED");
      expect((await me(fresh)).data!.me!.id).toBe(a.id);
      expectError(await login(a.phone, PASSWORD), "UNAUTHENTICATED");
      const l = await login(a.phone, "Brandnew2026");
      expect(l.errors).toBeUndefined();
      expect((await me(l.data!.login.token)).data!.me!.id).toBe(a.id);
      expect((await me(fresh)).data!.me!.id).toBe(a.id); // a later login does not end the fresh session
    });
  });
});
