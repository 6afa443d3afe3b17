import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatImportSummary, importPopulation } from "../../../cli/import-population.command.js";
import { markSuiteRan, testDialects } from "../../../test/databases.js";
import { startTestServer, type TestServer } from "../../../test/test-server.js";
import { RequestContext } from "../../../platform/request-context.js";

const POP = `{ a: region(code: "410105") { population populationSource ownPopulation }
  b: region(code: "4101") { population populationSource }
  c: region(code: "410105001") { population populationSource } }`;

describe.each(testDialects())("population import on %s", (dialect) => {
  let s: TestServer;
  const asCli = () => RequestContext.system(s.running.services, "cli:test");
  beforeAll(async () => {
    s = await startTestServer(dialect);
  });
  afterAll(async () => {
    await s?.close();
    markSuiteRan(dialect);
  });

  it("applies good rows, reports every bad row with its reason, and re-derives parents", async () => {
    const file = join(s.db.dataDir, "pop.csv");
    writeFileSync(file, "\uFEFFcode,population\n410105001,50000\n410105002,70000\n410105,abc\n9999,5\n41010,4\n410106,-3\n410105001,1\n\n");
    const result = await importPopulation(asCli(), file, "IMPORTED");
    expect(result.accepted).toBe(2);
    expect(result.rejected.map((r) => [r.line, r.reason.split("：")[0]])).toEqual([
      [4, "人口不是整数"],
      [5, "地区不存在"],
      [6, "地区代码格式不正确"],
      [7, "人口不能为负数"],
      [8, "地区代码重复"],
    ]);
    expect(formatImportSummary(result)).toContain("接受 2 行，拒绝 5 行");
    const r = await s.gql<{
      a: { population: number; populationSource: string; ownPopulation: null };
      b: { population: number; populationSource: string };
      c: { population: number; populationSource: string };
    }>(POP);
    // 金水区 has no own figure: the sum of its townships that have one.
    expect(r.data!.a).toEqual({ population: 120_000, populationSource: "CHILDREN_SUM", ownPopulation: null });
    expect(r.data!.c).toEqual({ population: 50_000, populationSource: "IMPORTED" });
    // 郑州市 keeps its own census figure.
    expect(r.data!.b).toEqual({ population: 12_600_574, populationSource: "CENSUS_2020" });
  });

  it("changes nothing on a dry run", async () => {
    const file = join(s.db.dataDir, "pop2.csv");
    writeFileSync(file, "410105,999\n");
    const result = await importPopulation(asCli(), file, "ESTIMATE", true);
    expect(result).toMatchObject({ accepted: 1, updatedRows: 0, dryRun: true });
    const r = await s.gql<{ a: { population: number } }>(POP);
    expect(r.data!.a.population).toBe(120_000);
  });
});
