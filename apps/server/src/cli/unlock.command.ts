import { maskPhone, normalizePhone } from "@kepu/domain";
import type { DataSource } from "typeorm";
import { clearLoginLocks, clientAddressKey } from "../modules/auth/login-throttle.service.js";

/**
 * Lifts every login lock of a phone: its (phone, address) pairs and its daily ceiling; with
 * `address`, that address's own login counter too. Returns the counters removed.
 */
export async function unlockAccount(ds: DataSource, rawPhone: string, address?: string): Promise<{ phone: string; cleared: number }> {
  const phone = normalizePhone(rawPhone);
  const cleared = await clearLoginLocks(ds, phone, address ? clientAddressKey(address) : null);
  return { phone, cleared };
}

export function formatUnlock(r: { phone: string; cleared: number }, address?: string): string {
  const what = `${maskPhone(r.phone)}${address ? ` and address ${address}` : ""}`;
  return r.cleared
    ? `cleared ${r.cleared} login counter(s) of ${what}; it can log in again`
    : `no login counters for ${what}: nothing was locked`;
}
