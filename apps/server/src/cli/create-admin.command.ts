import { assertPassword, normalizePhone } from "@kepu/domain";
import type { DataSource } from "typeorm";
import { hashPassword } from "../auth/password.js";
import { AuditAction, recordAudit } from "../modules/audit/audit.service.js";
import { LoginThrottle } from "../modules/auth/login-throttle.entity.js";
import { Session } from "../modules/auth/session.entity.js";
import { Volunteer } from "../modules/volunteer/volunteer.entity.js";

/**
 * Creates a PROVINCE_ADMIN, or resets an existing account to one with the given password (its
 * sessions end). The way into a fresh production install, and the recovery path.
 */
export async function createAdmin(ds: DataSource, rawPhone: string, password: string, nickname = "省科协科普部"): Promise<{ created: boolean; id: number; phone: string }> {
  const phone = normalizePhone(rawPhone);
  assertPassword(password, phone);
  const passwordHash = await hashPassword(password);
  return ds.transaction(async (em) => {
    const repo = em.getRepository(Volunteer);
    const now = new Date();
    const existing = await repo.findOneBy({ phone });
    // A recovery must not leave the account locked out by earlier failed logins.
    await em.getRepository(LoginThrottle).delete({ key: `phone:${phone}` });
    if (existing) {
      const before = { tier: existing.tier, managedRegionCode: existing.managedRegionCode };
      await repo.update({ dbId: existing.dbId }, { passwordHash, tier: "PROVINCE_ADMIN", managedRegionCode: null, updatedAt: now });
      await em.createQueryBuilder().update(Session).set({ revokedAt: now }).where("volunteer_id = :id AND revoked_at IS NULL", { id: existing.dbId }).execute();
      await recordAudit(em, { actorId: null, action: AuditAction.ADMIN_CREATED, targetType: "Volunteer", targetId: existing.dbId, before, after: { tier: "PROVINCE_ADMIN", passwordReset: true, source: "cli" } });
      return { created: false, id: existing.dbId, phone };
    }
    const admin = repo.create({
      phone, passwordHash, nickname, tier: "PROVINCE_ADMIN", managedRegionCode: null, realName: null, idNumberSealed: null,
      idNumberHash: null, idNumberMasked: null, regionCode: null, workUnit: null, certifiedAt: null, createdAt: now, updatedAt: now,
    });
    await repo.insert(admin);
    await recordAudit(em, { actorId: null, action: AuditAction.ADMIN_CREATED, targetType: "Volunteer", targetId: admin.dbId, after: { tier: "PROVINCE_ADMIN", source: "cli" } });
    return { created: true, id: admin.dbId, phone };
  });
}
