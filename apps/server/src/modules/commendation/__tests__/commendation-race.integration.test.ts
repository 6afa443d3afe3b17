import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { markSuiteRan, testDialects } from "../../../test/databases.js";
import { drainKpis } from "../../kpi/kpi-drain.js";
import { Volunteer } from "../../volunteer/volunteer.entity.js";
import { CommendationCity, CommendationNomination } from "../commendation.entity.js";
import { gid, harness, ok, PUBLISH, type NominationView } from "./commendation.harness.js";

/**
 * Concurrency: parallel nominations by two managers of one city (plus the province on its behalf) never
 * exceed the city's quota, parallel retries of one nomination make one row, and a nomination racing
 * the publication never leaves a pending nomination in a published round. On MariaDB the requests
 * really run side by side (each its own pooled connection); on SQLite they queue.
 */
describe.each(testDialects())("年度表彰 under concurrency on %s", (dialect) => {
  const h = harness(dialect);
  let secondManager: string;
  const people: string[] = [];

  beforeAll(async () => {
    await h.start(async () => {
      // Fills the KPI rollups and kpi_population, as the running drain would (the snapshots read them).
      await drainKpis(h.ds, { settleMs: 0 });
      // A second 郑州 city manager, made as the first one: same tier and region.
      const second = await h.person("13955502000", "410102001");
      await h.ds.getRepository(Volunteer).update({ dbId: second.dbId }, { tier: "CITY_MANAGER", managedRegionCode: "4101" });
      for (let i = 0; i < 8; i++)
        people.push(gid("Volunteer", (await h.person(`139555021${String(i).padStart(2, "0")}`, "410105002")).dbId));
    });
    secondManager = await h.s.login("13955502000");
    ok(await h.open(2026, { regionQuota: 2, individualQuota: 3 }));
  });
  afterAll(async () => {
    await h.s?.close();
    markSuiteRan(dialect);
  });

  it("never lets parallel nominations exceed the quota", async () => {
    const tokens = [h.t.zhengzhou, secondManager, h.t.province];
    const results = await Promise.all(people.map((id, i) => h.nominate(tokens[i % 3], { year: 2026, volunteerId: id })));
    const accepted = results.filter((r) => !r.errors);
    const refused = results.filter((r) => r.errors);
    expect(accepted).toHaveLength(3);
    expect(refused.map((r) => r.errors![0].extensions?.code)).toEqual(Array(5).fill("BAD_USER_INPUT"));
    expect(refused[0].errors![0].message).toContain("已用 3 / 3");
    const city = await h.ds.getRepository(CommendationCity).findOneByOrFail({ cityCode: "4101" });
    expect(city.individualsUsed).toBe(3);
    expect(await h.ds.getRepository(CommendationNomination).countBy({ cityCode: "4101", kind: "VOLUNTEER", status: "PENDING" })).toBe(3);
  });

  it("makes one nomination of parallel retries of the same nominee", async () => {
    const tokens = [h.t.zhengzhou, secondManager, h.t.zhengzhou, secondManager, h.t.province, h.t.zhengzhou];
    const results = await Promise.all(tokens.map((t) => h.nominate(t, { year: 2026, regionCode: "410105" })));
    for (const r of results) expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    expect(new Set(results.map((r) => (r.data!.nominate as NominationView).id)).size).toBe(1);
    expect(await h.ds.getRepository(CommendationNomination).countBy({ nomineeKey: "R:410105" })).toBe(1);
    expect((await h.ds.getRepository(CommendationCity).findOneByOrFail({ cityCode: "4101" })).regionsUsed).toBe(1);
  });

  it("never publishes a round with a pending nomination, however a nomination and the publication interleave", async () => {
    const pending = await h.ds.getRepository(CommendationNomination).findBy({ status: "PENDING" });
    for (const n of pending) ok(await h.decide(n.id, true));
    const [nominated, published] = await Promise.all([
      h.nominate(secondManager, { year: 2026, regionCode: "410102" }),
      h.s.gql<{ publishCommendationRound: { status: string } }>(PUBLISH, { year: 2026 }, h.t.province),
    ]);
    const nominatedFirst = !nominated.errors;
    if (nominatedFirst) {
      // The nomination committed first: publishing must have been refused.
      expect(published.errors?.[0].extensions?.code).toBe("CONFLICT");
    } else {
      expect(nominated.errors![0].extensions?.code).toBe("CONFLICT");
      expect(published.errors).toBeUndefined();
    }
    const round = (await h.round(2026, h.t.province))!;
    const stillPending = await h.ds.getRepository(CommendationNomination).countBy({ status: "PENDING" });
    expect(round.status === "PUBLISHED" && stillPending > 0).toBe(false);
  });
});
