import type { DataSource } from "typeorm";
import { formatVerify, verifyPoints } from "../modules/points/points-verify.js";
import { createProgress } from "./progress.js";

/** `points verify`: recompute balances and experience from the ledger; exit 1 on any difference. */
export async function pointsVerifyCommand(ds: DataSource): Promise<number> {
  const bar = createProgress("verifying points");
  try {
    const result = await verifyPoints(ds, (done, total) => bar.update(done, total));
    bar.stop();
    console.log(formatVerify(result));
    return result.differences.length ? 1 : 0;
  } finally {
    bar.stop();
  }
}
