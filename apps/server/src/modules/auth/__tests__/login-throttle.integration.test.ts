import { randomBytes, scryptSync } from "node:crypto";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { Like } from "typeorm";
import { configurePasswordHashing, DEFAULT_MAX_QUEUED, defaultHashConcurrency, passwordWork } from "../../../security/password.js";
import { LoginThrottle } from "../login-throttle.entity.js";
import { throttlePolicies } from "../login-throttle.service.js";
import { markSuiteRan, testDialects } from "../../../test/databases.js";
import { startTestServer, type TestServer } from "../../../test/test-server.js";

const LOGIN = `mutation($p: String!, $w: String!) { login(phone: $p, password: $w) { token } }`;
const REGISTER = `mutation($input: RegisterInput!) { register(input: $input) { token } }`;
const PASSWORD = "Secret2026x";

interface Answer {
  data?: { login?: { token: string }; register?: { token: string } } | null;
  errors?: { message: string; extensions?: { code?: string; retryAfterSeconds?: number } }[];
}
const codeOf = (r: Answer) => (r.errors ? r.errors[0].extensions?.code : "OK");
const count = (rs: Answer[], code: string) => rs.filter((r) => codeOf(r) === code).length;
const masked = (phone: string) => `${phone.slice(0, 3)}****${phone.slice(-4)}`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** A record as the scrypt code before Argon2id wrote it. */
function legacyScrypt(password: string): string {
  const salt = randomBytes(16);
  const key = scryptSync(password, salt, 32, { N: 1 << 15, r: 8, p: 1, maxmem: 128 * (1 << 15) * 8 * 2 });
  return ["scrypt", 32768, 8, 1, salt.toString("base64url"), key.toString("base64url")].join("$");
}

