import { toLocalDate } from "@kepu/domain";
import type { JobDefinition } from "../../jobs/job.js";
import type { RequestContext } from "../../platform/request-context.js";
import { previousMonth } from "./bulletin-period.js";
import { BulletinService } from "./bulletin.service.js";

/** Checked hourly: the first run on the 1st (Asia/Shanghai) makes them; a process down that day catches up later. */
const EVERY_MS = 60 * 60 * 1000;

/** The province (the tree's root) and its cities: the regions the monthly bulletins are made for. */
async function monthlyRegions(rc: RequestContext): Promise<string[]> {
  const rows = (await rc.ds.query(
    "SELECT code FROM region WHERE parent_code IS NULL UNION ALL SELECT c.code FROM region c JOIN region p ON p.code = c.parent_code WHERE p.parent_code IS NULL",
  )) as { code: string }[];
  return rows.map((r) => r.code).sort();
}

/**
 * Makes the previous month's bulletins that are missing: the province's (its cities ranked) and
 * each city's (its counties ranked). Idempotent: each is made at most once by its unique key, so two
 * processes running this at the same moment make one set between them, and later runs make none.
 * A month without any data still gets its bulletins, with zeros.
 */
export async function generateMonthlyBulletins(rc: RequestContext): Promise<string | void> {
  const { from, to } = previousMonth(toLocalDate(rc.app.clock?.() ?? new Date()));
  const service = new BulletinService(rc);
  const codes = await monthlyRegions(rc);
  const existing = await service.scheduledExisting(codes, from, to);
  let made = 0;
  for (const code of codes.filter((c) => !existing.has(c))) {
    if (await service.generateScheduled(code, from, to)) made++;
  }
  if (made) return `${made} bulletins for ${from.slice(0, 7)}`;
}

export function monthlyBulletinJob(): JobDefinition {
  return { name: "monthly-bulletins", everyMs: EVERY_MS, run: generateMonthlyBulletins };
}
