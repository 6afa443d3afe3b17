import { execFile } from "node:child_process";
import { resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DomainError } from "@kepu/domain";
import { createAdmin } from "../create-admin.command.js";
import { AuditLogEntry } from "../../modules/audit/audit-log.entity.js";
import { markSuiteRan, testDialects } from "../../test/databases.js";
import { type GqlResponse, startTestServer, type TestServer } from "../../test/test-server.js";
import { RequestContext } from "../../platform/request-context.js";

const run = promisify(execFile);
const serverRoot = resolve(import.meta.dirname, "..", "..", "..");
const ME = "{ me { id tier managedRegion { code } nickname phone } }";
interface Me {
  me: { id: string; tier: string; managedRegion: { code: string } | null; nickname: string | null; phone: string | null } | null;
}

const code = (r: GqlResponse) => r.errors?.[0]?.extensions?.code;

describe.each(testDialects())("create-admin on %s", (dialect) => {
  let s: TestServer;
  const asCli = () => RequestContext.system(s.running.services, "cli:test");
  const login = (phone: string, password: string) =>
    s.gql<{ login: { token: string } }>(`mutation($p: String!, $w: String!) { login(phone: $p, password: $w) { token } }`, {
      p: phone,
      w: password,
    });
  const auditFor = async (id: number) =>
    (await s.running.ds.getRepository(AuditLogEntry).find({ where: { targetId: String(id) }, order: { dbId: "ASC" } })).map((e) => ({
      action: e.action,
      actor_id: e.actorId,
      target_type: e.targetType,
      before: e.before,
      after: e.after,
    }));

  beforeAll(async () => {
    s = await startTestServer(dialect);
  });
  afterAll(async () => {
    await s?.close();
    markSuiteRan(dialect);
  });

  it("creates a PROVINCE_ADMIN that can log in and act as the province", async () => {
    const r = await createAdmin(asCli(), "+86 139 0000 1111", "Admin2026x");
    expect(r.created).toBe(true);
    expectTypeOfId(r.id);
    const l = await login("13900001111", "Admin2026x");
    expect(l.errors).toBeUndefined();
    const token = l.data!.login.token;
    const me = await s.gql<Me>(ME, {}, token);
    expect(me.data!.me).toMatchObject({ tier: "PROVINCE_ADMIN", managedRegion: null, nickname: "省科协科普部", phone: "13900001111" });
    // province-only operations work
    const audit = await s.gql<{ auditLogs: { totalCount: number } }>("{ auditLogs { totalCount } }", {}, token);
    expect(audit.errors).toBeUndefined();
    expect(audit.data!.auditLogs.totalCount).toBeGreaterThan(0);
    const entries = await auditFor(r.id);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ action: "PROVINCE_ADMIN_CREATED", actor_id: null, target_type: "Volunteer" });
    expect(JSON.parse(entries[0].after!)).toMatchObject({ tier: "PROVINCE_ADMIN", source: "cli" });
    const [row] = await s.running.ds.query("SELECT password_hash FROM volunteer WHERE id = ?", [r.id]);
    expect(row.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it("rerun with another password resets the account and ends all its sessions", async () => {
    const t1 = (await login("13900001111", "Admin2026x")).data!.login.token;
    const t2 = (await login("13900001111", "Admin2026x")).data!.login.token;
    const r = await createAdmin(asCli(), "13900001111", "Reset2026y", "省科协值班账号");
    expect(r.created).toBe(false);
    for (const t of [t1, t2]) expect(code(await s.gql(ME, {}, t))).toBe("UNAUTHENTICATED");
    expect(code(await login("13900001111", "Admin2026x"))).toBe("UNAUTHENTICATED");
    const l = await login("13900001111", "Reset2026y");
    expect(l.errors).toBeUndefined();
    expect((await s.gql<Me>(ME, {}, l.data!.login.token)).data!.me).toMatchObject({ tier: "PROVINCE_ADMIN" });
    const [{ n }] = await s.running.ds.query("SELECT COUNT(*) AS n FROM volunteer WHERE phone = '13900001111'");
    expect(Number(n)).toBe(1);
    const entries = await auditFor(r.id);
    expect(entries.map((e) => e.action)).toEqual(["PROVINCE_ADMIN_CREATED", "PROVINCE_ADMIN_CREATED"]);
    expect(JSON.parse(entries[1].after!)).toMatchObject({ tier: "PROVINCE_ADMIN", passwordReset: true });
  });

  it("turns an existing ordinary account into the province, keeping its id", async () => {
    const reg = await s.gql<{ register: { token: string; volunteer: { id: string } } }>(
      `mutation { register(input: { phone: "13900002222", password: "Plain2026z" }) { token volunteer { id } } }`,
    );
    expect(reg.errors).toBeUndefined();
    const r = await createAdmin(asCli(), "139-0000-2222", "Promoted2026");
    expect(r.created).toBe(false);
    expect(Buffer.from(reg.data!.register.volunteer.id, "base64url").toString()).toBe(`Volunteer:${r.id}`);
    expect(code(await s.gql(ME, {}, reg.data!.register.token))).toBe("UNAUTHENTICATED");
    const l = await login("13900002222", "Promoted2026");
    expect((await s.gql<Me>(ME, {}, l.data!.login.token)).data!.me).toMatchObject({
      id: reg.data!.register.volunteer.id,
      tier: "PROVINCE_ADMIN",
    });
    const [entry] = (await auditFor(r.id)).filter((e) => e.action === "PROVINCE_ADMIN_CREATED");
    expect(JSON.parse(entry.before!)).toMatchObject({ tier: "INDIVIDUAL", managedRegionCode: null });
  });

  it.each([
    ["12345", "Admin2026x", "phone"],
    ["+1 415 555 0100", "Admin2026x", "phone"],
    ["13900003333", "short1", "password"],
    ["13900003333", "onlyletters", "password"],
    ["13900003333", "x13900003333", "password"],
  ])("refuses phone %j / password %j with a DomainError on %s and writes nothing", async (phone, password, field) => {
    const before = await s.running.ds.query("SELECT COUNT(*) AS n FROM volunteer");
    const err = await createAdmin(asCli(), phone, password).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DomainError);
    expect((err as DomainError).code).toBe("BAD_USER_INPUT");
    expect((err as DomainError).field).toBe(field);
    expect((err as DomainError).message).toMatch(/[\u4e00-\u9fff]/);
    expect(await s.running.ds.query("SELECT COUNT(*) AS n FROM volunteer")).toEqual(before);
  });

  it("refuses to reset an account to a password that contains its phone", async () => {
    const err = await createAdmin(asCli(), "13900001111", "a13900001111").catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DomainError);
    expect(code(await login("13900001111", "Reset2026y"))).toBeUndefined(); // the last password still works
  });

  describe("through the command line", () => {
    const cli = (args: string[]) =>
      run(process.execPath, ["--import", "@oxc-node/core/register", "src/cli/cli.ts", "create-admin", ...args], {
        cwd: serverRoot,
        env: {
          PATH: process.env.PATH,
          NODE_ENV: "test",
          LOG_LEVEL: "silent",
          DATA_DIR: s.db.dataDir,
          DATABASE_URL: s.db.config.kind === "mariadb" ? s.db.config.url : "",
        },
        timeout: 60_000,
      }).then(
        (r) => ({ ...r, code: 0 }),
        (e: { stdout: string; stderr: string; code: number }) => e,
      );

    it("creates an admin the running server accepts, and exits 0", async () => {
      const r = await cli(["--phone", "13900004444", "--password", "Cli2026pass", "--nickname", "省科协运维"]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toMatch(/created PROVINCE_ADMIN #\d+/);
      const l = await login("13900004444", "Cli2026pass");
      expect(l.errors).toBeUndefined();
      expect((await s.gql<Me>(ME, {}, l.data!.login.token)).data!.me).toMatchObject({ tier: "PROVINCE_ADMIN", nickname: "省科协运维" });
    });

    it("exits 1 with the Chinese reason for a bad phone, and creates nothing", async () => {
      const r = await cli(["--phone", "12345", "--password", "Cli2026pass"]);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/^error: .*手机号/m);
      expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
      expect(await s.running.ds.query("SELECT id FROM volunteer WHERE phone = '12345'")).toEqual([]);
    });
  });
});

function expectTypeOfId(id: unknown) {
  expect(typeof id).toBe("number");
  expect(Number.isInteger(id) && (id as number) > 0).toBe(true);
}
