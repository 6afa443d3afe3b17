import type { DataSource } from "typeorm";
import { isWithin, subtreeRange } from "@kepu/domain";
import { dialectOf } from "../db/data-source.js";
import { formatTimings, time, type Timing } from "./stats.js";

/**
 * Why codes-as-materialized-path: compares the prefix range scan with a closure table and a
 * recursive CTE for the two questions every later feature asks ("is X inside Y", "everything
 * under Y"), and times the children page the admin tree loads.
 */
export async function benchRegionTree(ds: DataSource, gqlUrl: string | null): Promise<string> {
  const out: string[] = [`dialect: ${dialectOf(ds)}`];
  const [largest] = await ds.query(
    `SELECT parent_code AS code, COUNT(*) AS n FROM region WHERE level = 'VILLAGE' GROUP BY parent_code ORDER BY n DESC LIMIT 1`,
  );
  out.push(`largest township: ${largest.code} with ${largest.n} villages`);

  await ds.query(`DROP TABLE IF EXISTS bench_region_closure`);
  await ds.query(
    `CREATE TABLE bench_region_closure (ancestor varchar(12) NOT NULL, descendant varchar(12) NOT NULL, PRIMARY KEY (ancestor, descendant))`,
  );
  await ds.query(`CREATE INDEX bench_closure_desc ON bench_region_closure (descendant, ancestor)`);
  const codes: { code: string }[] = await ds.query(`SELECT code FROM region`);
  const pairs: [string, string][] = [];
  for (const { code } of codes) for (const len of [2, 4, 6, 9, 12]) if (len <= code.length) pairs.push([code.slice(0, len), code]);
  for (let i = 0; i < pairs.length; i += 1000) {
    const chunk = pairs.slice(i, i + 1000);
    await ds.query(`INSERT INTO bench_region_closure (ancestor, descendant) VALUES ${chunk.map(() => "(?, ?)").join(",")}`, chunk.flat());
  }
  out.push(`closure table rows: ${pairs.length}`);

  const city = "4101";
  const { low, high } = subtreeRange(city);
  const cte = `WITH RECURSIVE sub(code) AS (SELECT code FROM region WHERE code = ? UNION ALL SELECT r.code FROM region r JOIN sub ON r.parent_code = sub.code) SELECT COUNT(*) AS n FROM sub`;
  const subtree: Timing[] = [
    await time("code range (materialized path)", () =>
      ds.query(`SELECT COUNT(*) AS n FROM region WHERE code >= ? AND code < ?`, [low, high]),
    ),
    await time("closure table", () => ds.query(`SELECT COUNT(*) AS n FROM bench_region_closure WHERE ancestor = ?`, [city])),
    await time("recursive CTE on parent_code", () => ds.query(cte, [city]), 20, 2),
  ];
  out.push(formatTimings(`everything under 郑州市 (4101)`, subtree, "code range (materialized path)"));

  const village = "410105001001";
  const inside: Timing[] = [
    await time("string prefix in memory", () => isWithin(village, "4101"), 10_000, 100),
    await time("closure table lookup", () =>
      ds.query(`SELECT 1 FROM bench_region_closure WHERE ancestor = ? AND descendant = ?`, ["4101", village]),
    ),
  ];
  out.push(formatTimings(`is ${village} inside 4101`, inside, "string prefix in memory"));

  const children: Timing[] = [
    await time("SQL: children page (first 100)", () =>
      ds.query(`SELECT code, name FROM region WHERE parent_code = ? ORDER BY code LIMIT 101`, [largest.code]),
    ),
  ];
  if (gqlUrl) {
    const body = JSON.stringify({
      query: `{ region(code: "${largest.code}") { children(first: 100) { totalCount edges { node { code name level population childCount } } } } }`,
    });
    children.push(
      await time("GraphQL over HTTP: region.children(first: 100)", async () => {
        const res = await fetch(gqlUrl, { method: "POST", headers: { "content-type": "application/json" }, body });
        await res.json();
      }),
    );
  }
  out.push(formatTimings(`children of the largest township ${largest.code}`, children));
  await ds.query(`DROP TABLE bench_region_closure`);
  return out.join("\n");
}
