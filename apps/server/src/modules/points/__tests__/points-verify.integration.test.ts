import { execFile } from "node:child_process";
import { resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PointsReason } from "@kepu/domain";
import { RequestContext } from "../../../platform/request-context.js";
import { markSuiteRan, testDialects } from "../../../test/databases.js";
import { startTestServer, type TestServer } from "../../../test/test-server.js";
import { appendEntry } from "../points-ledger.js";
import { verifyPoints } from "../points-verify.js";

const run = promisify(execFile);
const serverRoot = resolve(import.meta.dirname, "..", "..", "..", "..");

describe.each(testDialects())("points verify on %s", (dialect) => {
  let s: TestServer;
  const ids = [910001, 910002, 910003];
  const cli = () =>
    run(process.execPath, ["--import", "@oxc-node/core/register", "src/cli/cli.ts", "points", "verify"], {
      cwd: serverRoot,
      env: {
        PATH: process.env.PATH,
        NODE_ENV: "test",
        LOG_LEVEL: "silent",
        DATA_DIR: s.db.dataDir,
        DATABASE_URL: s.db.config.kind === "mariadb" ? s.db.config.url : "",
      },
      timeout: 120_000,
    }).then(
      (r) => ({ ...r, code: 0 }),
      (e: { stdout: string; stderr: string; code: number }) => e,
    );

  beforeAll(async () => {
    s = await startTestServer(dialect);
    const rc = RequestContext.system(s.running.services, "test");
    for (const [i, volunteerId] of ids.entries()) {
      await rc.write(async (tx) => {
        await appendEntry(tx, { volunteerId, delta: 50 + i, reason: PointsReason.ADJUSTMENT, idempotencyKey: `verify:${volunteerId}:1` });
        await appendEntry(tx, { volunteerId, delta: -20, reason: PointsReason.REDEMPTION, idempotencyKey: `verify:${volunteerId}:2` });
        await appendEntry(tx, {
          volunteerId,
          delta: 20,
          reason: PointsReason.REDEMPTION_REFUND,
          idempotencyKey: `verify:${volunteerId}:3`,
        });
      });
    }
  });
  afterAll(async () => {
    await s?.close();
    markSuiteRan(dialect);
  });

  it("finds every account equal to its ledger, reporting progress, and the command exits 0", async () => {
    const seen: [number, number][] = [];
    const r = await verifyPoints(s.running.ds, (done, total) => seen.push([done, total]));
    expect(r).toEqual({ volunteers: 3, entries: 9, differences: [] });
    expect(seen[0]).toEqual([0, 3]);
    expect(seen.at(-1)).toEqual([3, 3]);
    const out = await cli();
    expect(out.code, out.stderr).toBe(0);
    expect(out.stdout).toMatch(/^ok: 3 account\(s\), 9 entries/m);
    expect(out.stderr).toMatch(/verifying points: 3\/3 \(100%\)/);
  });

  it("reports a tampered balance, a tampered experience and a missing account, and the command exits 1", async () => {
    await s.running.ds.query("UPDATE points_account SET balance = balance + 7 WHERE volunteer_id = ?", [ids[0]]);
    await s.running.ds.query("UPDATE points_account SET experience = experience - 1 WHERE volunteer_id = ?", [ids[1]]);
    await s.running.ds.query("DELETE FROM points_account WHERE volunteer_id = ?", [ids[2]]);
    const r = await verifyPoints(s.running.ds);
    expect(r.differences).toEqual([
      {
        volunteerId: ids[0],
        cached: { balance: 57, experience: 50 },
        ledger: { balance: 50, experience: 50 },
        problem: "cached totals differ from the ledger",
      },
      {
        volunteerId: ids[1],
        cached: { balance: 51, experience: 50 },
        ledger: { balance: 51, experience: 51 },
        problem: "cached totals differ from the ledger",
      },
      { volunteerId: ids[2], cached: null, ledger: { balance: 52, experience: 52 }, problem: "missing account" },
    ]);
    const out = await cli();
    expect(out.code).toBe(1);
    expect(out.stdout).toContain(
      `volunteer #${ids[0]}: cached totals differ from the ledger — cached balance 57, experience 50; ledger balance 50, experience 50`,
    );
    expect(out.stdout).toMatch(/3 difference\(s\) in 3 account\(s\), 9 entries/);
  });

  it("reports an entry whose experience amount breaks the rule", async () => {
    await s.running.ds.query("UPDATE points_entry SET earned = 20 WHERE idempotency_key = ?", [`verify:${ids[0]}:3`]);
    const r = await verifyPoints(s.running.ds);
    expect(r.differences.find((d) => d.volunteerId === ids[0])?.problem).toContain("1 entry with a wrong experience amount");
  });
});
