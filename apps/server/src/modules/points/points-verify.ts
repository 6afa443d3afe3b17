import { experienceDelta, isPointsReason } from "@kepu/domain";
import type { DataSource } from "typeorm";

export interface PointsDifference {
  volunteerId: number;
  /** what the cached account says (null: no account row) */
  cached: { balance: number; experience: number } | null;
  /** what the ledger sums to */
  ledger: { balance: number; experience: number };
  problem: string;
}

export interface PointsVerifyResult {
  volunteers: number;
  entries: number;
  differences: PointsDifference[];
}

const BATCH = 500;

/**
 * Recomputes every balance and experience from the ledger and compares them with the cached accounts,
 * volunteer by volunteer in id batches (memory stays flat however long the ledger). Also reports an entry
 * whose `earned` disagrees with the experience rule, and a ledger that sums below zero.
 */
export async function verifyPoints(ds: DataSource, progress?: (done: number, total: number) => void): Promise<PointsVerifyResult> {
  const [{ n }] = await ds.query(
    "SELECT COUNT(*) AS n FROM (SELECT volunteer_id FROM points_entry UNION SELECT volunteer_id FROM points_account) ids",
  );
  const total = Number(n);
  const differences: PointsDifference[] = [];
  let done = 0;
  let entries = 0;
  let after = 0;
  progress?.(0, total);
  for (;;) {
    const ids: number[] = (
      await ds.query(
        `SELECT volunteer_id AS id FROM (SELECT volunteer_id FROM points_entry UNION SELECT volunteer_id FROM points_account) ids
         WHERE volunteer_id > ? ORDER BY volunteer_id LIMIT ${BATCH}`,
        [after],
      )
    ).map((r: { id: number | string }) => Number(r.id));
    if (!ids.length) break;
    const marks = ids.map(() => "?").join(",");
    const sums = new Map<number, { balance: number; experience: number; count: number }>();
    for (const r of await ds.query(
      `SELECT volunteer_id AS id, SUM(delta) AS balance, SUM(earned) AS experience, COUNT(*) AS n FROM points_entry
       WHERE volunteer_id IN (${marks}) GROUP BY volunteer_id`,
      ids,
    )) {
      sums.set(Number(r.id), { balance: Number(r.balance), experience: Number(r.experience), count: Number(r.n) });
    }
    const cached = new Map<number, { balance: number; experience: number }>();
    for (const r of await ds.query(
      `SELECT volunteer_id AS id, balance, experience FROM points_account WHERE volunteer_id IN (${marks})`,
      ids,
    )) {
      cached.set(Number(r.id), { balance: Number(r.balance), experience: Number(r.experience) });
    }
    // Each entry's `earned` must follow the rule it was written under (experienceDelta), or the sums above prove nothing.
    const misfiled = new Map<number, number>();
    for (const r of await ds.query(
      `SELECT id, volunteer_id AS vid, delta, reason, earned FROM points_entry WHERE volunteer_id IN (${marks})`,
      ids,
    )) {
      const reason = String(r.reason);
      if (!isPointsReason(reason) || experienceDelta(reason, Number(r.delta)) !== Number(r.earned)) {
        misfiled.set(Number(r.vid), (misfiled.get(Number(r.vid)) ?? 0) + 1);
      }
    }
    for (const id of ids) {
      const sum = sums.get(id) ?? { balance: 0, experience: 0, count: 0 };
      entries += sum.count;
      const ledger = { balance: sum.balance, experience: sum.experience };
      const c = cached.get(id) ?? null;
      const problems: string[] = [];
      if (!c && sum.count > 0) problems.push("missing account");
      if (c && (c.balance !== ledger.balance || c.experience !== ledger.experience)) problems.push("cached totals differ from the ledger");
      if (ledger.balance < 0) problems.push("ledger sums below zero");
      if (misfiled.has(id)) problems.push(`${misfiled.get(id)} entr${misfiled.get(id) === 1 ? "y" : "ies"} with a wrong experience amount`);
      if (problems.length) differences.push({ volunteerId: id, cached: c, ledger, problem: problems.join("; ") });
    }
    done += ids.length;
    after = ids[ids.length - 1];
    progress?.(done, total);
  }
  return { volunteers: done, entries, differences };
}

export function formatVerify(r: PointsVerifyResult): string {
  const lines = r.differences.map(
    (d) =>
      `volunteer #${d.volunteerId}: ${d.problem} — cached ${d.cached ? `balance ${d.cached.balance}, experience ${d.cached.experience}` : "none"}; ` +
      `ledger balance ${d.ledger.balance}, experience ${d.ledger.experience}`,
  );
  lines.push(
    r.differences.length
      ? `${r.differences.length} difference(s) in ${r.volunteers} account(s), ${r.entries} entries`
      : `ok: ${r.volunteers} account(s), ${r.entries} entries, every balance and experience matches the ledger`,
  );
  return lines.join("\n");
}
