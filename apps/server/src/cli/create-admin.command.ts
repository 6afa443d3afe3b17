import { assertPassword, normalizePhone, RoleChangeCause } from "@kepu/domain";
import { hashPassword } from "../security/password.js";
import type { RequestContext } from "../platform/request-context.js";
import { changeRole } from "../modules/volunteer/change-role.js";
import { registerVolunteer } from "../modules/volunteer/register-volunteer.js";
import { clearLoginLocks } from "../modules/auth/login-throttle.service.js";
import { Session } from "../modules/auth/session.entity.js";
import { Volunteer } from "../modules/volunteer/volunteer.entity.js";

/**
 * Creates a PROVINCE_ADMIN, or resets an existing account to one with the given password (its
 * sessions end). The way into a fresh production install, and the recovery path.
 */
export async function createAdmin(
  rc: RequestContext,
  rawPhone: string,
  password: string,
  nickname = "省科协科普部",
): Promise<{ created: boolean; id: number; phone: string }> {
  const phone = normalizePhone(rawPhone);
  assertPassword(password, phone);
  const passwordHash = await hashPassword(password);
  return rc.write(async (tx) => {
    const { em, now } = tx;
    const repo = em.getRepository(Volunteer);
    const existing = await repo.findOneBy({ phone });
    // A recovery must not leave the account locked out by earlier failed logins.
    await clearLoginLocks(em, phone);
    if (existing) {
      await repo.update({ dbId: existing.dbId }, { passwordHash, updatedAt: now });
      await em
        .createQueryBuilder()
        .update(Session)
        .set({ revokedAt: now })
        .where("volunteer_id = :id AND revoked_at IS NULL", { id: existing.dbId })
        .execute();
      await changeRole(tx, existing, {
        tier: "PROVINCE_ADMIN",
        managedRegionCode: null,
        cause: RoleChangeCause.ADMIN_CREATED,
        note: { passwordReset: true, source: "cli" },
      });
      return { created: false, id: existing.dbId, phone };
    }
    const admin = await registerVolunteer(tx, { phone, passwordHash, nickname });
    await changeRole(tx, admin, {
      tier: "PROVINCE_ADMIN",
      managedRegionCode: null,
      cause: RoleChangeCause.ADMIN_CREATED,
      note: { source: "cli" },
    });
    return { created: true, id: admin.dbId, phone };
  });
}