describe.each(testDialects())("login throttling, hashing and register on %s", (dialect) => {
  let s: TestServer;
  let phoneSeq = 0;
  let addressSeq = 0;
  const nextPhone = () => `1551234${String(1000 + ++phoneSeq).slice(-4)}`;
  /** A client address no other test uses (the test server trusts X-Forwarded-For from loopback). */
  const nextAddress = () => `100.64.${++addressSeq >> 8}.${addressSeq & 255}`;

  const post = async (query: string, variables: Record<string, unknown>, address: string): Promise<Answer> => {
    const res = await fetch(`${s.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": address },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as Answer;
  };
  const login = (phone: string, password: string, address: string) => post(LOGIN, { p: phone, w: password }, address);
  const register = (phone: string, address: string, password = PASSWORD) => post(REGISTER, { input: { phone, password } }, address);
  async function newAccount(address = nextAddress()): Promise<string> {
    const phone = nextPhone();
    const r = await register(phone, address);
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    return phone;
  }
  const events = (name: string) => s.logLines().filter((l) => l.event === name);

  beforeAll(async () => {
    // The other suites register in bulk with the limit off; this one checks the default limit.
    s = await startTestServer(dialect, {
      TRUST_PROXY: "loopback",
      REGISTER_LIMIT_PER_HOUR: String(throttlePolicies.register.max),
      // 200 parallel logins queue behind one hash thread; on a loaded CI machine some would outlive the
      // 10 s request deadline and answer neither UNAUTHENTICATED nor RATE_LIMITED.
      GRAPHQL_DEADLINE_MS: "60000",
    });
  });
  afterEach(() =>
    configurePasswordHashing({ algorithm: "argon2id", concurrency: defaultHashConcurrency(), maxQueued: DEFAULT_MAX_QUEUED }),
  );
  afterAll(async () => {
    await s?.close();
    markSuiteRan(dialect);
  });

  it("checks at most 5 of 200 wrong passwords fired at once on one phone, and the owner still logs in from elsewhere", async () => {
    const phone = await newAccount();
    const attacker = nextAddress();
    const before = passwordWork.verifications;
    const rs = await Promise.all(Array.from({ length: 200 }, (_, i) => login(phone, `Wrong${i}x2026`, attacker)));
    const checked = passwordWork.verifications - before;
    expect(checked, "passwords checked").toBeLessThanOrEqual(throttlePolicies.loginPhoneAddress.max);
    expect(count(rs, "UNAUTHENTICATED")).toBe(checked);
    expect(count(rs, "RATE_LIMITED")).toBe(200 - checked);
    for (const r of rs.filter((x) => codeOf(x) === "RATE_LIMITED")) {
      const retry = r.errors![0].extensions!.retryAfterSeconds!;
      expect(retry).toBeGreaterThan(0);
      expect(retry).toBeLessThanOrEqual(15 * 60);
      expect(r.errors![0].message).toMatch(/[\u4e00-\u9fff]/);
    }
    // The right password from the attacker's address is refused too (the pair is locked)…
    expect(codeOf(await login(phone, PASSWORD, attacker))).toBe("RATE_LIMITED");
    // …but the owner, elsewhere, is not locked out by it.
    expect(codeOf(await login(phone, PASSWORD, nextAddress()))).toBe("OK");

    // Every failure and the lock are security events: masked phone, the address, no password.
    const failed = events("login_failed").filter((l) => l.account === masked(phone));
    expect(failed).toHaveLength(checked);
    expect(failed[0]).toMatchObject({ ip: attacker, reason: "wrong_password", level: 30 });
    const locked = events("login_locked").filter((l) => l.account === masked(phone));
    expect(locked.length).toBeGreaterThanOrEqual(1);
    expect(locked[0]).toMatchObject({ ip: attacker, scope: "loginPhoneAddress" });
    expect(events("login_rate_limited").filter((l) => l.account === masked(phone)).length).toBeGreaterThanOrEqual(200 - checked);
    const text = JSON.stringify(s.logLines());
    expect(text).not.toContain("Wrong1x2026");
    expect(text).not.toContain(phone);
  });

  it("lets at most 30 wrong logins through per address, even fired at once, and other addresses are not held", async () => {
    const spray = nextAddress();
    const before = passwordWork.verifications;
    const rs = await Promise.all(Array.from({ length: 100 }, (_, i) => login(`1540000${String(i).padStart(4, "0")}`, PASSWORD, spray)));
    const checked = passwordWork.verifications - before;
    expect(checked).toBeLessThanOrEqual(throttlePolicies.loginAddress.max);
    expect(count(rs, "UNAUTHENTICATED")).toBe(checked);
    expect(count(rs, "RATE_LIMITED")).toBe(100 - checked);
    const phone = await newAccount();
    expect(codeOf(await login(phone, PASSWORD, spray)), "the address is locked").toBe("RATE_LIMITED");
    expect(codeOf(await login(phone, PASSWORD, nextAddress()))).toBe("OK");
    expect(events("login_locked").some((l) => l.ip === spray && l.scope === "loginAddress")).toBe(true);
  });

  it("a success clears only its own (phone, address) counter", async () => {
    const phone = await newAccount();
    const [a, b] = [nextAddress(), nextAddress()];
    for (let i = 0; i < 4; i++) expect(codeOf(await login(phone, `WrongA${i}x2026`, a))).toBe("UNAUTHENTICATED");
    for (let i = 0; i < 4; i++) expect(codeOf(await login(phone, `WrongB${i}x2026`, b))).toBe("UNAUTHENTICATED");
    expect(codeOf(await login(phone, PASSWORD, a))).toBe("OK");
    // b still has its 4: one more failure locks it, even for the right password.
    expect(codeOf(await login(phone, "WrongB4x2026", b))).toBe("UNAUTHENTICATED");
    expect(codeOf(await login(phone, PASSWORD, b))).toBe("RATE_LIMITED");
    // a starts afresh.
    for (let i = 0; i < 4; i++) expect(codeOf(await login(phone, `AgainA${i}x2026`, a))).toBe("UNAUTHENTICATED");
    expect(codeOf(await login(phone, PASSWORD, a))).toBe("OK");
  });

  it("holds a phone at 50 wrong passwords a day from all addresses together, except at an address its owner used", async () => {
    const home = nextAddress();
    const phone = await newAccount(home); // registering signs in from `home`
    const attackers = Array.from({ length: 12 }, () => nextAddress());
    const before = passwordWork.verifications;
    const rs = await Promise.all(attackers.flatMap((ip, j) => Array.from({ length: 5 }, (_, i) => login(phone, `Guess${j}x${i}2026`, ip))));
    const checked = passwordWork.verifications - before;
    expect(checked, "the daily ceiling caps all addresses together").toBeLessThanOrEqual(throttlePolicies.loginPhone.max);
    expect(count(rs, "UNAUTHENTICATED")).toBe(checked);
    const fresh = await login(phone, PASSWORD, nextAddress());
    expect(codeOf(fresh), "a new address is held by the ceiling").toBe("RATE_LIMITED");
    expect(fresh.errors![0].extensions!.retryAfterSeconds).toBeGreaterThan(15 * 60);
    expect(codeOf(await login(phone, PASSWORD, home)), "the owner's known address is not").toBe("OK");
  });

  it("upgrades a scrypt hash to Argon2id on the next successful login (not on a failed one)", async () => {
    const phone = await newAccount();
    const address = nextAddress();
    const hashOf = async () =>
      ((await s.running.ds.query(`SELECT password_hash AS h FROM volunteer WHERE phone = '${phone}'`)) as { h: string }[])[0].h;
    const old = legacyScrypt(PASSWORD);
    await s.running.ds.query("UPDATE volunteer SET password_hash = ? WHERE phone = ?", [old, phone]);
    expect(codeOf(await login(phone, "Wrong2026x", address))).toBe("UNAUTHENTICATED");
    expect(await hashOf()).toBe(old);
    expect(codeOf(await login(phone, PASSWORD, address))).toBe("OK");
    const upgraded = await hashOf();
    expect(upgraded).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(events("password_rehashed").filter((l) => l.account === masked(phone))).toMatchObject([{ from: "scrypt", to: "argon2id" }]);
    expect(codeOf(await login(phone, PASSWORD, address))).toBe("OK");
    expect(await hashOf()).toBe(upgraded); // once
  });

  it("answers RATE_LIMITED (server busy) when the hashing queue is full, without counting those as failures", async () => {
    configurePasswordHashing({ concurrency: 1, maxQueued: 1 });
    const phones = Array.from({ length: 12 }, (_, i) => `1530000${String(i).padStart(4, "0")}`);
    const rs = await Promise.all(phones.map((p) => login(p, PASSWORD, nextAddress())));
    const busy = rs.filter((r) => codeOf(r) === "RATE_LIMITED");
    expect(busy.length).toBeGreaterThan(0);
    expect(count(rs, "UNAUTHENTICATED") + busy.length).toBe(12);
    for (const r of busy) {
      expect(r.errors![0].message).toMatch(/繁忙/);
      expect(r.errors![0].extensions!.retryAfterSeconds).toBeGreaterThan(0);
    }
    // Only the attempts actually checked stay counted.
    const rows = await s.running.ds.getRepository(LoginThrottle).findBy({ key: Like("login:pa:153000%") });
    expect(rows.reduce((n, r) => n + r.attempts, 0)).toBe(count(rs, "UNAUTHENTICATED"));
  });

  it("answers a registered phone no faster than it registers a new one", async () => {
    const address = nextAddress();
    const taken = await newAccount(address);
    await register(nextPhone(), address); // warm-up
    const real: number[] = [];
    const dup: number[] = [];
    for (let i = 0; i < 5; i++) {
      let t0 = performance.now();
      expect(codeOf(await register(nextPhone(), address))).toBe("OK");
      real.push(performance.now() - t0);
      t0 = performance.now();
      expect(codeOf(await register(taken, address, "Another2026"))).toBe("CONFLICT");
      dup.push(performance.now() - t0);
    }
    expect(median(dup), `duplicate ${median(dup).toFixed(1)} ms vs real ${median(real).toFixed(1)} ms`).toBeGreaterThanOrEqual(
      0.5 * median(real),
    );
    expect(events("register_conflict").some((l) => l.account === masked(taken) && l.ip === address)).toBe(true);
  });

  it("throttles registrations per address (20 an hour), also when fired at once; other addresses register", async () => {
    const address = nextAddress();
    const max = throttlePolicies.register.max;
    const rs = await Promise.all(Array.from({ length: max + 15 }, () => register(nextPhone(), address)));
    expect(count(rs, "OK")).toBe(max);
    expect(count(rs, "RATE_LIMITED")).toBe(15);
    const refused = rs.find((r) => codeOf(r) === "RATE_LIMITED")!;
    expect(refused.errors![0].extensions!.retryAfterSeconds).toBeGreaterThan(0);
    expect(refused.errors![0].extensions!.retryAfterSeconds).toBeLessThanOrEqual(3600);
    // A duplicate counts as well: no enumerating from the same address.
    expect(codeOf(await register(nextPhone(), address))).toBe("RATE_LIMITED");
    expect(codeOf(await register(nextPhone(), nextAddress()))).toBe("OK");
    expect(events("register_rate_limited").filter((l) => l.ip === address)).toHaveLength(16);
  });

  it("holds registrations from the host itself like any other address (no loopback exemption)", async () => {
    const rs = await Promise.all(
      Array.from({ length: throttlePolicies.register.max + 5 }, () =>
        s.gql(REGISTER, { input: { phone: nextPhone(), password: PASSWORD } }),
      ),
    );
    expect(rs.filter((r) => r.errors?.[0].extensions?.code === "RATE_LIMITED")).toHaveLength(5);
  });
});
